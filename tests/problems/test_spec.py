from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PROBLEMS
from tests.helpers import MINIMAL_SPEC
from trainer.errors import SpecError, UnknownProblem
from trainer.problems.catalogue import load_catalogue
from trainer.problems.spec import load_problem
from trainer.workspace import Workspace


def spec_text(**changes: str) -> str:
    text = MINIMAL_SPEC.format(slug="p", title="P", topic="t", difficulty="easy")
    for old, new in changes.items():
        text = text.replace(old, new)
    return text


def test_a_real_problem_loads() -> None:
    problem = load_problem(PROBLEMS / "two-sum")
    assert problem.entry == "two_sum"
    assert problem.signature is not None
    assert problem.signature.param_names == ("nums", "target")
    assert problem.judge == "checker"
    assert len(problem.examples) >= 2
    assert problem.examples[0].input == {"nums": [2, 7, 11, 15], "target": 9}


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("judge: exact", "judge: exakt", 7, "judge: expected one of exact"),
        ("hints:", "hint:", 1, "missing required key 'hints'"),
        ("statement: Return x.", "statement: Return x.\ncolour: red", 10, "colour: unknown key"),
        ("difficulty: easy", "difficulty: trivial", 4, "difficulty: expected one of"),
        ('"def identity(x: int) -> int"', '"def other(x: int) -> int"', 6, "entry is 'identity'"),
        ("input: {x: 1}", "input: {y: 1}", 11, "expected exactly the arguments x"),
        ("slug: p", "slug: q", 1, "does not match its folder name"),
        ("title: P", "title: [P", 2, "invalid YAML"),
    ],
)
def test_spec_errors_name_the_file_and_line(
    make_problem: Callable[..., Path], old: str, new: str, line: int, message: str
) -> None:
    folder = make_problem("p", spec=spec_text(**{old: new}) if old != new else None)
    with pytest.raises(SpecError) as raised:
        load_problem(folder)
    assert raised.value.path == folder / "problem.yaml"
    assert raised.value.line == line
    assert message in str(raised.value)
    assert str(raised.value).startswith(f"{folder / 'problem.yaml'}:{line}: ")


def test_a_broken_spec_does_not_hide_the_others(
    workspace: Workspace, make_problem: Callable[..., Path]
) -> None:
    make_problem("good")
    broken = make_problem("broken")
    (broken / "problem.yaml").write_text("slug: broken\n")
    catalogue = load_catalogue(workspace.problems)
    assert list(catalogue.problems) == ["good"]
    assert [error.path.parent.name for error in catalogue.errors] == ["broken"]
    with pytest.raises(SpecError):
        catalogue.get("broken")


def test_unknown_slug_suggests_the_nearest(
    workspace: Workspace, make_problem: Callable[..., Path]
) -> None:
    make_problem("two-sum-sorted")
    catalogue = load_catalogue(workspace.problems)
    with pytest.raises(UnknownProblem, match="did you mean two-sum-sorted"):
        catalogue.get("two-sum-sortd")


def test_design_examples_become_named_calls(make_problem: Callable[..., Path]) -> None:
    spec = spec_text(**{
        'signature: "def identity(x: int) -> int"':
            'methods:\n  - "def __init__(self, k: int) -> None"\n'
            '  - "def add(self, val: int) -> int"',
        "judge: exact": "judge: stateful",
        "entry: identity": "entry: Counter",
        "  - input: {x: 1}\n    output: 1":
            "  - calls: [[Counter, 2], [add, 5]]\n    output: [null, 7]",
        "  - input: {x: 0}\n    output: 0": "  - calls: [[Counter, 0]]\n    output: [null]",
    })
    problem = load_problem(make_problem("p", spec=spec))
    assert problem.is_design
    assert problem.examples[0].input == {"calls": [["__init__", {"k": 2}], ["add", {"val": 5}]]}
