"""The one clock: the system's, or the instant that TRAINER_NOW names."""

from __future__ import annotations

import os
from datetime import date, datetime

from trainer.errors import TrainerError

NOW_VARIABLE = "TRAINER_NOW"
YEARS = (1900, 9000)  # calendars look a year back, schedules up to a century ahead


def now() -> datetime:
    """The current time, timezone-aware. TRAINER_NOW (ISO-8601) replaces the clock."""
    fixed = os.environ.get(NOW_VARIABLE)
    if not fixed:
        return datetime.now().astimezone()
    try:
        moment = datetime.fromisoformat(fixed)
    except ValueError as error:
        shaped = len(fixed) >= 10 and fixed[4] == "-" and fixed[7] == "-"
        why = f"is not a real date or time ({error})" if shaped else \
            "is not an ISO-8601 timestamp"
        raise TrainerError(
            f"{NOW_VARIABLE}={fixed!r} {why}: set it like 2026-03-01T09:00:00+00:00, "
            f"or unset it to use the system clock"
        ) from None
    if not YEARS[0] <= moment.year <= YEARS[1]:
        raise TrainerError(
            f"{NOW_VARIABLE}={fixed!r} is outside the years trainer can schedule in "
            f"({YEARS[0]} to {YEARS[1]}: reviews come back up to a century later): set it "
            "like 2026-03-01T09:00:00+00:00, or unset it to use the system clock")
    return moment if moment.tzinfo else moment.astimezone()


def today() -> date:
    return now().date()
