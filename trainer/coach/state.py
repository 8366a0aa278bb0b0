"""The coach's named state in the history: each key, what it holds, and who writes it.

Everything else the coach remembers is an event (an attempt, a hint, a reveal) with a
table of its own in the store.
"""

from __future__ import annotations

# The slug of the problem the learner last started (`next`, `start`, `mock`): what a plain
# `trainer grade` grades. Written by coach/practice.py and coach/mock.py.
CURRENT = "current"

# Today's choice of `next` ({"day", "topic", "slug", "reason", "why"}), kept all day so that
# `next` answers the same until it is passed or skipped; then `next` chooses afresh among
# the rest. Written by coach/scheduler.py; `trainer skip` clears it (coach/practice.py), and
# so does a change of interviews while it is not yet attempted (coach/interviews.py).
PICK = "pick"

# The problems deferred today with `trainer skip` ({"day", "slugs"}): not failures, and not
# offered by `next` again that day. Written by coach/practice.py.
SKIPS = "skips"
