"""What tests share: the real `trainer` command, small solutions, a running process's output,
and small valid problem files for tests that need a problem but not a real one."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
import unittest
from collections.abc import Callable
from pathlib import Path
from typing import Any

MINIMAL_SPEC = """\
slug: {slug}
title: {title}
topic: {topic}
difficulty: {difficulty}
entry: identity
signature: "def identity(x: int) -> int"
judge: exact
complexity: {{optimal: O(1), naive: same}}
statement: Return x.
examples:
  - input: {{x: 1}}
    output: 1
    explanation: one is one.
  - input: {{x: 0}}
    output: 0
    explanation: zero is zero.
hints: [Return it., Really.]
"""

MINIMAL_REFERENCE = """\
from hypothesis import strategies as st


def identity(x: int) -> int:
    return x


def inputs():
    return st.fixed_dictionaries({"x": st.integers(-5, 5)})
"""


TRAINER = Path(sys.executable).with_name("trainer")

CORRECT_TWO_SUM = """
def two_sum(nums: list[int], target: int) -> list[int]:
    seen = {}
    for j, value in enumerate(nums):
        if target - value in seen:
            return [seen[target - value], j]
        seen[value] = j
    return []
"""

WRONG_TWO_SUM = """
def two_sum(nums: list[int], target: int) -> list[int]:
    seen = {}
    for j, value in enumerate(nums):
        seen[value] = j
        if target - value in seen:
            return [seen[target - value], j]
    return []
"""


def trainer(*args: str, now: str = "2026-03-01T09:00:00+00:00", cwd: Path | None = None,
            columns: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRAINER_NOW": now}
    if columns is not None:
        env["COLUMNS"] = str(columns)
    return subprocess.run([str(TRAINER), *args], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, cwd=cwd, timeout=300)


def said(text: str) -> str:
    """A command's words with its line wrapping undone: messages wrap to the terminal."""
    return " ".join(text.split())


def interruptible(command: list[str]) -> list[str]:
    """`command`, started with Ctrl-C (SIGINT) handled as at a terminal. Where the tests run
    in a background job without job control (a script's `cmd &`, nohup), every process
    starts with SIGINT ignored, and Python then never raises KeyboardInterrupt: a test that
    presses Ctrl-C would wait for nothing. The disposition is reset, then the command run."""
    reset = ("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
             "os.execv(sys.argv[1], sys.argv[1:])")
    return [sys.executable, "-c", reset, *command]


class Output:
    """Lines of a running process's output, read on a thread so that waiting can time out.

    `wait_for` reads on from where the last wait ended: waiting for a line that was printed
    once already waits for its next printing, so a test can wait for the state it needs."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        self.text = ""
        self.read_up_to = 0  # the end of what the last wait_for found
        assert process.stdout is not None
        stream = process.stdout
        self.reader = threading.Thread(target=lambda: [self.lines.put(line) for line in stream],
                                       daemon=True)
        self.reader.start()

    def drain(self) -> str:
        """Everything read so far, once the process has ended and the reader stopped."""
        self.reader.join(timeout=10)
        while not self.lines.empty():
            self.text += self.lines.get()
        return self.text

    def wait_for(self, wanted: str, timeout: float = 90) -> None:
        """Wait until `wanted` is printed after what the last wait found."""
        deadline = time.monotonic() + timeout
        while (found := self.text.find(wanted, self.read_up_to)) < 0:
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"no {wanted!r} after:\n{self.text[:self.read_up_to]}\n" \
                                  f"in what followed:\n{self.text[self.read_up_to:]}"
            try:
                self.text += self.lines.get(timeout=remaining)
            except queue.Empty:
                continue
        self.read_up_to = found + len(wanted)


def save_by_rename(path: Path, text: str) -> None:
    """Save as editors do, by renaming a complete file over the old one: a watcher never
    sees the file half written."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text)
    os.replace(partial, path)


def read_only_runner(folder: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """`trainer` run with `folder` read-only, as a read-only disk or a folder of another user
    makes it. Permission bits do not stop root, so as root it runs in a mount namespace of
    its own where `folder` is bound read-only; None where that cannot be done."""
    if os.geteuid() != 0:
        for path in (*folder.rglob("*"), folder):
            path.chmod(path.stat().st_mode & ~0o222)
        return trainer
    script = ('mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" "$0" && '
              'shift && exec "$@"')
    prefix = ["unshare", "--mount", "--propagation", "private", "sh", "-c", script,
              str(folder), "placeholder"]
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    if probe.returncode != 0:
        raise unittest.SkipTest(f"cannot make a folder read-only here: {probe.stderr!r}")

    return prefixed_runner(prefix)


def full_disk_runner(folder: Path, disk: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """`trainer` run with `folder` on a full disk: a copy of it on a small file system
    filled to the last byte, mounted over it in a mount namespace of the command's own (so
    `folder` itself is never changed). Needs root; the test is skipped otherwise."""
    disk.mkdir()
    script = ('mount -t tmpfs -o size=1m tmpfs "$1" && cp -a "$0"/. "$1"/ && '
              '{ cat /dev/zero > "$1"/filler 2>/dev/null; true; } && '
              'mount --bind "$1" "$0" && shift 2 && exec "$@"')
    prefix = ["unshare", "--mount", "--propagation", "private", "sh", "-c", script,
              str(folder), str(disk), "placeholder"]
    if os.geteuid() != 0 or subprocess.run([*prefix, "true"], capture_output=True).returncode:
        raise unittest.SkipTest("cannot make a full disk here (needs root and unshare)")

    return prefixed_runner(prefix)


def prefixed_runner(prefix: list[str]) -> Callable[..., subprocess.CompletedProcess[str]]:
    """`trainer` run behind `prefix` (a command that sets up its world, then execs it)."""
    def run(*args: str, now: str = "2026-03-01T09:00:00+00:00"
            ) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "TRAINER_NOW": now}
        return subprocess.run([*prefix, str(TRAINER), *args], capture_output=True, text=True,
                              env=env, stdin=subprocess.DEVNULL, timeout=300)

    return run


def small_bank(root: Path, catalogue: dict[str, tuple[str, str]]) -> dict[str, Any]:
    """Problems of the given topics and difficulties, each a minimal valid spec, loaded."""
    from trainer.problems.catalogue import load_catalogue

    for slug, (topic, difficulty) in catalogue.items():
        (root / slug).mkdir()
        (root / slug / "problem.yaml").write_text(MINIMAL_SPEC.format(
            slug=slug, title=slug, topic=topic, difficulty=difficulty))
        (root / slug / "reference.py").write_text(MINIMAL_REFERENCE)
    return load_catalogue(root).problems
