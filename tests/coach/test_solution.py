"""`trainer solution`: the reference's solution only, and only once it is earned."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PROBLEMS
from tests.helpers import said, trainer
from trainer.problems.solution_source import solution_source
from trainer.problems.spec import load_problem
from trainer.store.history import History
from trainer.store.transfer import export_rows
from trainer.workspace import Workspace

REFERENCE = textwrap.dedent('''\
    import functools
    import random
    from collections import Counter, deque

    from hypothesis import strategies as st

    LIMIT = 10


    def _clamp(x: int) -> int:
        return max(-LIMIT, min(LIMIT, x))


    # The answer is the value itself, clamped.
    @functools.cache
    def identity(x: int) -> int:
        queue = deque([_clamp(x)])
        return queue.pop() if abs(x) <= LIMIT else x


    def _unused_helper() -> Counter:
        return Counter()


    def inputs():
        return st.fixed_dictionaries({"x": st.integers(-5, 5)})


    def sized(n, rnd: random.Random) -> dict:
        return {"x": _clamp(n)}
''')


def test_the_solution_is_the_entry_and_what_it_uses(make_problem: Callable[..., Path]) -> None:
    folder = make_problem("clamp")
    (folder / "reference.py").write_text(REFERENCE)
    source = solution_source(load_problem(folder))
    assert source == textwrap.dedent('''\
        import functools
        from collections import deque


        LIMIT = 10


        def _clamp(x: int) -> int:
            return max(-LIMIT, min(LIMIT, x))


        # The answer is the value itself, clamped.
        @functools.cache
        def identity(x: int) -> int:
            queue = deque([_clamp(x)])
            return queue.pop() if abs(x) <= LIMIT else x
        ''')


def test_a_class_comes_with_its_helper_classes() -> None:
    problems = PROBLEMS
    source = solution_source(load_problem(problems / "lru-cache"))
    assert "class _Node:" in source and "class LRUCache:" in source
    assert "hypothesis" not in source and "def operations" not in source
    compile(source, "lru_cache.py", "exec")


def attempt(verdict: str, minute: int) -> str:
    return json.dumps({"kind": "attempt", "slug": "two-sum",
                       "at": f"2026-02-28T10:{minute:02d}:00+00:00", "verdict": verdict,
                       "rating": 3 if verdict == "passed" else 1, "seed": minute, "cases": 3,
                       "elapsed_s": 0.1, "hints": 0, "file_hash": f"h{minute}",
                       "counterexample": None})


def add_attempts(tmp_path: Path, *verdicts: str) -> None:
    backup = tmp_path / f"attempts-{len(list(tmp_path.glob('attempts-*')))}.jsonl"
    backup.write_text("".join(attempt(v, m) + "\n" for m, v in enumerate(verdicts)))
    assert trainer("history", "import", str(backup)).returncode == 0


@pytest.fixture
def two_sum(with_problems: Callable[..., Workspace]) -> Workspace:
    return with_problems("two-sum")


def test_locked_until_passed_or_given_up_after_three_failures(two_sum: Workspace,
                                                              tmp_path: Path) -> None:
    locked = trainer("solution", "two-sum")
    assert locked.returncode == 2 and "Traceback" not in locked.stderr
    assert "opens once you pass it" in said(locked.stderr)
    assert "after 3 more failed attempts" in said(locked.stderr)
    add_attempts(tmp_path, "wrong_answer", "runtime_error")
    early = trainer("solution", "two-sum", "--give-up")
    assert early.returncode == 2 and "has 2: 1 more to go" in said(early.stderr)
    assert early.stdout == ""

    add_attempts(tmp_path, "wrong_answer", "runtime_error", "too_slow")
    still = trainer("solution", "two-sum")
    assert still.returncode == 2 and "trainer solution two-sum --give-up" in said(still.stderr)
    given_up = trainer("solution", "two-sum", "--give-up")
    assert given_up.returncode == 0, given_up.stderr
    assert "def two_sum(nums: list[int], target: int) -> list[int]:" in given_up.stdout
    assert "def check" not in given_up.stdout and "hypothesis" not in given_up.stdout
    assert "rated Hard" in said(given_up.stderr)
    with History(two_sum.history_db) as history:
        assert reveals(history) == [{"kind": "reveal", "slug": "two-sum",
                                     "at": "2026-03-01T09:00:00+00:00"}]


def test_open_after_a_pass_and_nothing_recorded(two_sum: Workspace, tmp_path: Path) -> None:
    add_attempts(tmp_path, "wrong_answer", "passed")
    shown = trainer("solution", "two-sum", "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["gave_up"] is False and "def two_sum(" in data["source"]
    with History(two_sum.history_db) as history:
        assert reveals(history) == []


def reveals(history: History) -> list[dict[str, object]]:
    return [row for row in export_rows(history) if row["kind"] == "reveal"]


def test_unknown_problem(two_sum: Workspace) -> None:
    result = trainer("solution", "two-sun")
    assert result.returncode == 2 and "did you mean two-sum" in said(result.stderr)
