"""The worker: the only process that runs a solution's code.

Started by the grader as `python -I -m trainer.grading.worker`, in its own session and a
scratch folder. It reads one JSON request per line on stdin and answers one JSON line on a
private copy of the original stdout. The solution's own prints go to bounded buffers and
its file descriptors 1 and 2 to /dev/null, so nothing it prints can look like an answer.
All solution code runs in one thread with a large stack and a raised recursion limit, so
a legitimate deep recursion works.

This module imports only what the worker needs: it is on every grading's critical path.
"""

from __future__ import annotations

import faulthandler
import gc
import io
import json
import linecache
import os
import pickle
import resource
import sys
import threading
import time
import traceback
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from trainer.grading.values import (
    EncodeError,
    NodeRegistry,
    encode,
    materialize,
    registry_for,
)
from trainer.problems.calls import links, with_answers
from trainer.problems.signature import Signature, parse_signature
from trainer.problems.structures import ListNode, TreeNode

# Bound before the solution is imported: a solution that replaces time.perf_counter does
# not change the grader's clock (and the grader also checks the timings from outside).
_clock = time.perf_counter
_freeze, _thaw = pickle.dumps, pickle.loads  # the same for the copies of timed inputs
STACK_BYTES = 256 * 1024 * 1024
# CPU time for the whole worker: a safety net behind the per-call wall-clock limit that the
# grader enforces, for CPU burnt where no call waits for it (a thread left spinning).
CPU_SECONDS = 600
RECURSION_LIMIT = 250_000
OUTPUT_KEEP = 4000
RESERVE_BYTES = 16 * 1024 * 1024


class BoundedWriter(io.TextIOBase):
    """Stands in for sys.stdout and sys.stderr: keeps the first few KB, counts the rest."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.kept = 0
        self.dropped = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        text = str(text)
        room = OUTPUT_KEEP - self.kept
        if room > 0:
            self.parts.append(text[:room])
            self.kept += min(room, len(text))
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)

    def take(self) -> str:
        text = "".join(self.parts)
        if self.dropped:
            text += f"\n... ({self.dropped:,} more characters not shown)"
        self.parts, self.kept, self.dropped = [], 0, 0
        return text


class Worker:
    def __init__(self, reply: Any, output: BoundedWriter) -> None:
        self.reply = reply
        self.output = output
        self.path = ""
        self.entry: Any = None
        self.signature: Signature | None = None
        self.methods: dict[str, Signature] = {}
        self.in_place: str | None = None
        self.unchanged: list[str] = []
        self.instance: Any = None
        self.registry: NodeRegistry | None = None
        self.timed_input = b""  # the last timed input, pickled: quick to copy again
        self.partial: dict[str, Any] = {}  # how far a sequence got, reported if it fails
        self.answers: dict[str, Any] = {}  # each method's latest answer in this sequence

    # -- protocol ---------------------------------------------------------------------
    def serve(self, requests: Any) -> None:
        reserve = bytearray(RESERVE_BYTES)  # freed on MemoryError, so the report can be sent
        for line in requests:
            request = json.loads(line)
            self.partial = {}
            try:
                answer = getattr(self, "op_" + request["op"])(request)
            except BaseException as error:  # the solution's, reported, never fatal here
                if isinstance(error, MemoryError):
                    del reserve
                answer = {**self.failure(error), **self.partial}
                del error
            try:
                answer["output"] = self.output.take()
                self.send(answer)
            except MemoryError:
                self.send({"ok": False, "kind": "memory", "error": "MemoryError"})
            if "reserve" not in locals():
                reserve = bytearray(RESERVE_BYTES)

    def send(self, answer: dict[str, Any]) -> None:
        data = json.dumps(answer, allow_nan=True, separators=(",", ":")) + "\n"
        self.reply.write(data)
        self.reply.flush()

    def failure(self, error: BaseException) -> dict[str, Any]:
        """Where the solution failed: its own innermost frame, its line, the message.

        The traceback may be 250,000 frames deep: it is walked, not formatted, and then
        cleared, so the frames (and whatever memory they hold) are freed at once.
        """
        line, function = None, None
        tb = error.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == self.path:
                line, function = tb.tb_lineno, tb.tb_frame.f_code.co_name
            tb = tb.tb_next
        if error.__traceback__ is not None:
            traceback.clear_frames(error.__traceback__)
            error.__traceback__ = None
        kind = "memory" if isinstance(error, MemoryError) else "error"
        return {
            "ok": False,
            "kind": kind,
            "error": _describe(error),
            "line": line,
            "function": function,
            "source": linecache.getline(self.path, line).strip() if line else None,
        }

    # -- operations -------------------------------------------------------------------
    def op_load(self, request: dict[str, Any]) -> dict[str, Any]:
        self.path = request["path"]
        self.in_place = request.get("in_place")
        self.unchanged = request.get("unchanged", [])
        if request.get("signature"):
            self.signature = parse_signature(request["signature"])
        for text in request.get("methods", []):
            method = parse_signature(text, method=True)
            self.methods[method.name] = method
        # Compiled from the source every time, never through a __pycache__ file: a fix saved
        # within the same second, at the same size, must not be graded as the old code.
        module = types.ModuleType("solution")
        module.__file__ = self.path
        # The node classes are provided, as in the statements: a solution may use them
        # without importing them.
        module.__dict__.update(ListNode=ListNode, TreeNode=TreeNode)
        sys.modules["solution"] = module
        try:
            with open(self.path, "rb") as handle:
                code = compile(handle.read(), self.path, "exec", dont_inherit=True)
            exec(code, module.__dict__)
        except SystemExit as error:
            return {"ok": False, "kind": "load",
                    "error": f"the solution called sys.exit({error.code!r}) while loading"}
        except BaseException as error:
            failure = self.failure(error)
            failure["kind"] = "load"
            return failure
        self.entry = getattr(module, request["entry"], None)
        if self.entry is None:
            return {"ok": False, "kind": "load",
                    "error": f"the file does not define {request['entry']}"}
        if not callable(self.entry):
            return {"ok": False, "kind": "load", "error": f"{request['entry']} is not callable"}
        return {"ok": True}

    def build_args(self, signature: Signature, args: dict[str, Any]) -> dict[str, Any]:
        self.registry = registry_for(signature, self.in_place)
        return {p.name: materialize(args[p.name], p.type, self.registry)
                for p in signature.params}

    def answer(self, value: Any, args: dict[str, Any]) -> Any:
        if self.in_place is not None:
            value = args[self.in_place]
        return encode(value, self.registry)

    def rows(self, args: dict[str, Any]) -> list[int]:
        """Identities of the inner lists of an in-place argument (a matrix's rows)."""
        if self.in_place is None or not isinstance(args.get(self.in_place), list):
            return []
        return sorted(id(row) for row in args[self.in_place] if isinstance(row, list))

    def snapshot(self, args: dict[str, Any]) -> dict[str, Any]:
        """What is checked after the call: the rows of an in-place argument, and the
        arguments that must be left unchanged."""
        return {"rows": self.rows(args),
                "values": {name: encode(args[name]) for name in self.unchanged}}

    def violation(self, before: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
        if before["rows"] and self.rows(args) != before["rows"]:
            return {"violation": "the inner lists were replaced by new ones; "
                                 "modify the given lists in place"}
        for name, value in before["values"].items():
            if encode(args[name]) != value:
                return {"violation": f"the solution changed its argument {name}, "
                                     "which must be left as it was"}
        return {}

    def op_call(self, request: dict[str, Any]) -> dict[str, Any]:
        assert self.signature is not None
        args = self.build_args(self.signature, request["args"])
        before = self.snapshot(args)
        start = _clock()
        value = self.entry(**args)
        seconds = _clock() - start
        return {"ok": True, "value": self.answer(value, args), "seconds": seconds,
                **self.violation(before, args)}

    def op_time(self, request: dict[str, Any]) -> dict[str, Any]:
        """One timed call on a fresh copy of the input. `again`: the previous input, and
        only the time is sent back (the first run's answer is the one judged)."""
        assert self.signature is not None
        again = request.get("again")
        if not again:
            self.timed_input = _freeze(request["args"], pickle.HIGHEST_PROTOCOL)
        args = self.build_args(self.signature, _thaw(self.timed_input))  # a fresh copy
        before = self.snapshot(args)
        with gc_paused():
            start = _clock()
            value = self.entry(**args)
            seconds = _clock() - start
        return {"ok": True, "value": None if again else self.answer(value, args),
                "seconds": seconds, **self.violation(before, args)}

    def op_memory(self, request: dict[str, Any]) -> dict[str, Any]:
        """One call with its memory measured: the peak of what it allocated on the heap
        (the input is built before, so it is left out) and its deepest recursion."""
        assert self.signature is not None
        args = self.build_args(self.signature, request["args"])
        peak, depth = measure_memory(lambda: self.entry(**args))
        return {"ok": True, "value": None, "peak_bytes": peak, "depth": depth}

    def op_prepare(self, request: dict[str, Any]) -> dict[str, Any]:
        """Everything a repeated timed call does but the call itself (the input copied and
        built, the reply sent): its cost, measured by the grader, is the overhead around
        a timed call."""
        if self.signature is not None:
            self.build_args(self.signature, _thaw(self.timed_input))
        else:
            for name, args in _thaw(self.timed_input):
                self.build_args(self.methods[name], args)
        return {"ok": True, "value": None}

    def op_new(self, request: dict[str, Any]) -> dict[str, Any]:
        """A new instance: a sequence's first, or (`another`) a second one in the same
        sequence, which may be given what the first one returned."""
        if not request.get("another"):
            self.answers = {}
        self.instance = self.entry(**self.build_args(self.methods["__init__"], request["args"]))
        return {"ok": True, "value": None}

    def op_method(self, request: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "value": self.call_method(request["name"], request["args"])}

    def call_method(self, name: str, args: dict[str, Any]) -> Any:
        """One method of the instance, its answer encoded."""
        method = getattr(self.instance, name, None)
        if method is None or not callable(method):
            raise AttributeError(f"{type(self.instance).__name__} has no method {name}")
        args = with_answers(args, self.answers)
        value = encode(method(**self.build_args(self.methods[name], args)), self.registry)
        self.answers[name] = value
        return value

    def op_sequence(self, request: dict[str, Any]) -> dict[str, Any]:
        """A whole operation sequence, each answer encoded; if a call raises, the answers
        before it and its index (`step`) go with the error."""
        calls = request["calls"]
        values: list[Any] = []
        self.partial = {"step": 0, "values": values}
        start = _clock()
        self.op_new({"args": calls[0][1]})
        values.append(None)
        for step, (name, args) in enumerate(calls[1:], 1):
            self.partial["step"] = step
            if name == "__init__":
                values.append(self.op_new({"args": args, "another": True})["value"])
            else:
                values.append(self.call_method(name, args))
        return {"ok": True, "values": values, "seconds": _clock() - start}

    def op_run(self, request: dict[str, Any]) -> dict[str, Any]:
        """A whole operation sequence, timed (`again`: the previous sequence)."""
        if not request.get("again"):
            self.timed_input = _freeze(request["calls"], pickle.HIGHEST_PROTOCOL)
        with gc_paused():
            results, seconds = run_calls(
                self.entry, lambda name, args: self.build_args(self.methods[name], args),
                _thaw(self.timed_input), _clock)  # a fresh copy
        again = request.get("again")
        return {"ok": True, "value": None if again else [encode(r) for r in results],
                "seconds": seconds}


def run_calls(entry: Any, build: Any, calls: list[list[Any]],
              clock: Any) -> tuple[list[Any], float]:
    """Run a design problem's sequence of calls and time it, on either side (the worker
    times the solution, the grader its reference with the same loop). Every argument is
    built before the clock starts (`build(name, args)` makes it from data), but one that
    links to an earlier answer, known only once that call has returned; `__init__` after
    the first call makes a new object. The answers are the Python values returned, in
    call order (None for constructors)."""
    prepared = []
    for name, args in calls:
        linked = links(args)
        prepared.append((name, build(name, {key: None if key in linked else value
                                            for key, value in args.items()}), linked))
    results: list[Any] = []
    latest: dict[str, Any] = {}
    instance: Any = None
    start = clock()
    for name, built, linked in prepared:
        if linked:
            built = {**built, **{key: latest[link] for key, link in linked.items()}}
        if name == "__init__":
            instance = entry(**built)
            results.append(None)
        else:
            latest[name] = getattr(instance, name)(**built)
            results.append(latest[name])
    return results, clock() - start


def measure_memory(call: Any) -> tuple[int, int]:
    """(the peak of the heap bytes allocated during `call()`, the deepest Python call
    depth it reached: 1 for a function that calls no other). The answer counts: it is held.
    Frames live outside the heap that tracemalloc sees, hence the depth."""
    import tracemalloc

    deepest = depth = 0

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal deepest, depth
        if event == "call":
            depth += 1
            deepest = max(deepest, depth)
        elif event == "return":
            depth -= 1

    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    sys.setprofile(profile)
    try:
        result = call()
    finally:
        sys.setprofile(None)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    del result
    return max(0, peak - base), max(0, deepest - 1)  # less the frame of `call` itself


@contextmanager
def gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _describe(error: BaseException) -> str:
    name = type(error).__name__
    try:
        text = str(error)
    except Exception:
        text = ""
    if isinstance(error, EncodeError):
        return f"the answer cannot be checked: {text}"
    text = text if len(text) <= 500 else text[:500] + "..."
    return f"{name}: {text}" if text else name


def worker_address_space(memory_mb: int) -> int:
    """The worker's RLIMIT_AS: the solution's memory, the interpreter's own, its stack."""
    return (memory_mb + 384) * 1024 * 1024 + STACK_BYTES


def _limit_resources(memory_mb: int, cpu_seconds: int) -> None:
    address_space = worker_address_space(memory_mb)
    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36


def _tie_to_the_grader(grader: int) -> None:
    """On Linux: the worker is killed when the grader dies, even by SIGKILL, and the
    processes a solution starts stay its descendants even if they leave its session (an
    orphan comes back to the worker, not to init), so the grader can find and end them."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
        libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        return  # not Linux: the process group is all the grader ends
    if os.getppid() != grader:  # the grader died before the tie was made
        os._exit(1)


def main() -> None:
    _tie_to_the_grader(int(os.environ.get("TRAINER_GRADER_PID", os.getppid())))
    # The protocol keeps private copies of stdin and stdout; the solution's fds 0-2 are
    # /dev/null, and its sys.stdout/sys.stderr are bounded buffers.
    requests = os.fdopen(os.dup(0), "r", encoding="utf-8")
    reply = os.fdopen(os.dup(1), "w", encoding="utf-8")
    faulthandler.enable(file=os.fdopen(os.dup(2), "w"), all_threads=False)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    output = BoundedWriter()
    sys.stdin = io.StringIO("")
    sys.stdout = sys.stderr = output

    _limit_resources(int(os.environ.get("TRAINER_MEMORY_MB", "512")), CPU_SECONDS)
    sys.setrecursionlimit(RECURSION_LIMIT)
    threading.stack_size(STACK_BYTES)
    worker = Worker(reply, output)
    runner = threading.Thread(target=worker.serve, args=(requests,), name="solution")
    runner.start()
    runner.join()
    os._exit(0)


if __name__ == "__main__":
    main()
