"""Watching a solution file: run a callback each time a save settles.

Polls the file's modification time and size rather than relying on inotify, which does not
reach into many containers and network filesystems. Editors save in bursts (truncate, write,
rename), so a change counts only once the file has stayed the same for `settle_s`, and a
save that leaves the content as it was triggers nothing.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

POLL_SECONDS = 0.1
SETTLE_SECONDS = 0.3

Snapshot = tuple[int, int] | None  # (mtime_ns, size); None while the file is missing


def snapshot(path: Path) -> Snapshot:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def content_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


@dataclass
class Timing:
    """The clock and the sleep, injectable so that tests need not wait."""

    poll_s: float = POLL_SECONDS
    settle_s: float = SETTLE_SECONDS
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep


def wait_for_save(path: Path, seen: Snapshot, timing: Timing) -> Snapshot:
    """Block until the file differs from `seen` and has then stayed unchanged (and present)
    for `timing.settle_s`; return its settled snapshot."""
    current = snapshot(path)
    while current == seen:
        timing.sleep(timing.poll_s)
        current = snapshot(path)
    stable_since = timing.clock()
    while current is None or timing.clock() - stable_since < timing.settle_s:
        timing.sleep(timing.poll_s)
        latest = snapshot(path)
        if latest != current:
            current, stable_since = latest, timing.clock()
    return current


def watch_file(path: Path, on_save: Callable[[], None], *, timing: Timing | None = None,
               max_runs: int | None = None, run_first: bool = True) -> int:
    """Call `on_save` now (when `run_first`) and after every save that changes the file's
    content, until `max_runs` calls (forever when None). Returns the number of calls.
    Ctrl-C (KeyboardInterrupt) propagates to the caller, which decides how to say goodbye."""
    timing = timing or Timing()
    runs = 0
    seen = snapshot(path)
    last_content = None if run_first else content_hash(path)
    waiting = not run_first
    while max_runs is None or runs < max_runs:
        if waiting:
            seen = wait_for_save(path, seen, timing)
        waiting = True
        content = content_hash(path)
        if content is None or content == last_content:
            continue  # saved without a change, or gone again: nothing new to grade
        last_content = content
        on_save()
        runs += 1
    return runs
