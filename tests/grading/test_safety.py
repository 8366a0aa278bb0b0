"""Every way a solution can fool, hang or crash the grader ends in a verdict of its own:
never a pass, within the time limit plus a little, with no process left behind."""

from __future__ import annotations

import os
import re
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from trainer.grading.engine import grade
from trainer.grading.reference import load_reference
from trainer.grading.worker import CPU_SECONDS, worker_address_space
from trainer.problems.spec import load_problem
from trainer.workspace import Workspace

CALL_SECONDS = 5

CORRECT = """
def two_sum(nums, target):
    seen = {}
    for j, v in enumerate(nums):
        if target - v in seen:
            return [seen[target - v], j]
        seen[v] = j
"""

CASES = {
    "infinite_loop": ("time_limit", "def two_sum(nums, target):\n    while True:\n        pass\n"),
    "sleep": ("time_limit", "import time\ndef two_sum(nums, target):\n    time.sleep(60)\n"),
    "swallows_every_exception": ("time_limit", """
def two_sum(nums, target):
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass
"""),
    "memory_bomb": ("memory_limit", """
def two_sum(nums, target):
    hog = []
    while True:
        hog.append(bytearray(50_000_000))
"""),
    "unbounded_recursion": ("runtime_error", """
def two_sum(nums, target):
    return two_sum(nums, target)
"""),
    # a segmentation fault once the C stack is exhausted, or the time limit on the way there
    "recursion_limit_raised_then_segfault": ("runtime_error time_limit",
                                             """
import sys
sys.setrecursionlimit(10**9)
def deep(n):
    return sum(map(deep, [n + 1]))  # through C code: it uses the C stack
def two_sum(nums, target):
    return deep(0)
"""),
    "ctypes_crash": ("runtime_error", """
import ctypes
def two_sum(nums, target):
    ctypes.string_at(0)
"""),
    "exit_at_import": ("compile_error", "import sys\nsys.exit(0)\n"),
    "os_exit_in_call": ("runtime_error",
                        "import os\ndef two_sum(nums, target):\n    os._exit(0)\n"),
    "keyboard_interrupt": ("runtime_error",
                           "def two_sum(nums, target):\n    raise KeyboardInterrupt\n"),
    "system_exit_in_call": ("runtime_error",
                            "def two_sum(nums, target):\n    raise SystemExit(0)\n"),
    "prints_a_flood": ("wrong_answer", """
import sys
def two_sum(nums, target):
    for _ in range(20_000):
        sys.stdout.write("x" * 10_000)
    return [0, 0]
"""),
    "prints_a_fake_verdict": ("wrong_answer", """
import os
def two_sum(nums, target):
    print('{"ok": true, "value": [0, 1]}')
    os.write(1, b'{"ok": true, "value": [0, 1]}\\n')
    return [5, 5]
"""),
    "eq_always_true": ("wrong_answer", """
class Yes(list):
    def __eq__(self, other):
        return True
def two_sum(nums, target):
    return Yes()
"""),
    "returns_generator": ("wrong_answer", "def two_sum(nums, target):\n    yield 0\n"),
    "returns_huge_int": ("wrong_answer", "def two_sum(nums, target):\n    return 10**100000\n"),
    # the values are the answer: a tuple where a list is declared passes (with a note)
    "returns_tuple": ("passed", CORRECT.replace("return [seen[target - v], j]",
                                                  "return (seen[target - v], j)")),
    "returns_a_str_for_a_list": ("wrong_answer", CORRECT.replace(
        "return [seen[target - v], j]", "return f'{seen[target - v]}{j}'")),
    "returns_floats_for_ints": ("wrong_answer", CORRECT.replace(
        "return [seen[target - v], j]", "return [float(seen[target - v]), float(j)]")),
    "patches_the_grader": ("wrong_answer", """
import trainer.grading.values as values
values.strict_equal = lambda a, b: True
values.encode = lambda value, registry=None, cap=0: [0, 1]
def two_sum(nums, target):
    return [9, 9]
"""),
    "forks": ("wrong_answer", """
import os
def two_sum(nums, target):
    if os.fork() == 0:
        os.write(1, b'{"ok": true, "value": [0, 1]}\\n')
        os._exit(0)
    return [7, 7]
"""),
    "writes_a_bare_reply_to_every_descriptor": ("runtime_error", """
import os
def two_sum(nums, target):
    for fd in range(3, 20):
        try:
            os.write(fd, b'{"ok": true}\\n')
        except OSError:
            pass
    return [9, 9]
"""),
    "syntax_error": ("compile_error", "def two_sum(nums, target)\n    return []\n"),
    "import_error": ("compile_error", "import no_such_module_here\n"),
    "empty_file": ("compile_error", ""),
    "wrong_name": ("compile_error", "def twosum(nums, target):\n    return [0, 1]\n"),
    "wrong_signature": ("runtime_error", "def two_sum(numbers):\n    return [0, 1]\n"),
}


@pytest.fixture
def grade_source(with_problems: Callable[..., Workspace],
                 tmp_path: Path) -> Callable[[str], object]:
    workspace = with_problems("two-sum")
    # A roomier call limit than two-sum's own, so that a memory bomb or a runaway
    # recursion reaches its own verdict first even on a busy machine.
    spec = workspace.problems / "two-sum" / "problem.yaml"
    spec.write_text(spec.read_text() + f"limits: {{call_seconds: {CALL_SECONDS}}}\n")
    reference = load_reference(load_problem(workspace.problems / "two-sum"))

    def run(source: str) -> object:
        path = tmp_path / "solution.py"
        path.write_text(textwrap.dedent(source))
        return grade(reference, path, seed_value=1, complexity=False)

    return run


@pytest.mark.parametrize("name", sorted(CASES))
def test_misbehaviour_gets_its_own_verdict(name: str, grade_source: Callable[[str], object]
                                           ) -> None:
    expected, source = CASES[name]
    before = _children()
    started = time.monotonic()
    outcome = grade_source(source)
    assert getattr(outcome, "verdict") in expected.split(), getattr(outcome, "message")  # noqa: B009
    assert time.monotonic() - started < CALL_SECONDS + 12  # the call limit, start-up, a kill
    assert _children() <= before, "a process outlived the grading"


DEEPEST_CHAIN = 10_000  # max-depth allows 10^4 nodes: all of them on one path


def test_legitimate_deep_recursion_works(with_problems: Callable[..., Workspace],
                                         tmp_path: Path) -> None:
    """A recursive DFS as deep as the statement allows answers right. Only correctness
    is graded: the complexity check's timings are another test's business, and under load
    they could fail a recursion that works."""
    workspace = with_problems("max-depth")
    problem = load_problem(workspace.problems / "max-depth")
    reference = load_reference(problem)
    path = tmp_path / "deep.py"
    path.write_text(textwrap.dedent("""
        def max_depth(root):
            if root is None:
                return 0
            return 1 + max(max_depth(root.left), max_depth(root.right))
    """))
    outcome = grade(reference, path, seed_value=3, complexity=False)
    assert outcome.verdict == "passed", outcome.message
    chain: list[int | None] = [0]
    for _ in range(DEEPEST_CHAIN - 1):
        chain += [None, 0]  # each node's only child is its right one
    from trainer.grading.sandbox import Sandbox

    with Sandbox(problem, path) as sandbox:
        sandbox.start()
        reply = sandbox.request({"op": "call", "args": {"root": chain}}, timeout=30)
    assert reply == {**reply, "ok": True, "value": DEEPEST_CHAIN}, reply


def test_the_solution_runs_under_the_workers_cpu_and_memory_limits(
        grade_source: Callable[[str], object]) -> None:
    outcome = grade_source("""
import resource
def two_sum(nums, target):
    return [resource.getrlimit(resource.RLIMIT_CPU)[0], resource.getrlimit(resource.RLIMIT_AS)[0]]
""")
    counterexample = getattr(outcome, "counterexample")  # noqa: B009
    assert counterexample.got == f"[{CPU_SECONDS}, {worker_address_space(512)}]"


def test_a_correct_solution_passes(grade_source: Callable[[str], object]) -> None:
    outcome = grade_source(CORRECT)
    assert getattr(outcome, "verdict") == "passed"  # noqa: B009
    assert getattr(outcome, "cases") >= 200  # noqa: B009


def _children() -> set[int]:
    """Live processes whose parent is this test process."""
    me = str(os.getpid())
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if fields[1] == me and fields[0] != "Z":
                found.add(int(entry.name))
    return found


SLOW_TWO_SUM = """
def two_sum(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
"""


@pytest.mark.parametrize("patch", [
    "import time\ntime.perf_counter = lambda: 0.0\n",
    "import trainer.grading.worker as worker\nworker._clock = lambda: 0.0\n",
])
def test_a_forged_clock_does_not_pass_a_slow_solution(
    with_problems: Callable[..., Workspace], tmp_path: Path, patch: str
) -> None:
    workspace = with_problems("two-sum")
    reference = load_reference(load_problem(workspace.problems / "two-sum"))
    path = tmp_path / "forger.py"
    path.write_text(patch + SLOW_TWO_SUM)
    outcome = grade(reference, path, seed_value=2)
    assert outcome.verdict in ("too_slow", "runtime_error"), outcome.message


def test_a_fix_saved_at_the_same_size_and_time_is_graded_afresh(
    with_problems: Callable[..., Workspace], tmp_path: Path
) -> None:
    """A fix that a cache keyed on (modification time, size) could not tell from the wrong
    file it replaces, as a quick save on a coarse file system clock looks."""
    workspace = with_problems("two-sum")
    reference = load_reference(load_problem(workspace.problems / "two-sum"))
    wrong = CORRECT.replace("return [seen[target - v], j]", "return [seen[target - v], 0]")
    assert len(wrong) == len(CORRECT)
    path = tmp_path / "solution.py"
    path.write_text(wrong)
    assert grade(reference, path, seed_value=1, complexity=False).verdict == "wrong_answer"
    before = path.stat()
    path.write_text(CORRECT)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)
    assert grade(reference, path, seed_value=1, complexity=False).verdict == "passed"


def test_a_recursive_flood_fill_over_a_300_by_300_snake_works(
    with_problems: Callable[..., Workspace], tmp_path: Path
) -> None:
    """One island winding through the whole grid: a recursive DFS goes ~45,000 deep."""
    workspace = with_problems("number-of-islands")
    problem = load_problem(workspace.problems / "number-of-islands")
    size = 300
    grid = [["1" if row % 2 == 0 or col == (size - 1 if row % 4 == 1 else 0) else "0"
             for col in range(size)] for row in range(size)]
    path = tmp_path / "dfs.py"
    path.write_text(textwrap.dedent("""
        def num_islands(grid):
            def sink(r, c):
                if 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] == "1":
                    grid[r][c] = "0"
                    sink(r + 1, c)
                    sink(r - 1, c)
                    sink(r, c + 1)
                    sink(r, c - 1)
            count = 0
            for r in range(len(grid)):
                for c in range(len(grid[0])):
                    if grid[r][c] == "1":
                        count += 1
                        sink(r, c)
            return count
    """))
    from trainer.grading.sandbox import Sandbox

    with Sandbox(problem, path) as sandbox:
        sandbox.start()
        reply = sandbox.request({"op": "call", "args": {"grid": grid}}, timeout=30)
    assert reply == {**reply, "ok": True, "value": 1}, reply


def test_the_node_classes_are_provided(with_problems: Callable[..., Workspace],
                                       tmp_path: Path) -> None:
    workspace = with_problems("reverse-linked-list")
    reference = load_reference(load_problem(workspace.problems / "reverse-linked-list"))
    path = tmp_path / "no_import.py"
    path.write_text(textwrap.dedent("""
        def reverse_list(head: ListNode | None) -> ListNode | None:
            previous = None
            while head is not None:
                head.next, previous, head = previous, head, head.next
            return previous
    """))
    # correctness only: whether the names resolve does not depend on a timing verdict
    assert grade(reference, path, seed_value=1, complexity=False).verdict == "passed"


REMEMBERS_ANSWERS = SLOW_TWO_SUM.replace("""def two_sum(nums, target):
    for i""", """_answers = {}
def two_sum(nums, target):
    key = (tuple(nums), target)
    if key in _answers:
        return list(_answers[key])
    _answers[key] = slow(nums, target)
    return list(_answers[key])
def slow(nums, target):
    for i""")


def test_remembering_answers_between_timed_runs_does_not_hide_a_slow_solution(
    with_problems: Callable[..., Workspace], tmp_path: Path
) -> None:
    """Each size is timed several times on the same input: a solution that remembers its
    answers is quick from the second run on, and is judged by its first."""
    workspace = with_problems("two-sum")
    spec = workspace.problems / "two-sum" / "problem.yaml"
    # Sizes at which the quadratic first run stays well inside the time limit.
    spec.write_text(re.sub(r"sizes: \[.*\]", "sizes: [250, 500, 1000, 2000]",
                           spec.read_text()))
    reference = load_reference(load_problem(workspace.problems / "two-sum"))
    path = tmp_path / "remembers.py"
    path.write_text(REMEMBERS_ANSWERS)
    outcome = grade(reference, path, seed_value=2)
    assert outcome.verdict == "too_slow", outcome.message


def test_a_tuple_for_a_list_passes_and_the_pass_says_a_list_was_asked_for(
        grade_source: Callable[[str], object]) -> None:
    from trainer.format import outcome_text

    outcome = grade_source(CASES["returns_tuple"][1])
    assert getattr(outcome, "passed")  # noqa: B009
    assert getattr(outcome, "notes") == [  # noqa: B009
        "a list was asked for, and your answer gave a tuple in its place: accepted, since "
        "the values are what is judged"]
    assert "\n  note: a list was asked for" in outcome_text(outcome, "")  # type: ignore[arg-type]
