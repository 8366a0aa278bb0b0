"""The grader's side of the worker: start it, talk to it, bound it, and end it.

Every way the worker can fail (dies, exits, hangs, floods, garbles its answer) comes back as
a WorkerFailure with a verdict, and the worker's whole process group is killed at the end,
so nothing a solution starts outlives the grading.
"""

from __future__ import annotations

import contextlib
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from trainer.grading.worker import worker_address_space
from trainer.problems.spec import Problem

MAX_REPLY_BYTES = 256 * 1024 * 1024
START_SECONDS = 10.0


class WorkerFailure(Exception):
    """The worker could not give an answer: the verdict and a sentence for the user."""

    def __init__(self, verdict: str, message: str, output: str = "") -> None:
        super().__init__(message)
        self.verdict = verdict
        self.message = message
        self.output = output


class Sandbox:
    """One worker process running one solution file."""

    def __init__(self, problem: Problem, solution: Path) -> None:
        self.problem = problem
        self.solution = solution.resolve()
        _sweep_scratch_of_dead_graders()
        self.scratch = tempfile.TemporaryDirectory(prefix=f"{SCRATCH_PREFIX}{os.getpid()}-")
        self.process: subprocess.Popen[bytes] | None = None
        self.stderr_path = Path(self.scratch.name) / "worker.stderr"
        self.buffer = b""

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- life cycle -------------------------------------------------------------------
    def start(self) -> None:
        """Start the worker and load the solution; WorkerFailure if it cannot be loaded."""
        if self.process is None:
            self.launch()
        reply = self.reply(START_SECONDS)
        if not reply["ok"]:
            raise WorkerFailure("compile_error", _load_message(reply), reply.get("output", ""))

    def launch(self) -> None:
        """Start the worker and ask it to load the solution, without waiting: the worker
        starts up while the grader loads the rest of itself. `start` waits for it."""
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": self.scratch.name,
            "LANG": "C.UTF-8",
            "PYTHONHASHSEED": "0",
            "PYTHONDONTWRITEBYTECODE": "1",
            "TRAINER_MEMORY_MB": str(self.problem.memory_mb),
            "TRAINER_GRADER_PID": str(os.getpid()),
        }
        with open(self.stderr_path, "wb") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "-I", "-B", "-m", "trainer.grading.worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=stderr,
                cwd=self.scratch.name,
                env=env,
                start_new_session=True,
            )
        signature = self.problem.signature
        self.send({
            "op": "load",
            "path": str(self.solution),
            "entry": self.problem.entry,
            "signature": signature.source if signature else None,
            "methods": [m.source for m in self.problem.methods.values()],
            "in_place": self.problem.in_place,
            "unchanged": list(self.problem.unchanged),
        })

    def restart(self) -> None:
        """Stop the worker (whatever state it is in) and start a fresh one."""
        self.stop()
        self.buffer = b""
        self.start()

    def close(self) -> None:
        self.stop()
        self.scratch.cleanup()

    def stop(self) -> None:
        process = self.process
        if process is not None:
            _kill_group(process)
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=5)
            self.process = None

    # -- requests ---------------------------------------------------------------------
    def request(self, message: dict[str, Any], timeout: float) -> dict[str, Any]:
        """Send one request and wait at most `timeout` seconds for its answer."""
        self.send(message)
        return self.reply(timeout, message["op"])

    def send(self, message: dict[str, Any]) -> None:
        process = self.process
        assert process is not None and process.stdin is not None
        data = json.dumps(message, separators=(",", ":"), allow_nan=True).encode() + b"\n"
        try:
            process.stdin.write(data)
            process.stdin.flush()
        except (BrokenPipeError, OSError):
            raise self._died() from None

    def reply(self, timeout: float, op: str = "load") -> dict[str, Any]:
        """The answer to the last request (an `op`), within `timeout` seconds."""
        line = self._read_line(time.monotonic() + timeout, timeout)
        try:
            reply = json.loads(line)
        except (ValueError, RecursionError):
            raise WorkerFailure(
                "runtime_error", "the worker's answer was garbled (did the solution write to "
                "the grader's channel?)") from None
        if not _well_formed(reply, op):
            raise WorkerFailure("runtime_error", "the worker's answer was not understood (did "
                                "the solution write to the grader's channel?)")
        return reply

    def _read_line(self, deadline: float, timeout: float) -> bytes:
        process = self.process
        assert process is not None and process.stdout is not None
        fd = process.stdout.fileno()
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while b"\n" not in self.buffer:
                left = deadline - time.monotonic()
                if left <= 0 or not selector.select(left):
                    exhausted = self._memory_exhausted()
                    _kill_group(process)
                    if exhausted:
                        raise WorkerFailure(
                            "memory_limit", f"the solution used up its {self.problem.memory_mb}"
                            " MB of memory (and then the time limit)")
                    raise WorkerFailure(
                        "time_limit", f"a call took longer than the {timeout:g} s limit")
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    raise self._died()
                self.buffer += chunk
                if len(self.buffer) > MAX_REPLY_BYTES:
                    _kill_group(process)
                    raise WorkerFailure("memory_limit", "the answer is too large to check")
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line

    def _memory_exhausted(self) -> bool:
        """Whether the worker's address space reached its limit: a hung memory hog is a
        memory verdict, not a time verdict."""
        assert self.process is not None
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return False
        peak_kb = next((int(line.split()[1]) for line in status.splitlines()
                        if line.startswith("VmPeak:")), 0)
        return peak_kb * 1024 >= 0.9 * worker_address_space(self.problem.memory_mb)

    def _died(self) -> WorkerFailure:
        """Why the worker ended: its exit status and what faulthandler wrote."""
        process = self.process
        assert process is not None
        try:
            status = process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            status = process.wait()
        report = self.stderr_path.read_text(errors="replace")[-4000:]
        if status < 0:
            name = signal.Signals(-status).name
            if name == "SIGSEGV" or "Segmentation fault" in report:
                return WorkerFailure(
                    "runtime_error", "the solution crashed the interpreter (segmentation "
                    "fault): usually recursion far deeper than the stack allows")
            if name == "SIGXCPU":
                return WorkerFailure("time_limit", "the solution used up its CPU time")
            if name == "SIGKILL":
                return WorkerFailure("memory_limit", "the worker was killed (out of memory?)")
            return WorkerFailure("runtime_error", f"the worker was killed by {name}")
        if "MemoryError" in report or "Cannot allocate memory" in report:
            return WorkerFailure("memory_limit", "the solution ran out of memory")
        return WorkerFailure(
            "runtime_error",
            f"the solution ended the worker process (exit status {status}) instead of "
            "returning: do not call exit() or os._exit()")


# What a successful answer to each request carries; anything less was not sent by the worker.
ANSWER_FIELDS = {"call": ("value",), "method": ("value",), "new": ("value",),
                 "prepare": ("value",), "time": ("value", "seconds"),
                 "run": ("value", "seconds"), "sequence": ("values",),
                 "memory": ("peak_bytes", "depth")}


def _well_formed(reply: Any, op: str) -> bool:
    if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
        return False
    if not reply["ok"]:
        return True  # a failure is read with defaults for whatever it lacks
    if any(field not in reply for field in ANSWER_FIELDS.get(op, ())):
        return False
    seconds = reply.get("seconds", 0.0)
    return type(seconds) in (int, float) and seconds >= 0 and isinstance(
        reply.get("values", []), list)


def _load_message(reply: dict[str, Any]) -> str:
    if reply.get("line"):
        return f"line {reply['line']}: {reply['error']}"
    return str(reply.get("error", "the solution could not be loaded"))


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    """End the worker and every process the solution started: its process group, and on
    Linux its descendants that left the group (the worker is their subreaper). Frozen first,
    so that none forks a new one while the others are ended."""
    stopped = {process.pid}
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGSTOP)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(process.pid, signal.SIGSTOP)
    for _ in range(100):  # until no new descendant shows up
        found = _descendants(process.pid) - stopped
        if not found:
            break
        for pid in found:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGSTOP)
        stopped |= found
    for pid in stopped - {process.pid}:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.kill(process.pid, signal.SIGKILL)


def _descendants(root: int) -> set[int]:
    """Every living descendant of `root`, from /proc (none where there is no /proc)."""
    children: dict[int, list[int]] = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return set()
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2:].split()  # after the command name, which may
        children.setdefault(int(fields[1]), []).append(int(entry))  # hold spaces
    found: set[int] = set()
    todo = [root]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


SCRATCH_PREFIX = "trainer-worker-"


def _sweep_scratch_of_dead_graders() -> None:
    """A grader killed outright (SIGKILL, a closed terminal) cannot remove its workers'
    scratch folders: the next grading does. The folder's name holds its grader's pid."""
    root = Path(tempfile.gettempdir())
    try:
        folders = list(root.glob(f"{SCRATCH_PREFIX}*-*"))
    except OSError:
        return
    for folder in folders:
        pid = folder.name[len(SCRATCH_PREFIX):].split("-", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
            continue
        try:
            if folder.stat().st_uid != os.getuid():
                continue
        except OSError:
            continue
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
