"""How numbers read in a sentence: "1 day" and "2 days", and a chance that is not certain
never rounded up to "100%"."""

from __future__ import annotations


def plural(count: int, word: str, many: str | None = None) -> str:
    """`1 day`, `3 days` (`many` for a plural that is not word + s)."""
    return f"{count:,} {word if count == 1 else many or word + 's'}"


def percent(fraction: float) -> str:
    """A chance in whole percents, rounded down above 99% and up below 1%: "100%" and
    "0%" mean certain, never almost."""
    value = round(fraction * 100)
    if value == 100 and fraction < 1:
        value = 99
    elif value == 0 and fraction > 0:
        value = 1
    return f"{value}%"


def days_ago(days: int) -> str:
    return "today" if days == 0 else "yesterday" if days == 1 else f"{days:,} days ago"
