from __future__ import annotations

import pytest

from tests.problems.test_spec import spec_text
from trainer.errors import SpecError
from trainer.problems.constraints import ConstraintError, parse_constraint, violated
from trainer.problems.spec import load_problem
from trainer.workspace import Workspace


def test_a_constraint_reads_its_arguments_and_holds_or_not() -> None:
    bounded = parse_constraint("all(-10**9 <= x <= 10**9 for x in nums)", {"nums", "target"})
    assert bounded.names == {"nums"}
    assert bounded.holds({"nums": [1, -10**9]})
    assert not bounded.holds({"nums": [10**9 + 1]})
    assert not bounded.holds({"nums": ["a"]})  # a TypeError does not hold


@pytest.mark.parametrize(("text", "message"), [
    ("len(nums) <=", "is not a Python expression"),
    ("len(numbers) < 5", "unknown name 'numbers'"),
    ("open('/etc/passwd')", "unknown name 'open'"),
    ("nums.__class__ is list", "no attribute starting with _"),
    ("1 < 2", "names no argument"),
])
def test_unsafe_or_broken_constraints_are_refused(text: str, message: str) -> None:
    with pytest.raises(ConstraintError, match=message):
        parse_constraint(text, {"nums"})


def test_no_builtin_but_the_safe_ones_at_evaluation() -> None:
    sneaky = parse_constraint("len(nums) == 1 and nums[0] == 1", {"nums"})
    assert sneaky.holds({"nums": [1]})
    assert violated([sneaky], {"nums": [2]}) == [sneaky]
    assert violated([sneaky], {"other": 1}) == []  # applies only when its names are given


def test_the_spec_checks_its_constraints_with_the_line(workspace: Workspace) -> None:
    folder = workspace.problems / "p"
    folder.mkdir()
    text = spec_text(**{"statement: Return x.":
                        'constraints:\n  - "-5 <= x <= 5"\n  - "y > 0"\nstatement: Return x.'})
    (folder / "problem.yaml").write_text(text)
    with pytest.raises(SpecError, match="constraints\\[2\\]: 'y > 0': unknown name 'y'") as error:
        load_problem(folder)
    assert error.value.line == text.splitlines().index('  - "y > 0"') + 1
    (folder / "problem.yaml").write_text(text.replace('  - "y > 0"\n', ""))
    problem = load_problem(folder)
    assert [c.text for c in problem.constraints] == ["-5 <= x <= 5"]
