from __future__ import annotations

from trainer.grading.scan import compile_error, find_forbidden
from trainer.problems.forbid import Forbid

SOURCE = """\
import heapq
def f(nums, text):
    a = sorted(nums)
    nums.sort()
    b = 2 ** 3
    for x in nums:
        if x in text:
            pass
    return getattr(__builtins__, "sorted")(nums), "sorted is a word"
"""


def test_each_banned_use_is_named_with_its_line() -> None:
    forbid = Forbid(names=("sorted",), attributes=("sort",), modules=("heapq",),
                    operators=("**", "in"))
    found = [(f.line, f.message) for f in find_forbidden(SOURCE, forbid)]
    assert found == [
        (1, "importing heapq is not allowed here"),
        (3, "sorted is not allowed in this problem"),
        (4, ".sort is not allowed in this problem"),
        (5, "the ** operator is not allowed here"),
        (7, "the in operator is not allowed here"),
        (9, "'sorted' is not allowed here"),
    ]


def test_nothing_banned_means_nothing_found() -> None:
    assert find_forbidden(SOURCE, Forbid()) == []


def test_syntax_errors_have_lines() -> None:
    error = compile_error("x = 1\ndef f(:\n", "f.py")
    assert error is not None and error.line == 2
