"""Whatever a solution does, a grading leaves no process and no file behind: every hostile
solution of test_safety through the real command, a solution that leaves its session, and
a grader killed outright."""

from __future__ import annotations

import os
import signal
import subprocess
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.grading.test_safety import CASES
from tests.helpers import TRAINER, trainer
from trainer.workspace import Workspace


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder the grader and its workers use, watched by the test."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


def gone(pid: int, within: float = 10) -> bool:
    """Whether process `pid` has ended (a zombie waiting for its reaper counts as ended)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return True
        if state == "Z":
            return True
        time.sleep(0.1)
    return False


def workers_in(folder: Path) -> list[int]:
    """Living processes whose working folder is inside `folder`."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.readlink(f"/proc/{entry}/cwd").startswith(str(folder)):
                    found.append(int(entry))
            except OSError:
                continue
    return [pid for pid in found if not gone(pid, within=0)]


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_hostile_solution_leaves_nothing_behind(
    name: str, with_problems: Callable[..., Workspace], private_tmp: Path, tmp_path: Path,
) -> None:
    with_problems("two-sum")
    solution = tmp_path / "solution.py"
    solution.write_text(textwrap.dedent(CASES[name][1]))
    result = trainer("grade", "two-sum", "--file", str(solution), "--no-record", "--seed", "1")
    assert result.returncode in (0, 1), (result.stdout, result.stderr)
    assert workers_in(private_tmp) == []
    assert sorted(p.name for p in private_tmp.iterdir()) == []


LEAVES_ITS_SESSION = """
import os, time
def two_sum(nums, target):
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:  # and its parent exits: an orphan, in a session of its own
            with open({mark!r}, "w") as handle:
                handle.write(str(os.getpid()))
            time.sleep(120)
        os._exit(0)
    time.sleep(0.5)
    return [0, 1]
"""


def test_a_process_that_left_the_workers_session_ends_with_the_grading(
    with_problems: Callable[..., Workspace], private_tmp: Path, tmp_path: Path,
) -> None:
    with_problems("two-sum")
    mark = tmp_path / "escaped.pid"
    solution = tmp_path / "solution.py"
    solution.write_text(LEAVES_ITS_SESSION.format(mark=str(mark)))
    result = trainer("grade", "two-sum", "--file", str(solution), "--no-record", "--seed", "1")
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert mark.exists()
    assert gone(int(mark.read_text()))
    assert sorted(p.name for p in private_tmp.iterdir()) == []


HANGS = """
import os
with open({mark!r}, "w") as handle:
    handle.write(str(os.getpid()))
def two_sum(nums, target):
    while True:
        pass
"""


def test_a_grader_killed_outright_leaves_no_worker_and_its_scratch_is_swept(
    with_problems: Callable[..., Workspace], private_tmp: Path, tmp_path: Path,
) -> None:
    workspace = with_problems("two-sum")
    spec = workspace.problems / "two-sum" / "problem.yaml"
    spec.write_text(spec.read_text() + "limits: {call_seconds: 60}\n")
    mark = tmp_path / "worker.pid"
    solution = tmp_path / "solution.py"
    solution.write_text(HANGS.format(mark=str(mark)))
    grader = subprocess.Popen([str(TRAINER), "grade", "two-sum", "--file", str(solution),
                               "--no-record"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not mark.exists() or not mark.read_text():
        assert time.monotonic() < deadline and grader.poll() is None, "the worker never ran"
        time.sleep(0.1)
    grader.send_signal(signal.SIGKILL)
    grader.wait(timeout=10)
    assert gone(int(mark.read_text()))  # the worker did not outlive its grader
    assert [p.name for p in private_tmp.iterdir()] != []  # nobody was left to remove it
    (tmp_path / "correct.py").write_text(textwrap.dedent(CASES["returns_tuple"][1]))
    again = trainer("grade", "two-sum", "--file", str(tmp_path / "correct.py"), "--no-record")
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in private_tmp.iterdir()) == []  # swept by the next grading
