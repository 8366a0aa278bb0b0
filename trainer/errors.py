"""The errors a user may see, and the exit codes they map to.

Core code raises these; only the command-line layer prints them and exits.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    OK = 0
    FAILED = 1
    USAGE = 2
    INTERNAL = 3
    INTERRUPTED = 130


class TrainerError(Exception):
    """An error meant for the user: its message says what went wrong and what to do."""

    exit_code = ExitCode.USAGE


class WorkspaceError(TrainerError):
    """No workspace, a missing solution file, an unreadable history."""


class UnknownProblem(TrainerError):
    """A slug that names no problem."""


class SpecError(TrainerError):
    """A problem spec that is not valid; names the file and, where known, the line."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        self.detail = message
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {message}")
