from __future__ import annotations

import pytest

from trainer.problems.signature import SignatureError, parse_signature


def test_parameters_and_types() -> None:
    signature = parse_signature("def f(head: ListNode | None, k: int) -> list[list[str]]")
    assert signature.param_names == ("head", "k")
    assert signature.params[0].type.node == "ListNode"
    assert str(signature.returns) == "list[list[str]]"
    assert signature.nodes == {"ListNode"}


def test_methods_drop_self() -> None:
    method = parse_signature("def put(self, key: int, value: int) -> None", method=True)
    assert method.param_names == ("key", "value")
    assert method.returns.name == "None"


@pytest.mark.parametrize("text", [
    "def f(x) -> int", "def f(x: int)", "def f(*xs: int) -> int", "f = 1",
    "def f(x: Foo) -> int",
])
def test_unsupported_signatures_are_errors(text: str) -> None:
    with pytest.raises(SignatureError):
        parse_signature(text)
