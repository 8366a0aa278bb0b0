"""Internal errors: the traceback goes to a file, never onto the user's screen."""

from __future__ import annotations

import tempfile
import traceback
from pathlib import Path


def report_crash(error: BaseException) -> Path:
    text = "".join(traceback.format_exception(error))
    with tempfile.NamedTemporaryFile(
        "w", prefix="trainer-crash-", suffix=".txt", delete=False
    ) as handle:
        handle.write(text)
    return Path(handle.name)
