"""What to practise next: FSRS reviews of past problems, and new problems where it hurts.

One FSRS card per problem, day-level (no learning steps), reviewed at most once a day: the
rating comes from the day's attempts together, never from the learner's opinion: failed all
day -> Again; passed after failing that day or with hints -> Hard; passed at the day's first
attempt -> Good (Easy if the learner says it was easy). A later attempt the same day rates
the day again, from the card as it was before the day.

Each day, in this order:
1. a problem failed all day on the last practice day comes back;
2. otherwise a due review (the most forgotten first) or a new problem from the weakest
   topic, mixed: after REVIEWS_IN_A_ROW reviews in a row (EASY_MIX while nearly every
   review lately was passed) a new problem comes even if reviews are due; and never the
   topic of the last attempt while another topic offers something;
3. a leech (a problem failed again and again) is preceded by an easier problem of its
   topic.

Interviews steer the mix (coach/focus.py): the topics of recent rounds, failed ones more
than passed ones, rank before the others for new problems and for reviews, and their
reviews come due earlier, all in proportion to the round's weight; a topic weighing
FOCUS_OVER_MIX or more gets new problems even while the mix asks for reviews. With an
upcoming interview the schedule aims at that day: a review whose recall would be below the
desired retention on the day is due PULL_DAYS before it at the latest; no new hard problem
is started in the last LAST_DAYS_WITHOUT_HARD days; and once the days left are no more than
COVER_SLACK per gap topic not practised lately, those topics come first.

The pick is kept all day, until it is passed or skipped (`trainer skip`); a problem passed or
skipped today is not offered again that day.
"""

from __future__ import annotations

import math
import os
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from trainer.coach import state
from trainer.coach.focus import (
    LAST_DAYS_WITHOUT_HARD,
    Focus,
    cover_since,
    days_before,
    focus_why,
    next_interview,
    round_name,
    topic_focus,
)
from trainer.errors import TrainerError
from trainer.store.attempts import Attempt, Sitting
from trainer.store.history import History
from trainer.store.interviews import Interview
from trainer.words import days_ago, percent

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
EARLY_SHARE = 0.5  # a gap topic's review intervals shrink by up to half, with the weight
PULL_DAYS = 3  # reviews pulled forward for an interview are due this many days before it
FOCUS_OVER_MIX = 0.5  # a topic weighing this much gets new problems even when reviews are due
COVER_SLACK = 2  # days allowed per uncovered gap topic: a failure there brings a retry
# The adaptive mix, measured with bench/simulate.py --variants: while the learner passes
# EASY_REVIEWS of the last REVIEW_WINDOW reviews, they hold, and a new problem teaches more
# than another review: EASY_MIX reviews in a row, not REVIEWS_IN_A_ROW.
ADAPTIVE_MIX = True
REVIEW_WINDOW = 20
EASY_REVIEWS = 0.8
EASY_MIX = 1
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


Graded = Attempt | Sitting  # what the choice reads of an attempt: slug, day, passed


class Past:
    """The history, read once per choice, with each problem's attempts at hand."""

    def __init__(self, attempts: Sequence[Graded],
                 cards: dict[str, tuple[dict[str, Any], str]],
                 interviews: Iterable[Interview] = ()) -> None:
        self.attempts = attempts  # oldest first
        self.cards = cards
        self.interviews = list(interviews)
        self._by_slug: dict[str, list[Graded]] = defaultdict(list)
        for attempt in attempts:
            self._by_slug[attempt.slug].append(attempt)

    @classmethod
    def read(cls, history: History) -> Past:
        return cls(history.sittings(), history.cards(), history.interviews())

    def passed_on(self, slug: str, day: str) -> bool:
        return any(a.passed and a.day == day for a in self._by_slug.get(slug, ()))

    def failures(self, slug: str) -> int:
        return failed_days(self._by_slug.get(slug, ())).get(slug, 0)

    def ever_passed(self, slug: str) -> bool:
        return any(a.passed for a in self._by_slug.get(slug, ()))

    def seen(self, slug: str) -> bool:
        return slug in self._by_slug

    def last_day(self, slug: str) -> str | None:
        attempts = self._by_slug.get(slug)
        return attempts[-1].day if attempts else None


def failed_days(attempts: Iterable[Graded]) -> dict[str, int]:
    """Per problem, the days it was tried and not passed: a sitting of several failed
    gradings is one failure. What makes a leech (is_leech), for `next` and `review` alike."""
    passed: dict[tuple[str, str], bool] = {}
    for attempt in attempts:
        key = (attempt.slug, attempt.day)
        passed[key] = passed.get(key, False) or attempt.passed
    failed: dict[str, int] = defaultdict(int)
    for (slug, _), ok in passed.items():
        failed[slug] += not ok
    return dict(failed)


def is_leech(failures: int) -> bool:
    """Failed LEECH_FAILURES times or more: drilling it again alone rarely helps."""
    return failures >= LEECH_FAILURES


def reviews_in_a_row(attempts: Iterable[Graded]) -> int:
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


def review_pass_rate(attempts: Iterable[Graded], window: int) -> float | None:
    """The share of the last `window` review sittings (a problem seen on an earlier day,
    its attempts of a day) that passed; None before there are that many."""
    first_day: dict[str, str] = {}
    sittings: dict[tuple[str, str], bool] = {}
    for attempt in attempts:
        first_day.setdefault(attempt.slug, attempt.day)
        if first_day[attempt.slug] < attempt.day:
            key = (attempt.day, attempt.slug)
            sittings[key] = sittings.get(key, False) or attempt.passed
    if len(sittings) < window:
        return None
    latest = list(sittings.values())[-window:]
    return sum(latest) / window


def reviews_allowed(attempts: Iterable[Graded]) -> int:
    """Reviews in a row before a new problem: REVIEWS_IN_A_ROW, or EASY_MIX while the
    learner passes nearly every review (they hold; new problems teach more)."""
    if not ADAPTIVE_MIX:
        return REVIEWS_IN_A_ROW
    rate = review_pass_rate(attempts, REVIEW_WINDOW)
    return EASY_MIX if rate is not None and rate >= EASY_REVIEWS else REVIEWS_IN_A_ROW


def topic_failure_rates(attempts: Iterable[Graded], problems: Mapping[str, Entry],
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
    # Today's attempts alone say what is done: the kept pick needs no more of the history.
    done = {a.slug for a in history.attempts_since(today.isoformat())
            if a.passed and a.day == today.isoformat() and a.slug in problems}
    skips = history.get_state(state.SKIPS) or {}
    if skips.get("day") == today.isoformat():
        done.update(skips.get("slugs", ()))
    pick = history.get_state(state.PICK)
    if (pick and pick["day"] == today.isoformat() and pick.get("topic") == topic
            and pick["slug"] in problems and pick["slug"] not in done):
        return Choice(pick["slug"], pick["reason"], pick["why"])
    past = Past.read(history)
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


@dataclass(frozen=True)
class _Aim:
    """What the interviews ask of today's choice."""

    focus: dict[str, Focus]  # topic -> how strongly the rounds point at it
    upcoming: Interview | None  # the next interview, whose day the schedule aims at
    cover: frozenset[str]  # gap topics not practised lately that must come first today

    def weight(self, topic: str) -> float:
        focus = self.focus.get(topic)
        return focus.weight if focus else 0.0


def _aim(pool: Mapping[str, Entry], problems: Mapping[str, Entry], past: Past,
         today: date) -> _Aim:
    focus = topic_focus(past.interviews, today)
    upcoming = next_interview(past.interviews, today)
    cover: frozenset[str] = frozenset()
    if upcoming is not None:
        since = cover_since(today)
        practised = {problems[a.slug].topic for a in past.attempts
                     if a.day >= since and a.slug in problems}
        offered = {p.topic for p in pool.values()}
        uncovered = {topic for topic in focus if topic in offered and topic not in practised}
        if uncovered and days_before(upcoming, today) <= COVER_SLACK * len(uncovered):
            cover = frozenset(uncovered)
    return _Aim(focus, upcoming, cover)


def _mixed(pool: Mapping[str, Entry], problems: Mapping[str, Entry], past: Past,
           now: datetime) -> Choice | None:
    """A due review or a new problem, as the mix says, not the last topic again; the gap
    topics an interview is days away from first."""
    aim = _aim(pool, problems, past, now.date())
    candidates = _due_reviews(pool, past, now, aim) + _new_problems(pool, past, now.date(), aim)
    candidates += _refreshers(pool, past, now, aim, {c.topic for c in candidates})
    if not candidates:
        return None
    new_first = reviews_in_a_row(past.attempts) >= reviews_allowed(past.attempts)
    last = past.attempts[-1] if past.attempts else None
    last_topic = problems[last.slug].topic if last and last.slug in problems else None

    def preference(candidate: _Candidate) -> tuple[bool, bool, bool, float, bool, int]:
        is_new = candidate.choice.reason == "new"
        weight = min(1.0, aim.weight(candidate.topic))
        off_mix = is_new != new_first
        # A topic a recent round points at strongly is practised whatever the mix says.
        return (bool(aim.cover) and candidate.topic not in aim.cover,
                candidate.topic == last_topic, off_mix and weight < FOCUS_OVER_MIX, -weight,
                off_mix, candidate.rank)

    return min(candidates, key=preference).choice


def review_day(card: dict[str, Any], due_day: str, weight: float = 0.0,
               interview_day: datetime | None = None,
               target: float = DEFAULT_RETENTION) -> tuple[str, bool]:
    """The day a card's review comes due, and whether an interview pulled it forward.

    FSRS's due day; in a gap topic earlier, its interval shrunk by EARLY_SHARE of the
    topic's weight (at most 1); and when that day is the interview's or later while the
    recall on the interview day would be below `target`, PULL_DAYS before the interview."""
    day = date.fromisoformat(due_day)
    last_review = card.get("last_review")
    factor = 1 - EARLY_SHARE * min(max(weight, 0.0), 1.0)
    if factor != 1 and last_review:
        reviewed = datetime.fromisoformat(last_review).date()
        interval = max(0, (day - reviewed).days)
        day = reviewed + timedelta(days=math.ceil(interval * factor))
    if (interview_day is not None and day >= interview_day.date()
            and day_recall(card, interview_day) < target):
        return min(day, interview_day.date() - timedelta(days=PULL_DAYS)).isoformat(), True
    return day.isoformat(), False


def _due_reviews(pool: Mapping[str, Entry], past: Past, now: datetime,
                 aim: _Aim) -> list[_Candidate]:
    """Due cards not practised today, gap topics and the most forgotten first."""
    today = now.date().isoformat()
    target = desired_retention()
    interview_day = (datetime.combine(date.fromisoformat(aim.upcoming.day), now.timetz())
                     if aim.upcoming else None)
    due = []
    for slug, (card, due_day) in past.cards.items():
        if slug not in pool or (past.last_day(slug) or today) >= today:
            continue
        weight = aim.weight(pool[slug].topic)
        day, pulled = review_day(card, due_day, weight, interview_day, target)
        if day <= today:
            recall = day_recall(card, now)
            due.append((recall - min(weight, 1.0), recall, slug, pulled))
    due.sort()
    return [_Candidate(Choice(slug, "review", _review_why(
                pool[slug].topic, _due_why(past, slug, recall, now.date()), pulled, aim)),
                       pool[slug].topic, rank)
            for rank, (_, recall, slug, pulled) in enumerate(due)]


def _due_why(past: Past, slug: str, recall: float, today: date) -> str:
    """In whole days, as the estimate counts them: when it was last practised, and the
    chance to still solve it (only for a problem once solved: a failed one was never
    remembered)."""
    last = past.last_day(slug) or today.isoformat()
    ago = days_ago((today - date.fromisoformat(last)).days)
    if not past.ever_passed(slug):
        return f"due for review: last tried {ago} ({last}), not passed yet"
    return (f"due for review: last practised {ago}, an estimated {percent(recall)} chance "
            "you still remember how to solve it")


def _review_why(topic: str, due: str, pulled: bool, aim: _Aim) -> str:
    """Why a review comes: the interview that pulled it forward, or its gap topic, then
    when it was last practised and the chance to still solve it."""
    if pulled and aim.upcoming is not None:
        return f"due before {round_name(aim.upcoming)}: {due.removeprefix('due for review: ')}"
    focus = aim.focus.get(topic)
    if focus is not None:
        return f"{focus_why(focus)}; {due}"
    return due


def _refreshers(pool: Mapping[str, Entry], past: Past, now: datetime, aim: _Aim,
                offered: set[str]) -> list[_Candidate]:
    """For a gap topic that must come first today but offers neither a due review nor a new
    problem: its practised problems, the most forgotten first."""
    wanted = aim.cover - offered
    if not wanted or aim.upcoming is None:
        return []
    today = now.date().isoformat()
    cards = sorted((day_recall(card, now), slug) for slug, (card, _) in past.cards.items()
                   if slug in pool and pool[slug].topic in wanted
                   and (past.last_day(slug) or today) < today)
    return [_Candidate(Choice(slug, "review", f"{focus_why(aim.focus[pool[slug].topic])}, "
                              f"and you have not practised it lately: a refresh before "
                              f"{round_name(aim.upcoming)}"), pool[slug].topic, rank)
            for rank, (_, slug) in enumerate(cards)]


def _new_problems(pool: Mapping[str, Entry], past: Past, today: date,
                  aim: _Aim) -> list[_Candidate]:
    """Unseen problems, the topics interviews point at and the weakest first, easy before
    hard within a topic; a hard problem only once the easier problems of its topic were
    passed, and none in the last days before an interview."""
    hard_allowed = (aim.upcoming is None
                    or days_before(aim.upcoming, today) > LAST_DAYS_WITHOUT_HARD)
    unseen = [p for slug, p in pool.items() if not past.seen(slug)
              and (hard_allowed or p.difficulty != "hard") and _ready_for(p, pool, past)]
    rates = topic_failure_rates(past.attempts, pool, today)

    def weakness(problem: Entry) -> tuple[float, int, str, str]:
        rate = rates.get(problem.topic, UNSEEN_TOPIC_FAILURE_RATE)
        return (-(rate + aim.weight(problem.topic)), problem.difficulty_rank, problem.topic,
                problem.slug)

    ordered = sorted(unseen, key=weakness)
    return [_Candidate(Choice(p.slug, "new", focus_why(aim.focus[p.topic]) if p.topic in aim.focus
                              else _new_why(p, rates.get(p.topic))), p.topic, rank)
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
