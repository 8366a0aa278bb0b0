"""What tests share: the real `trainer` command, small solutions, a running process's output,
and small valid problem files for tests that need a problem but not a real one."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

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


def trainer(*args: str, now: str = "2026-03-01T09:00:00+00:00",
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRAINER_NOW": now}
    return subprocess.run([str(TRAINER), *args], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, cwd=cwd, timeout=300)


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
