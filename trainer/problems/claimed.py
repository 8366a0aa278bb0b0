"""The complexity a learner claims, read from the `# Complexity:` line of their file.

    # Complexity: time O(n log n), space O(1)      -> Claims(time=O(n log n), space=O(1))
    # complexity: O(N^2) time; O(n) extra space    -> the same, labels after the bound
    # Complexity: time O(?), space O(?)            -> no claim (the stub's line)

Reading is tolerant: case, spaces, `n²`, `n**2`, `nlogn`, `lg n`, `m x n`, `Θ(...)`, a
bound without `O(...)`. A claim is read as a growth in the problem's sizes: its degree
(every size variable counted, `O(m*n)` is 2) and, as the project reads a `space:` bound,
its power of the input's size (`O(m*n)`, a grid, is 1). Logarithms are counted apart:
a measurement over doubling sizes cannot see them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# `# Complexity: ...` (or `=`, `-`): without the mark, `# complexity ladder ...` is prose.
LINE = re.compile(r"^\s*#+\s*complexity\s*[:=\-–](?P<rest>.*)$", re.IGNORECASE)
TIME_WORDS = ("runtime", "time")
SPACE_WORDS = ("extra space", "extra memory", "auxiliary space", "space", "memory")
UNKNOWN = {"", "?", "??", "...", "…", "tbd", "todo", "n/a"}
SUPERSCRIPTS = str.maketrans({"²": "^2", "³": "^3", "⁴": "^4", "ⁿ": "^n", "·": "*",
                              "×": "*", "∙": "*", "⋅": "*", "√": "sqrt"})
CONSTANT_FUNCTIONS = {"alpha", "α", "ackermann"}  # the inverse Ackermann function
SIZE_FUNCTIONS = {"len", "size", "max", "min", "abs"}  # len(text): a size
PAIR_LETTERS = set("mnkqvelrc")  # `mn`, `nk`: two sizes written together


@dataclass(frozen=True)
class Bound:
    text: str  # as shown back to the learner: `O(n log n)`
    degree: float  # every size variable counted (math.inf: exponential)
    size_power: float  # of the input's size: a product of several sizes counts once
    logs: int
    variables: frozenset[str]

    @property
    def exponential(self) -> bool:
        return math.isinf(self.degree)


@dataclass(frozen=True)
class Claim:
    """One claimed bound: its text, and the bound when it could be read (None: not)."""
    text: str
    bound: Bound | None


@dataclass(frozen=True)
class Claims:
    time: Claim | None = None
    space: Claim | None = None

    def __bool__(self) -> bool:
        return self.time is not None or self.space is not None


def claims_in(source: str) -> Claims:
    """The first `# Complexity:` line of a file, read; Claims() without one."""
    for line in source.splitlines():
        match = LINE.match(line)
        if match:
            return read_claims(match["rest"])
    return Claims()


def read_claims(text: str) -> Claims:
    """`time O(n), space O(1)` (labels before or after, any order; without labels the
    first bound is time, the second space)."""
    found: dict[str, Claim | None] = {"time": None, "space": None}
    unlabelled: list[Claim | None] = []
    for part in _parts(text):
        label, rest = _label(part)
        claim = _claim(rest)
        if label is None:
            unlabelled.append(claim)
        elif found[label] is None:
            found[label] = claim
    for claim in unlabelled:
        for name in ("time", "space"):
            if found[name] is None and not _taken(name, text):
                found[name] = claim
                break
    return Claims(found["time"], found["space"])


def _taken(name: str, text: str) -> bool:
    words = TIME_WORDS if name == "time" else SPACE_WORDS
    return any(re.search(rf"\b{word}\b", text, re.IGNORECASE) for word in words)


def _parts(text: str) -> list[str]:
    """Split at commas, semicolons and ` and ` outside parentheses."""
    parts, depth, current = [], 0, ""
    index = 0
    while index < len(text):
        char = text[index]
        depth += char == "("
        depth -= char == ")"
        if depth <= 0 and (char in ",;" or text[index:index + 5].lower() == " and "):
            parts.append(current)
            current = ""
            index += 5 if char == " " else 1
            continue
        current += char
        index += 1
    parts.append(current)
    return [part.strip() for part in parts if part.strip()]


def _label(part: str) -> tuple[str | None, str]:
    lowered = part.lower()
    for name, words in (("space", SPACE_WORDS), ("time", TIME_WORDS)):
        for word in words:
            match = re.search(rf"\b{word}\b", lowered)
            if match:
                rest = part[:match.start()] + " " + part[match.end():]
                return name, rest.strip(" :=-")
    return None, part.strip(" :=-")


def _claim(text: str) -> Claim | None:
    """The bound in `text`: `O(...)` (or Θ, Ω), else the bare expression; None for `?`."""
    match = re.search(r"[OoΘθΩ]\s*\(", text)
    if match:
        start = match.end()
        depth, end = 1, start
        while end < len(text) and depth:
            depth += text[end] == "("
            depth -= text[end] == ")"
            end += 1
        inner = text[start:end - 1] if depth == 0 else text[start:]
    else:
        inner = text
    inner = " ".join(inner.split())
    if inner.lower() in UNKNOWN or set(inner) <= set("?. "):
        return None
    return Claim(f"O({inner})", read_bound(inner))


def read_bound(expression: str) -> Bound | None:
    """The growth of `n log n`, `m*n + q`, `2^n`, ...; None when it cannot be read."""
    tokens = _tokens(expression)
    if tokens is None:
        return None
    parser = _Parser(tokens)
    try:
        value = parser.expression()
    except _Unreadable:
        return None
    if parser.position != len(tokens):
        return None
    return Bound(f"O({expression.strip()})", value.degree, value.size_power, value.logs,
                 frozenset(value.variables))


# -- reading an expression ---------------------------------------------------------------
class _Unreadable(Exception):
    pass


@dataclass
class _Value:
    degree: float = 0.0
    size_power: float = 0.0
    logs: int = 0
    variables: frozenset[str] = frozenset()
    number: float | None = None  # a plain constant
    word: bool = False  # a bare name longer than a letter: `rows`, `bits`


def _tokens(expression: str) -> list[str] | None:
    text = expression.translate(SUPERSCRIPTS).lower().replace("**", "^")
    text = re.sub(r"\|([^|]+)\|", r"abs(\1)", text)  # log |n|
    text = re.sub(r"\blg\b", "log", text)
    text = re.sub(r"log_?\d+", "log", text)  # log2 n, log_2 n: a log is a log
    text = re.sub(r"(?<=[a-z0-9)])\s+x\s+(?=[a-z(])", " * ", text)  # `m x n`
    tokens: list[str] = []
    for match in re.finditer(r"\s*([a-zα_][a-z0-9_α]*|\d+(?:\.\d+)?|[-+*/^()!])", text):
        tokens.append(match[1])
    if "".join(tokens) != re.sub(r"\s+", "", text):
        return None
    split: list[str] = []
    for token in tokens:  # `nlogn` -> n log n; `logn` -> log n
        if "log" in token and token != "log" and token[0].isalpha():
            pieces = [piece for piece in re.split(r"(log)", token) if piece]
            split.extend(pieces)
        else:
            split.append(token)
    return split


class _Parser:
    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.position = 0

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self) -> str:
        token = self.peek()
        if token is None:
            raise _Unreadable
        self.position += 1
        return token

    def expression(self) -> _Value:
        value = self.term()
        while self.peek() in ("+", "-"):
            self.take()
            other = self.term()
            value = _Value(max(value.degree, other.degree),
                           max(value.size_power, other.size_power),
                           max(value.logs, other.logs), value.variables | other.variables)
        return value

    def term(self) -> _Value:
        value = self.factor()
        while True:
            token = self.peek()
            if token in ("*", "/"):
                self.take()
                other = self.factor()
                if token == "/":
                    if other.number is None:
                        raise _Unreadable  # n / k: too clever to read
                    continue
            elif token is not None and token not in ("+", "-", ")", "^", "!"):
                other = self.factor()  # written side by side: `n log n`, `E log V`
                if value.word or other.word:
                    raise _Unreadable  # `number of bits`: words, not a bound
            else:
                return value
            value = _product(value, other)

    def factor(self) -> _Value:
        value = self.atom()
        if self.peek() == "!":
            self.take()
            return _Value(math.inf, math.inf, 0, value.variables)
        if self.peek() == "^":
            self.take()
            power = self.atom()
            if power.number is None:
                if value.number is not None and value.number > 1:
                    return _Value(math.inf, math.inf, 0, power.variables)  # 2^n
                raise _Unreadable  # n^k
            if value.number is not None:
                return _Value(number=value.number ** power.number)
            return _Value(value.degree * power.number, value.size_power * power.number,
                          value.logs, value.variables)
        return value

    def atom(self) -> _Value:
        token = self.take()
        if token == "(":
            value = self.expression()
            if self.take() != ")":
                raise _Unreadable
            return value
        if re.fullmatch(r"\d+(?:\.\d+)?", token):
            return _Value(number=float(token))
        if not re.fullmatch(r"[a-zα_][a-z0-9_α]*", token):
            raise _Unreadable
        if token == "log":
            inner = self.atom() if self.peek() == "(" else self.factor()
            return _Value(0.0, 0.0, inner.logs + 1, inner.variables)
        if token == "sqrt":
            inner = self.atom()
            return _Value(inner.degree / 2, inner.size_power / 2, inner.logs, inner.variables)
        if token in CONSTANT_FUNCTIONS or token in SIZE_FUNCTIONS:
            inner = self.atom() if self.peek() == "(" else _Value()
            if token in CONSTANT_FUNCTIONS:
                return _Value(variables=inner.variables)
            return inner if inner.variables else _Value(1.0, 1.0, 0, frozenset({token}))
        if len(token) == 2 and token[0] != token[1] and set(token) <= PAIR_LETTERS:
            return _Value(2.0, 1.0, 0, frozenset(token))  # `mn`: m times n
        return _Value(1.0, 1.0, 0, frozenset({token}), word=len(token) > 1)


def _product(left: _Value, right: _Value) -> _Value:
    if left.number is not None and right.number is not None:
        return _Value(number=left.number * right.number)
    variables = left.variables | right.variables
    degree = left.degree + right.degree
    # Several different sizes multiplied are the size of the input (a grid): power 1.
    sized = [v for v in (left, right) if v.size_power > 0]
    if len(sized) == 2 and left.variables != right.variables and not (
            math.isinf(left.size_power) or math.isinf(right.size_power)):
        size_power = max(1.0, max(left.size_power, right.size_power))
    else:
        size_power = left.size_power + right.size_power
    return _Value(degree, size_power, left.logs + right.logs, variables)
