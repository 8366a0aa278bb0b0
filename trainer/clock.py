"""The one clock: the system's, or the instant that TRAINER_NOW names."""

from __future__ import annotations

import os
from datetime import date, datetime

from trainer.errors import TrainerError

NOW_VARIABLE = "TRAINER_NOW"


def now() -> datetime:
    """The current time, timezone-aware. TRAINER_NOW (ISO-8601) replaces the clock."""
    fixed = os.environ.get(NOW_VARIABLE)
    if not fixed:
        return datetime.now().astimezone()
    try:
        moment = datetime.fromisoformat(fixed)
    except ValueError:
        raise TrainerError(
            f"{NOW_VARIABLE}={fixed!r} is not an ISO-8601 timestamp "
            "(for example 2026-03-01T09:00:00+00:00)"
        ) from None
    return moment if moment.tzinfo else moment.astimezone()


def today() -> date:
    return now().date()
