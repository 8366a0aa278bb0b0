"""The history survives what happens to real processes: kills, and two at once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable

from tests.helpers import CORRECT_TWO_SUM, TRAINER
from trainer.workspace import Workspace


def start_grading(workspace: Workspace) -> subprocess.Popen[str]:
    return subprocess.Popen([str(TRAINER), "grade", "two-sum", "--json"], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, start_new_session=True,
                            env={**os.environ})


def test_a_grading_killed_at_any_moment_leaves_the_history_consistent(
    with_problems: Callable[..., Workspace],
) -> None:
    workspace = with_problems("two-sum")
    (workspace.solutions / "two_sum.py").write_text(CORRECT_TWO_SUM)
    finished = subprocess.run([str(TRAINER), "grade", "two-sum"], capture_output=True,
                              env={**os.environ}, timeout=120)
    assert finished.returncode == 0
    for delay in (0.05, 0.3, 0.8, 1.5, 2.5):
        process = start_grading(workspace)
        time.sleep(delay)
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
    with sqlite3.connect(workspace.history_db) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        attempts = db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0]
        cards = db.execute("SELECT COUNT(*) FROM cards").fetchone()[0]
    assert attempts >= 1 and cards == 1  # nothing half-written, the finished one kept


def test_two_gradings_at_once_both_record(with_problems: Callable[..., Workspace]) -> None:
    workspace = with_problems("two-sum")
    (workspace.solutions / "two_sum.py").write_text(CORRECT_TWO_SUM)
    processes = [start_grading(workspace) for _ in range(2)]
    try:
        # Both are waited for before anything is asserted: a process left running would be
        # reported as a leak in whichever test runs next.
        errors = [process.communicate(timeout=300)[1] for process in processes]
    finally:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.communicate()
    assert [process.returncode for process in processes] == [0, 0], errors
    with sqlite3.connect(workspace.history_db) as db:
        assert db.execute("SELECT COUNT(*) FROM attempts").fetchone()[0] == 2
