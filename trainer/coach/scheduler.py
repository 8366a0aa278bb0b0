"""What to practise next: FSRS reviews of past problems, and new problems where it hurts.

One FSRS card per problem, day-level (no learning steps), reviewed at most once a day: the
rating comes from the day's attempts together, never from the learner's opinion: failed all
day -> Again; passed after failing that day or with hints -> Hard; passed at the day's first
attempt -> Good (Easy if the learner says it was easy). A later attempt the same day rates
the day again, from the card as it was before the day.

Each day, in this order:
1. a problem failed all day on the last practice day comes back;
2. otherwise a due review (the most forgotten first) or a new problem from the weakest
   topic, mixed: after REVIEWS_IN_A_ROW reviews in a row a new problem comes even if
   reviews are due; and never the topic of the last attempt while another topic offers
   something;
3. a leech (a problem failed again and again) is preceded by an easier problem of its
   topic.
The pick is kept all day, until it is passed or skipped (`trainer skip`); a problem passed or
skipped today is not offered again that day.
"""

from __future__ import annotations

import math
import os
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from trainer.coach import state
from trainer.errors import TrainerError
from trainer.store.attempts import Attempt
from trainer.store.history import History

if TYPE_CHECKING:  # fsrs is imported where a card is read or reviewed, not by `next`
    from fsrs import Rating, Scheduler

    from trainer.problems.entry import Entry

RETENTION_VARIABLE = "TRAINER_RETENTION"
DEFAULT_RETENTION = 0.85  # measured with bench/simulate.py: 0.9 kept no more, met fewer problems
RETENTION_BOUNDS = (0.7, 0.99)  # exclusive: outside, reviews come absurdly often or never
RECENT_DAYS = 28  # a topic's failure rate counts the attempts of the last four weeks
UNSEEN_TOPIC_FAILURE_RATE = 0.5  # an unseen topic ranks with a half-failed one
# The mix, measured with bench/simulate.py: at most this many reviews in a row, then a new
# problem even if reviews are due, so reviews do not crowd out new topics. 2 kept too few
# of the failed problems; 4 and more met ever fewer new problems for little more kept.
REVIEWS_IN_A_ROW = 3
FRESH_DAYS = 2  # a failure of up to this many days ago is still fresh in mind
LEECH_FAILURES = 4  # failed this often, a problem needs an easier way in
# The forgetting curve of fsrs's default parameters (DEFAULT_PARAMETERS[20] is the decay).
_FSRS_DECAY = -0.1542
_FSRS_FACTOR = 0.9 ** (1 / _FSRS_DECAY) - 1

# -- FSRS ---------------------------------------------------------------------------------


def desired_retention() -> float:
    """The chance to still remember a problem when it comes back: TRAINER_RETENTION, or
    DEFAULT_RETENTION."""
    text = os.environ.get(RETENTION_VARIABLE, "").strip()
    if not text:
        return DEFAULT_RETENTION
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    low, high = RETENTION_BOUNDS
    if not low < value < high:  # NaN fails this too
        raise TrainerError(
            f"{RETENTION_VARIABLE}={text!r} is not a valid desired retention: give a number "
            f"between {low} and {high}, the chance you want to still remember a problem when "
            f"it comes back (for example {RETENTION_VARIABLE}=0.9)")
    return value


def fsrs_scheduler() -> Scheduler:
    return _scheduler(desired_retention())


@cache
def _scheduler(retention: float) -> Scheduler:
    from fsrs import Scheduler

    return Scheduler(desired_retention=retention, learning_steps=(), relearning_steps=(),
                     enable_fuzzing=False)


def rating_for(passed: bool, previous: Attempt | None, hints: int, *,
               revealed: bool = False, easy: bool = False) -> Rating:
    from fsrs import Rating

    if not passed:
        return Rating.Again
    if hints or revealed or (previous is not None and not previous.passed):
        return Rating.Hard
    return Rating.Easy if easy else Rating.Good


def day_rating(passes: list[bool], *, helped: bool = False, easy: bool = False) -> Rating:
    """The one rating of a problem's day, from that day's attempts in order (`passes`):
    failed all day -> Again; passed after failing that day, or with hints or the solution
    shown -> Hard; passed at the first attempt of the day -> Good (Easy on the learner's
    word)."""
    from fsrs import Rating

    if not any(passes):
        return Rating.Again
    if helped or not passes[0]:
        return Rating.Hard
    return Rating.Easy if easy else Rating.Good


def review(card_data: dict[str, Any] | None, slug: str, rating: Rating,
           when: datetime) -> tuple[dict[str, Any], str]:
    """The card after this review, and the day it is next due."""
    from fsrs import Card

    card = Card.from_dict(card_data) if card_data else Card(card_id=_card_id(slug))  # type: ignore[arg-type]
    card, _ = fsrs_scheduler().review_card(card, rating, when)
    due_day = card.due.astimezone(when.tzinfo).date().isoformat()
    return dict(card.to_dict()), due_day


def retrievability(card_data: dict[str, Any], when: datetime) -> float:
    """The chance to still recall a card's problem at `when`: fsrs's get_card_retrievability,
    computed here from the stored card, so that `stats` need not import fsrs to read a
    thousand cards (a test holds the two equal)."""
    stability = float(card_data["stability"]) if card_data["stability"] else None
    last_review = card_data["last_review"]
    if not last_review or stability is None:
        return 0.0
    elapsed_days = max(0, (when - datetime.fromisoformat(last_review)).days)
    return float((1 + _FSRS_FACTOR * elapsed_days / stability) ** _FSRS_DECAY)


def day_recall(card_data: dict[str, Any], when: datetime) -> float:
    """The chance to recall a card's problem on `when`'s day, counting the calendar days
    since its last review (fsrs counts whole 24-hour periods: a card reviewed yesterday
    evening would read as reviewed today in the morning)."""
    last_review = card_data.get("last_review")
    if not last_review or not card_data.get("stability"):
        return 0.0
    reviewed = datetime.fromisoformat(last_review).astimezone(when.tzinfo).date()
    elapsed_days = max(0, (when.date() - reviewed).days)
    return float((1 + _FSRS_FACTOR * elapsed_days / float(card_data["stability"]))
                 ** _FSRS_DECAY)


def _card_id(slug: str) -> int:
    return zlib.crc32(slug.encode()) + 1  # stable, and never calls Card's clock-based id


# -- what the history says ----------------------------------------------------------------


class Past:
    """The history, read once per choice, with each problem's attempts at hand."""

    def __init__(self, attempts: list[Attempt],
                 cards: dict[str, tuple[dict[str, Any], str]]) -> None:
        self.attempts = attempts  # oldest first
        self.cards = cards
        self._by_slug: dict[str, list[Attempt]] = defaultdict(list)
        for attempt in attempts:
            self._by_slug[attempt.slug].append(attempt)

    @classmethod
    def read(cls, history: History) -> Past:
        return cls(history.attempts(counted=True), history.cards())

    def passed_on(self, slug: str, day: str) -> bool:
        return any(a.passed and a.day == day for a in self._by_slug.get(slug, ()))

    def failures(self, slug: str) -> int:
        """Days the problem was tried and not passed: a sitting of several failed gradings
        is one failure."""
        days = {a.day for a in self._by_slug.get(slug, ())}
        return sum(not self.passed_on(slug, day) for day in days)

    def ever_passed(self, slug: str) -> bool:
        return any(a.passed for a in self._by_slug.get(slug, ()))

    def seen(self, slug: str) -> bool:
        return slug in self._by_slug

    def last_day(self, slug: str) -> str | None:
        attempts = self._by_slug.get(slug)
        return attempts[-1].day if attempts else None


def is_leech(failures: int) -> bool:
    """Failed LEECH_FAILURES times or more: drilling it again alone rarely helps."""
    return failures >= LEECH_FAILURES


def reviews_in_a_row(attempts: Iterable[Attempt]) -> int:
    """How many practice sessions in a row, up to the latest, went back to a problem seen on
    an earlier day. A session is a problem's first attempt of a day."""
    first_day: dict[str, str] = {}
    sessions: set[tuple[str, str]] = set()
    streak = 0
    for attempt in attempts:
        first_day.setdefault(attempt.slug, attempt.day)
        if (attempt.day, attempt.slug) in sessions:
            continue
        sessions.add((attempt.day, attempt.slug))
        streak = streak + 1 if first_day[attempt.slug] < attempt.day else 0
    return streak


def topic_failure_rates(attempts: list[Attempt], problems: Mapping[str, Entry],
                        today: date) -> dict[str, float]:
    """Share of failed sittings (a problem's attempts of a day) per topic over the recent
    weeks: a sitting fails when none of its attempts passed."""
    since = (today - timedelta(days=RECENT_DAYS)).isoformat()
    sittings: dict[tuple[str, str], bool] = {}
    for attempt in attempts:
        if attempt.day >= since and attempt.slug in problems:
            key = (attempt.slug, attempt.day)
            sittings[key] = sittings.get(key, False) or attempt.passed
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (slug, _), passed in sittings.items():
        tally = counts[problems[slug].topic]
        tally[0] += not passed
        tally[1] += 1
    return {topic: failed / total for topic, (failed, total) in counts.items()}


# -- the choice -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    slug: str
    reason: str  # "review" or "new"
    why: str  # one sentence for the learner, without a final period


def choose(problems: Mapping[str, Entry], history: History, now: datetime,
           topic: str | None = None) -> Choice | None:
    """Today's problem: the same one all day until it is passed or skipped; then the next
    choice among the problems not passed nor skipped today."""
    today = now.date()
    past = Past.read(history)
    skips = history.get_state(state.SKIPS) or {}
    done = {slug for slug in problems if past.passed_on(slug, today.isoformat())}
    if skips.get("day") == today.isoformat():
        done.update(skips.get("slugs", ()))
    pick = history.get_state(state.PICK)
    if (pick and pick["day"] == today.isoformat() and pick.get("topic") == topic
            and pick["slug"] in problems and pick["slug"] not in done):
        return Choice(pick["slug"], pick["reason"], pick["why"])
    pool = {slug: p for slug, p in problems.items()
            if (topic is None or p.topic == topic) and slug not in done}
    choice = _retry(pool, past, today) or _mixed(pool, problems, past, now)
    if choice is not None:
        choice = _leech_detour(choice, pool, past, now)
    if choice is not None and not history.read_only:  # read-only: chosen, not remembered
        history.set_state(state.PICK, {"day": today.isoformat(), "topic": topic,
                                   "slug": choice.slug, "reason": choice.reason,
                                   "why": choice.why})
    return choice


def _retry(pool: Mapping[str, Entry], past: Past, today: date) -> Choice | None:
    """A problem failed all day on the last practice day before today."""
    days = sorted({a.day for a in past.attempts if a.day < today.isoformat()})
    if not days:
        return None
    last_day = days[-1]
    tried = {a.slug for a in past.attempts if a.day == last_day}
    failed = sorted(slug for slug in tried
                    if slug in pool and not past.passed_on(slug, last_day))
    if not failed:
        return None
    fresh = (today - date.fromisoformat(last_day)).days <= FRESH_DAYS
    return Choice(failed[0], "review", f"you did not pass it on {last_day}: try again"
                  + (" while it is fresh" if fresh else ""))


@dataclass(frozen=True)
class _Candidate:
    choice: Choice
    topic: str
    rank: int  # order within its kind: 0 is the most wanted


def _mixed(pool: Mapping[str, Entry], problems: Mapping[str, Entry], past: Past,
           now: datetime) -> Choice | None:
    """A due review or a new problem, as the mix says, not the last topic again."""
    candidates = _due_reviews(pool, past, now) + _new_problems(pool, past, now.date())
    if not candidates:
        return None
    new_first = reviews_in_a_row(past.attempts) >= REVIEWS_IN_A_ROW
    last = past.attempts[-1] if past.attempts else None
    last_topic = problems[last.slug].topic if last and last.slug in problems else None

    def preference(candidate: _Candidate) -> tuple[bool, bool, int]:
        is_new = candidate.choice.reason == "new"
        return (candidate.topic == last_topic, is_new != new_first, candidate.rank)

    return min(candidates, key=preference).choice


def _due_reviews(pool: Mapping[str, Entry], past: Past, now: datetime) -> list[_Candidate]:
    """Due cards not practised today, the most forgotten first."""
    today = now.date().isoformat()
    due = sorted((day_recall(card, now), slug) for slug, (card, due_day)
                 in past.cards.items() if slug in pool and due_day <= today
                 and (past.last_day(slug) or today) < today)
    return [_Candidate(Choice(slug, "review", f"due for review: an estimated {recall:.0%} "
                              "chance you still remember how to solve it"),
                       pool[slug].topic, rank)
            for rank, (recall, slug) in enumerate(due)]


def _new_problems(pool: Mapping[str, Entry], past: Past, today: date) -> list[_Candidate]:
    """Unseen problems, the weakest topic first and easy before hard within a topic; a hard
    problem only once the easier problems of its topic were passed."""
    unseen = [p for slug, p in pool.items() if not past.seen(slug) and _ready_for(p, pool, past)]
    rates = topic_failure_rates(past.attempts, pool, today)

    def weakness(problem: Entry) -> tuple[float, int, str, str]:
        rate = rates.get(problem.topic, UNSEEN_TOPIC_FAILURE_RATE)
        return (-rate, problem.difficulty_rank, problem.topic, problem.slug)

    ordered = sorted(unseen, key=weakness)
    return [_Candidate(Choice(p.slug, "new", _new_why(p, rates.get(p.topic))), p.topic, rank)
            for rank, p in enumerate(ordered)]


def _ready_for(problem: Entry, pool: Mapping[str, Entry], past: Past) -> bool:
    if problem.difficulty != "hard":
        return True
    return all(past.ever_passed(other.slug) for other in pool.values()
               if other.topic == problem.topic and other.difficulty_rank < problem.difficulty_rank)


def _new_why(problem: Entry, rate: float | None) -> str:
    if rate is None:
        return f"a new topic for you: {problem.topic}"
    if rate > 0:
        return f"{problem.topic} is where you fail most lately ({rate:.0%} of attempts)"
    return f"next in {problem.topic}"


def _leech_detour(choice: Choice, pool: Mapping[str, Entry], past: Past,
                  now: datetime) -> Choice:
    """Before a leech, an easier problem of its topic, unless one was practised since the
    leech was last tried: the easier one comes first, then the leech."""
    failures = past.failures(choice.slug)
    if not is_leech(failures):
        return choice
    leech = pool[choice.slug]
    since = past.last_day(choice.slug) or ""
    easier = [p for p in pool.values()
              if p.topic == leech.topic and p.difficulty_rank < leech.difficulty_rank]
    if not easier or any((past.last_day(p.slug) or "") >= since for p in easier):
        return choice
    step = min(easier, key=lambda p: _detour_order(p, past, now))
    because = (f"{leech.slug} failed {failures} times: an easier {leech.topic} problem "
               "first, to come back to it with a firmer footing")
    return Choice(step.slug, "review" if past.seen(step.slug) else "new", because)


def _detour_order(problem: Entry, past: Past, now: datetime) -> tuple[bool, float, int, str]:
    """Unsolved before solved, then the most forgotten, then the easiest."""
    card = past.cards.get(problem.slug)
    recall = retrievability(card[0], now) if card else 0.0
    return (past.ever_passed(problem.slug), recall, problem.difficulty_rank, problem.slug)
