"""Numbers in sentences: singular for one, and a chance never rounded to a certainty."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.words import days_ago, percent, plural


@given(st.floats(0, 1))
def test_only_a_certainty_reads_100_and_only_none_reads_0(fraction: float) -> None:
    shown = percent(fraction)
    assert (shown == "100%") == (fraction == 1)
    assert (shown == "0%") == (fraction == 0)
    assert abs(int(shown.rstrip("%")) - fraction * 100) <= 1


def test_one_is_singular() -> None:
    assert [plural(n, "day") for n in (0, 1, 2, 1000)] == ["0 days", "1 day", "2 days",
                                                           "1,000 days"]
    assert plural(1, "earlier one") == "1 earlier one"
    assert [days_ago(n) for n in (0, 1, 19)] == ["today", "yesterday", "19 days ago"]
