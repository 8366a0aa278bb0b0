"""A problem's reference.py: the reference solution, its input generators and its checker.

The module runs inside the grader (it is the author's code, trusted). What it provides:

    <entry>                   the reference function, or class for a design problem
    inputs() -> strategy      Hypothesis strategy of argument dicts (function problems)
    sized(n, rnd) -> dict     a worst-case input of size n, for the complexity check
    check(args, output)       judge: checker only; None when output is right, else why not
    operations() -> dict      design problems: method name -> strategy of argument dicts;
                              "__init__" among them makes another instance mid-sequence,
                              and an argument {"$answer": "encode"} is what encode last
                              returned, on each side (a round trip)
    init() -> strategy        design problems: __init__ arguments (default: none)
    precondition(model, name[, answered])
                              design problems: may `name` be called now? (default: yes;
                              `answered`: the methods that have returned in this sequence)
"""

from __future__ import annotations

import contextlib
import importlib.util
import signal
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from trainer.errors import SpecError
from trainer.problems.spec import Problem


@dataclass
class Reference:
    problem: Problem
    module: ModuleType

    @property
    def entry(self) -> Any:
        return getattr(self.module, self.problem.entry)

    def provides(self, name: str) -> bool:
        return callable(getattr(self.module, name, None))

    def get(self, name: str) -> Any:
        return getattr(self.module, name)


REQUIRED = {
    "function": ("inputs",),
    "stateful": ("operations",),
}


def load_reference(problem: Problem) -> Reference:
    """Import the problem's reference.py; SpecError naming the file when it is unusable."""
    path = problem.reference_path
    if not path.is_file():
        raise SpecError(path, "missing: every problem needs a reference.py")
    name = f"trainer_reference_{problem.module_name}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        with authors_code(problem, "importing reference.py"):
            spec.loader.exec_module(module)
    except SpecError:
        raise
    except Exception as error:
        line = _error_line(error, path)
        raise SpecError(path, f"cannot import: {type(error).__name__}: {error}", line) from error
    reference = Reference(problem, module)
    kind = "stateful" if problem.is_design else "function"
    for required in (problem.entry, *REQUIRED[kind]):
        if not hasattr(module, required):
            raise SpecError(path, f"does not define {required}")
    if problem.judge == "checker" and not reference.provides("check"):
        raise SpecError(path, "a checker problem's reference defines check(args, output)")
    if problem.complexity.sizes and not reference.provides("sized"):
        raise SpecError(path, "complexity.sizes is set, so define sized(n, rnd)")
    return reference


def _error_line(error: BaseException, path: Path) -> int | None:
    if isinstance(error, SyntaxError) and error.filename == str(path):
        return error.lineno
    tb = error.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == str(path):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


@contextlib.contextmanager
def authors_code(problem: Problem, doing: str) -> Iterator[None]:
    """Around what runs a problem's own code: SystemExit, KeyboardInterrupt or any other
    BaseException raised by it is a spec error (never a silent exit or a fake Ctrl-C),
    while a real Ctrl-C, seen by the signal handler, stays an interruption."""
    ctrl_c = [False]
    previous = _note_ctrl_c(ctrl_c)
    try:
        yield
    except Exception:
        raise
    except BaseException as error:
        if isinstance(error, KeyboardInterrupt) and ctrl_c[0]:
            raise
        shown = f"{type(error).__name__}({', '.join(map(repr, error.args))})"
        raise SpecError(problem.reference_path, f"{doing} raised {shown}: the problem's own "
                        "code must return, or raise an ordinary exception",
                        _error_line(error, problem.reference_path)) from None
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _note_ctrl_c(seen: list[bool]) -> Any:
    """Install a SIGINT handler that notes a real Ctrl-C, then acts as before; the previous
    handler, or None where handlers cannot be set (outside the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    previous = signal.getsignal(signal.SIGINT)
    if previous in (signal.SIG_IGN, None):
        return None

    def noted(number: int, frame: Any) -> None:
        seen[0] = True
        if callable(previous):
            previous(number, frame)
        else:
            raise KeyboardInterrupt

    signal.signal(signal.SIGINT, noted)
    return previous
