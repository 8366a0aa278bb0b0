import random
from typing import Any

from hypothesis import strategies as st

LOW, HIGH = -(2**31), 2**31 - 1
OPERAND = 200


def _divide(a: int, b: int) -> int:
    """a / b truncated toward zero (Python's // rounds toward minus infinity)."""
    quotient = abs(a) // abs(b)
    return -quotient if (a < 0) != (b < 0) else quotient


def _apply(op: str, a: int, b: int) -> int:
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return _divide(a, b)


def eval_rpn(tokens: list[str]) -> int:
    stack: list[int] = []
    for token in tokens:
        if token in ("+", "-", "*", "/"):
            right = stack.pop()
            left = stack.pop()
            stack.append(_apply(token, left, right))
        else:
            stack.append(int(token))
    return stack[0]


# -- generators -------------------------------------------------------------------------


class _Drawn:
    """The random.Random methods the builder uses, answered by Hypothesis draws."""

    def __init__(self, draw: st.DrawFn) -> None:
        self.draw = draw

    def random(self) -> float:
        return self.draw(st.integers(0, 99)) / 100

    def randint(self, a: int, b: int) -> int:
        return self.draw(st.integers(a, b))

    def choice(self, items: list[Any]) -> Any:
        return self.draw(st.sampled_from(items))


def _valid_ops(a: int, b: int) -> list[str]:
    ops = [op for op in "+-*" if LOW <= _apply(op, a, b) <= HIGH]
    if b != 0 and LOW <= _divide(a, b) <= HIGH:
        ops.append("/")
    return ops


def build(rnd: Any, leaves: int, push_bias: float, operand: Any = None) -> list[str]:
    """A random valid postfix expression with `leaves` numbers, built left to right.

    The stack of pending values decides the shape: with push_bias near 0 operators come
    as soon as possible (a left-deep chain), near 1 numbers pile up first (right-deep).
    Every operator is chosen among those that keep the result in range and never divide
    by zero, so every intermediate value is valid.
    """
    operand = operand or (lambda: rnd.randint(-OPERAND, OPERAND))
    tokens: list[str] = []
    values: list[int] = []
    remaining = leaves
    while remaining or len(values) > 1:
        if remaining and (len(values) < 2 or rnd.random() < push_bias):
            value = operand()
            tokens.append(str(value))
            values.append(value)
            remaining -= 1
        else:
            b = values.pop()
            a = values.pop()
            op = rnd.choice(_valid_ops(a, b))
            tokens.append(op)
            values.append(_apply(op, a, b))
    return tokens


@st.composite
def _small(draw: st.DrawFn) -> dict:
    leaves = draw(st.integers(1, 12))
    bias = draw(st.sampled_from([0.0, 0.3, 0.5, 0.8, 1.0]))
    small = draw(st.booleans())
    drawn = _Drawn(draw)
    operand = (lambda: draw(st.integers(-9, 9))) if small else None
    return {"tokens": build(drawn, leaves, bias, operand)}


@st.composite
def _division(draw: st.DrawFn) -> dict:
    """a b / with every sign combination, zero quotients and inexact quotients."""
    a = draw(st.one_of(st.integers(-OPERAND, OPERAND), st.integers(-9, 9)))
    b = draw(st.one_of(st.integers(-OPERAND, OPERAND), st.integers(-9, 9)).filter(bool))
    tokens = [str(a), str(b), "/"]
    if draw(st.booleans()):  # the quotient used again, e.g. c a b / -
        c = draw(st.integers(-OPERAND, OPERAND))
        op = draw(st.sampled_from("+-*"))
        tokens = [str(c), *tokens, op]
    return {"tokens": tokens}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    leaves = draw(st.integers(1, 2000))  # a smaller count keeps a prefix: it shrinks
    return {"tokens": build(rnd, leaves, draw(st.sampled_from([0.0, 0.5, 0.7, 1.0])))}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.integers(-OPERAND, OPERAND).map(lambda v: {"tokens": [str(v)]}),
        _division(),
        _small(),
        _small(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n numbers: all numbers first then all operators (the stack grows to n), or a mix."""
    return {"tokens": build(rnd, n, rnd.choice([1.0, 0.6]))}
