"""`pytest solutions/` grades every solution here, exactly as `trainer grade` does."""

from trainer.coach.plugin import pytest_collect_file  # noqa: F401
