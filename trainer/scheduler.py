"""What to practise next: FSRS reviews of past problems, and new problems where it hurts.

One FSRS card per problem, day-level (no learning steps). The rating comes from the
attempt, never from the learner: failed -> Again; passed after a failure or with hints ->
Hard; passed cleanly -> Good.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from fsrs import Card, Rating, Scheduler

from trainer.history import Attempt, History
from trainer.spec import Problem

DESIRED_RETENTION = 0.9
RECENT_DAYS = 28  # a topic's failure rate counts the attempts of the last four weeks


def fsrs_scheduler() -> Scheduler:
    return Scheduler(desired_retention=DESIRED_RETENTION, learning_steps=(),
                     relearning_steps=(), enable_fuzzing=False)


def rating_for(passed: bool, previous: Attempt | None, hints: int) -> Rating:
    if not passed:
        return Rating.Again
    if hints or (previous is not None and not previous.passed):
        return Rating.Hard
    return Rating.Good


def review(card_data: dict[str, Any] | None, slug: str, rating: Rating,
           when: datetime) -> tuple[dict[str, Any], str]:
    """The card after this review, and the day it is next due."""
    card = Card.from_dict(card_data) if card_data else Card(card_id=_card_id(slug))  # type: ignore[arg-type]
    card, _ = fsrs_scheduler().review_card(card, rating, when)
    due_day = card.due.astimezone(when.tzinfo).date().isoformat()
    return dict(card.to_dict()), due_day


def retrievability(card_data: dict[str, Any], when: datetime) -> float:
    card = Card.from_dict(card_data)  # type: ignore[arg-type]
    return float(fsrs_scheduler().get_card_retrievability(card, when))


def _card_id(slug: str) -> int:
    return zlib.crc32(slug.encode()) + 1  # stable, and never calls Card's clock-based id


@dataclass(frozen=True)
class Choice:
    slug: str
    reason: str  # "review" or "new"
    why: str  # one sentence for the learner


def choose(problems: dict[str, Problem], history: History, now: datetime,
           topic: str | None = None) -> Choice | None:
    """Today's problem: the same one all day until it is graded."""
    today = now.date()
    pick = history.get_state("pick")
    if (pick and pick["day"] == today.isoformat() and pick.get("topic") == topic
            and pick["slug"] in problems):
        return Choice(pick["slug"], pick["reason"], pick["why"])
    pool = {slug: p for slug, p in problems.items() if topic is None or p.topic == topic}
    choice = _due_review(pool, history, now) or _new_problem(pool, history, today)
    if choice is not None:
        history.set_state("pick", {"day": today.isoformat(), "topic": topic,
                                   "slug": choice.slug, "reason": choice.reason,
                                   "why": choice.why})
    return choice


def _due_review(pool: dict[str, Problem], history: History, now: datetime) -> Choice | None:
    """A problem failed on the last practice day first; then the due card most forgotten."""
    today = now.date().isoformat()
    summaries = history.summaries()
    days = sorted({s["last_day"] for s in summaries.values() if s["last_day"] < today})
    last_day = days[-1] if days else None
    failed_last_day = sorted(
        slug for slug, s in summaries.items()
        if slug in pool and s["last_day"] == last_day and s["last_verdict"] != "passed")
    if failed_last_day:
        return Choice(failed_last_day[0], "review",
                      f"you did not pass it on {last_day}: try again while it is fresh")
    due = [(retrievability(card, now), slug) for slug, (card, due_day)
           in history.cards().items() if slug in pool and due_day <= today
           and summaries.get(slug, {}).get("last_day", today) < today]
    if not due:
        return None
    recall, slug = min(due)
    return Choice(slug, "review", f"due for review: an estimated {recall:.0%} chance you "
                                  "still remember how to solve it")


def _new_problem(pool: dict[str, Problem], history: History, today: date) -> Choice | None:
    """An unseen problem from the weakest topic, easiest first; not the last topic again."""
    summaries = history.summaries()
    unseen = [p for slug, p in pool.items() if slug not in summaries]
    if not unseen:
        return None
    rates = topic_failure_rates(history.attempts(), pool, today)
    last = history.last_attempt()
    last_topic = pool[last.slug].topic if last and last.slug in pool else None

    def weakness(problem: Problem) -> tuple[Any, ...]:
        rate = rates.get(problem.topic)
        return (
            problem.topic == last_topic,  # interleave topics
            -(rate if rate is not None else 0.5),  # weakest topic first; unseen count as 0.5
            problem.difficulty_rank,  # easy before hard
            problem.topic,
            problem.slug,
        )

    best = min(unseen, key=weakness)
    rate = rates.get(best.topic)
    if rate is None:
        why = f"a new topic for you: {best.topic}"
    elif rate > 0:
        why = f"{best.topic} is where you fail most lately ({rate:.0%} of attempts)"
    else:
        why = f"next in {best.topic}"
    return Choice(best.slug, "new", why)


def topic_failure_rates(attempts: list[Attempt], problems: dict[str, Problem],
                        today: date) -> dict[str, float]:
    """Share of failed attempts per topic over the recent weeks."""
    since = (today - timedelta(days=RECENT_DAYS)).isoformat()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for attempt in attempts:
        if attempt.day >= since and attempt.slug in problems:
            tally = counts[problems[attempt.slug].topic]
            tally[0] += not attempt.passed
            tally[1] += 1
    return {topic: failed / total for topic, (failed, total) in counts.items()}
