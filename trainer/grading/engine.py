"""Grading one solution file: static checks, examples, generated inputs, complexity.

    grade(reference, path) -> Outcome

The solution runs only in the worker (sandbox.py). The inputs it failed on before (and the
learner's own) come first, then the examples (quick, readable failures), then Hypothesis's
generated inputs, a failing one shrunk by Hypothesis and then on the input itself
(smallest.py), then the complexity ladder, which also checks the answers on the largest
inputs. Last, the `# Complexity:` line the learner wrote is set beside what was measured.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings
from hypothesis.errors import HypothesisException
from hypothesis.stateful import run_state_machine_as_test

from trainer.errors import SpecError
from trainer.grading.cases import CaseRunner
from trainer.grading.claim_check import judge_claims
from trainer.grading.complexity import ComplexityCheck
from trainer.grading.inputs import InputError, check_input
from trainer.grading.memory import MemoryCheck
from trainer.grading.outcome import CaseFailure, GradingStopped, KeptInput, Outcome
from trainer.grading.reference import Reference, authors_code
from trainer.grading.sandbox import Sandbox, WorkerFailure
from trainer.grading.scan import compile_error, find_forbidden
from trainer.grading.smallest import smallest_call, smallest_sequence
from trainer.grading.stateful import DesignRunner, state_machine, unfit_calls
from trainer.grading.values import list_note
from trainer.problems.claimed import claims_in

Progress = Callable[[str, int, int], None]
STATEFUL_STEPS = 30


def new_seed() -> int:
    return random.SystemRandom().randrange(2**32)


def grade(problem_reference: Reference, solution: Path, *, seed_value: int | None = None,
          inputs_dir: Path | None = None, progress: Progress | None = None,
          complexity: bool = True, sandbox: Sandbox | None = None,
          kept: Sequence[KeptInput] = (), shrink: bool = True) -> Outcome:
    """Grade one file. Never raises for anything the solution does.

    `sandbox`: a worker already launched for this file (see Sandbox.launch), which the
    caller closes; without it, one is started and closed here. `kept`: inputs checked
    before the examples (failed in earlier gradings, or the learner's own). They draw
    nothing from the seed; still, a replay with --seed leaves them out (the caller's
    part), so that it gives the verdict it gave, whatever was kept since. `shrink=False`:
    a failure is reported on the input that first showed it, for callers that need only
    the verdict (validate's wrong/ solutions)."""
    with authors_code(problem_reference.problem, "grading with reference.py"):
        return _grade(problem_reference, solution, seed_value=seed_value,
                      inputs_dir=inputs_dir, progress=progress, complexity=complexity,
                      sandbox=sandbox, kept=kept, shrink=shrink)


def _grade(problem_reference: Reference, solution: Path, *, seed_value: int | None,
           inputs_dir: Path | None, progress: Progress | None, complexity: bool,
           sandbox: Sandbox | None, kept: Sequence[KeptInput], shrink: bool) -> Outcome:
    problem = problem_reference.problem
    started = time.monotonic()
    chosen_seed = new_seed() if seed_value is None else seed_value
    outcome = Outcome(problem.slug, "passed", chosen_seed)
    source = solution.read_text(encoding="utf-8", errors="replace")
    static = _static_problem(source, str(solution), problem_reference)
    if static is not None:
        outcome.verdict, outcome.phase, outcome.message = "compile_error", "load", static
        outcome.elapsed_s = time.monotonic() - started
        return outcome
    with nullcontext(sandbox) if sandbox else Sandbox(problem, solution) as sandbox:
        runner = CaseRunner(problem, problem_reference, sandbox, inputs_dir)
        phase = "load"
        try:
            sandbox.start()
            for item in kept:
                phase = "kept" if item.origin == "failed" else "own"
                if _kept(runner, item):
                    outcome.kept[item.origin] = outcome.kept.get(item.origin, 0) + 1
            phase = "examples"
            _examples(runner, progress)
            phase = "generated"
            if problem.cases > 0:
                _generated(runner, chosen_seed, progress, shrink)
            if complexity and problem.complexity.sizes:
                phase = "complexity"
                if progress:
                    progress("complexity", 0, len(problem.complexity.sizes))
                memory = MemoryCheck(runner, chosen_seed)
                try:
                    outcome.growth = ComplexityCheck(runner, chosen_seed).run()
                except CaseFailure as slow:
                    if slow.verdict == "too_slow" and memory.decides():
                        # Timings jitter, allocations do not: a solution outside both
                        # bounds gets the memory verdict, the same in every run.
                        phase = "memory"
                        memory.run()
                        phase = "complexity"
                    raise
                if memory.applies():
                    phase = "memory"
                    outcome.memory = memory.run()
        except WorkerFailure as failure:
            outcome.verdict, outcome.message = failure.verdict, failure.message
        except (CaseFailure, GradingStopped) as failure:
            outcome.verdict, outcome.message = failure.verdict, failure.message
            outcome.counterexample = failure.counterexample
            if phase == "generated" and isinstance(failure, CaseFailure):
                outcome.failing_input = failure.raw_input  # shrunk: worth keeping
            if failure.verdict == "too_much_memory":
                outcome.memory = getattr(failure, "growth", {})
            else:
                outcome.growth = getattr(failure, "growth", {})
        outcome.phase = phase
        outcome.cases = runner.cases
        if runner.accepted_types:
            outcome.notes.append(list_note(runner.accepted_types))
    outcome.claims = judge_claims(claims_in(source), problem, outcome)
    outcome.elapsed_s = time.monotonic() - started
    return outcome


def _kept(runner: CaseRunner, item: KeptInput) -> bool:
    """Check one kept input; False when it no longer fits the problem (its signature or
    constraints changed since it was kept), and so was not run."""
    try:
        check_input(runner.problem, item.input)
    except (InputError, KeyError, IndexError, TypeError, ValueError):
        return False
    if runner.problem.is_design:
        if unfit_calls(runner.reference, item.input) is not None:
            return False
        DesignRunner(runner).run(item.input)
    else:
        runner.check_call(item.input)
    return True


def _static_problem(source: str, filename: str, reference: Reference) -> str | None:
    """Why the file cannot even be run: a syntax error, or a banned builtin."""
    if not source.strip():
        return "the file is empty"
    error = compile_error(source, filename)
    if error is not None:
        return f"line {error.line}: {error.message}"
    found = find_forbidden(source, reference.problem.forbid)
    if found:
        return "; ".join(f"line {f.line}: {f.message}" for f in found[:3])
    return None


def _examples(runner: CaseRunner, progress: Progress | None) -> None:
    examples = runner.problem.examples
    for number, example in enumerate(examples, 1):
        if progress:
            progress("examples", number, len(examples))
        if runner.problem.is_design:
            DesignRunner(runner).run(example.input["calls"])
        else:
            runner.check_call(example.input)


def _settings(runner: CaseRunner, shrink: bool, **extra: object) -> settings:
    return settings(
        max_examples=runner.problem.cases,
        database=None,
        deadline=None,
        verbosity=Verbosity.quiet,
        phases=(Phase.generate, Phase.shrink) if shrink else (Phase.generate,),
        suppress_health_check=list(HealthCheck),
        print_blob=False,
        report_multiple_bugs=False,
        **extra,  # type: ignore[arg-type]
    )


def _generated(runner: CaseRunner, chosen_seed: int, progress: Progress | None,
               shrink: bool = True) -> None:
    """Hypothesis's inputs; a failure comes back as the smallest input that shows it."""
    total = runner.problem.cases
    done = [0]

    def tick() -> None:
        done[0] += 1
        if progress and done[0] <= total:
            progress("generated", done[0], total)

    failing: list[Any] = [None]  # the last input that failed: Hypothesis's smallest
    try:
        if runner.problem.is_design:
            machine = state_machine(runner)
            original_step = machine.__init__

            def counted(self: Any) -> None:
                tick()
                original_step(self)
                failing[0] = self.design  # its calls, up to the failing one, at the end

            machine.__init__ = counted  # type: ignore[method-assign]
            run_state_machine_as_test(
                seed(chosen_seed)(machine),
                settings=_settings(runner, shrink, stateful_step_count=STATEFUL_STEPS))
        else:
            strategy = runner.reference.get("inputs")()

            @seed(chosen_seed)
            @_settings(runner, shrink)
            @given(strategy)
            def case(args: dict[str, object]) -> None:
                tick()
                failing[0] = args
                runner.check_call(args)

            case()
    except CaseFailure as failure:
        if not shrink:
            raise
        # Hypothesis shrinks the generator's choices; the input itself may shrink further.
        if runner.problem.is_design:
            design = failing[0]
            calls = design.calls[:design.shown_calls or None]
            raise smallest_sequence(runner, calls, failure) from None
        raise smallest_call(runner, failing[0], failure) from None
    except SpecError:
        raise
    except HypothesisException as error:
        # A solution that fails only sometimes (flaky): report the last failure seen.
        if runner.last_failure is not None:
            raise runner.last_failure from None
        raise SpecError(runner.problem.reference_path,
                        f"its input generators failed: {type(error).__name__}: {error}"
                        ) from error
    except Exception as error:  # raised while drawing an input: the generator's fault
        raise SpecError(runner.problem.reference_path,
                        f"inputs() failed: {type(error).__name__}: {error}") from error
