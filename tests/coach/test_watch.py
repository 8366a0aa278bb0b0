"""`trainer watch`: the polling loop with a fake clock, then the real command."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import TRAINER, Output, interruptible, save_by_rename, trainer
from trainer.coach.watch import Timing, watch_file
from trainer.workspace import Workspace


class FakeTime:
    """A clock that moves only when the watcher sleeps, firing scripted file changes."""

    def __init__(self, events: list[tuple[float, Callable[[], None]]]) -> None:
        self.now = 0.0
        self.events = sorted(events, key=lambda event: event[0])

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        while self.events and self.events[0][0] <= self.now:
            self.events.pop(0)[1]()
        assert self.now < 60, "the watcher waited for a save that never came"

    def timing(self) -> Timing:
        return Timing(clock=self.clock, sleep=self.sleep)


def save(path: Path, text: str, stamp: int) -> Callable[[], None]:
    """A save at a distinct modification time, as a coarse filesystem clock may not give."""

    def write() -> None:
        path.write_text(text)
        os.utime(path, ns=(stamp * 10**9, stamp * 10**9))

    return write


@pytest.fixture
def solution(tmp_path: Path) -> Path:
    path = tmp_path / "solution.py"
    save(path, "v0", 1)()
    return path


def run_log(path: Path) -> tuple[list[str], Callable[[], None]]:
    seen: list[str] = []
    return seen, lambda: seen.append(path.read_text())


def test_runs_at_once_then_after_each_save(solution: Path) -> None:
    fake = FakeTime([(1.0, save(solution, "v1", 2)), (3.0, save(solution, "v22", 3))])
    seen, on_save = run_log(solution)
    assert watch_file(solution, on_save, timing=fake.timing(), max_runs=3) == 3
    assert seen == ["v0", "v1", "v22"]


def test_a_burst_of_writes_runs_once_after_it_settles(solution: Path) -> None:
    burst = [(1.0 + 0.1 * k, save(solution, f"draft {k}", 10 + k)) for k in range(10)]
    fake = FakeTime(burst)
    seen, on_save = run_log(solution)
    watch_file(solution, on_save, timing=fake.timing(), max_runs=1, run_first=False)
    assert seen == ["draft 9"]
    assert fake.now >= 1.9 + Timing().settle_s


def test_a_save_without_a_change_is_ignored(solution: Path) -> None:
    fake = FakeTime([(1.0, save(solution, "v0", 2)), (2.0, save(solution, "v1", 3))])
    seen, on_save = run_log(solution)
    watch_file(solution, on_save, timing=fake.timing(), max_runs=2)
    assert seen == ["v0", "v1"]


def test_a_save_by_rename_is_waited_out(solution: Path) -> None:
    fake = FakeTime([(1.0, solution.unlink), (1.5, save(solution, "v1", 2))])
    seen, on_save = run_log(solution)
    watch_file(solution, on_save, timing=fake.timing(), max_runs=1, run_first=False)
    assert seen == ["v1"]


def stopped(process: subprocess.Popen[str], errors: Path) -> int:
    """The exit status of a process told to stop; one that does not stop within 30 s is
    asked where it is (SIGABRT: Python's fault handler writes every thread's stack to its
    stderr) and the test fails with that."""
    try:
        return process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGABRT)
        process.wait(timeout=30)
        raise AssertionError(f"it did not stop; its stacks:\n{errors.read_text()}") from None


WRONG_IDENTITY = "def identity(x: int) -> int:\n    return x + 1\n"
RIGHT_IDENTITY = "def identity(x: int) -> int:\n    return x\n"


def test_watch_regrades_on_save_and_stops_cleanly_on_ctrl_c(
        make_problem: Callable[..., Path], workspace: Workspace, tmp_path: Path) -> None:
    # A problem without a complexity check: no verdict here depends on timings, which a
    # busy machine can turn.
    make_problem("echo")
    assert trainer("start", "echo").returncode == 0
    stub = workspace.solutions / "echo.py"
    env = {**os.environ, "TRAINER_NOW": "2026-03-01T09:00:00+00:00", "PYTHONFAULTHANDLER": "1"}
    errors = tmp_path / "watch.stderr"
    # Each wait is for a line printed after the state the next step needs: the watcher
    # has finished a grading (recorded it, printed it) and is waiting for a save. The
    # command's stderr goes to a file, which never fills up and blocks it.
    with errors.open("w") as stderr, subprocess.Popen(
            interruptible([str(TRAINER), "watch", "echo"]), stdout=subprocess.PIPE, stderr=stderr,
            stdin=subprocess.DEVNULL, text=True, env=env) as process:
        try:
            output = Output(process)
            output.wait_for("still the stub")
            output.wait_for("Ctrl-C to stop")
            save_by_rename(stub, WRONG_IDENTITY)
            output.wait_for("WRONG ANSWER")
            output.wait_for("Ctrl-C to stop")
            # The watcher tells saves apart by modification time and size: a different
            # size from the wrong file's makes the fix a new save even on a file system
            # whose clock is coarser than a grading.
            assert len(RIGHT_IDENTITY) != len(WRONG_IDENTITY)
            save_by_rename(stub, RIGHT_IDENTITY)
            output.wait_for("PASSED")
            output.wait_for("Ctrl-C to stop")  # the third one: waiting for the next save
            process.send_signal(signal.SIGINT)
            assert stopped(process, errors) == 0
            output.wait_for("Stopped watching. Good work.")
            output.drain()
        finally:
            if process.poll() is None:
                process.kill()
    assert errors.read_text() == ""
    assert output.text.count("Grading solutions/echo.py ...") == 2
    assert output.text.index("WRONG ANSWER") < output.text.index("PASSED")
    assert output.text.endswith("Ctrl-C to stop.\n\nStopped watching. Good work.\n")
    exported = [json.loads(line) for line in trainer("history", "export").stdout.splitlines()]
    assert [row["verdict"] for row in exported] == ["wrong_answer", "passed"]
