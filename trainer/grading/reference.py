"""A problem's reference.py: the reference solution, its input generators and its checker.

The module runs inside the grader (it is the author's code, trusted). What it provides:

    <entry>                   the reference function, or class for a design problem
    inputs() -> strategy      Hypothesis strategy of argument dicts (function problems)
    sized(n, rnd) -> dict     a worst-case input of size n, for the complexity check
    check(args, output)       judge: checker only; None when output is right, else why not
    operations() -> dict      design problems: method name -> strategy of argument dicts
    init() -> strategy        design problems: __init__ arguments (default: none)
    precondition(model, name) design problems: may `name` be called now? (default: yes)
"""

from __future__ import annotations

import importlib.util
import sys
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
        spec.loader.exec_module(module)
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
