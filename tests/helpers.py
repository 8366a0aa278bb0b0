"""Small valid problem files for tests that need a problem but not a real one."""

MINIMAL_SPEC = """\
slug: {slug}
title: {title}
topic: {topic}
difficulty: {difficulty}
entry: identity
signature: "def identity(x: int) -> int"
judge: exact
complexity: {{optimal: O(1), naive: same}}
statement: Return x.
examples:
  - input: {{x: 1}}
    output: 1
    explanation: one is one.
  - input: {{x: 0}}
    output: 0
    explanation: zero is zero.
hints: [Return it., Really.]
"""

MINIMAL_REFERENCE = """\
from hypothesis import strategies as st


def identity(x: int) -> int:
    return x


def inputs():
    return st.fixed_dictionaries({"x": st.integers(-5, 5)})
"""
