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


SORTS = Forbid(names=("sorted",), attributes=("sort",), modules=("heapq",))


def banned(source: str, forbid: Forbid = SORTS) -> list[int]:
    return [finding.line for finding in find_forbidden(source, forbid)]


def test_a_variable_parameter_or_attribute_named_like_a_banned_builtin_is_no_use() -> None:
    source = """\
def merge_sort(nums, sorted_flag=False):
    n = len(nums)
    sorted = [0] * n
    for k in range(n):
        sorted[k] = nums[k]
    def inner():
        return sorted[0]
    return sorted

def helper(sorted):
    return [x for x in sorted]

class Buffer:
    def __init__(self):
        self.sorted = []
        self.sort = None
    def sort_all(self):
        return self.sorted, self.sort
"""
    assert banned(source) == []


def test_a_module_level_variable_shadows_the_builtin_after_it_is_bound() -> None:
    assert banned("sorted = []\ndef f(a):\n    return sorted\n") == []
    assert banned("x = sorted([2, 1])\nsorted = []\n") == [1]
    assert banned("if False:\n    sorted = []\ndef f(a):\n    return sorted(a)\n") == [4]
    assert banned("sorted = []\ndel sorted\ndef f(a):\n    return sorted(a)\n") == [4]


def test_every_alias_of_the_builtin_is_a_use() -> None:
    assert banned("s = sorted\ndef f(a):\n    return s(a)\n") == [1]
    assert banned("def f(a):\n    return sorted(a)\n") == [2]
    assert banned("def f(a):\n    return [sorted(x) for x in a]\n") == [2]
    assert banned("def f(a):\n    return max(a, key=lambda x: sorted(x))\n") == [2]
    assert banned("import builtins as b\ndef f(a):\n    return b.sorted(a)\n") == [3]
    assert banned("import builtins\ndef f(a):\n    return getattr(builtins, 'sorted')(a)\n") \
        == [3]
    assert banned("from builtins import sorted as s\n") == [1]
    assert banned("def f(a):\n    return __builtins__['sorted'](a)\n") == [2]
    assert banned("import heapq\n") == [1]
    assert banned("from heapq import merge\n") == [1]
    assert banned("def f(a):\n    a.sort()\n") == [2]
    # the name is the function's own only inside the function that binds it
    assert banned("def f(a):\n    sorted = 1\n    return sorted\ndef g(a):\n"
                  "    return sorted(a)\n") == [5]


def test_an_attribute_ban_covers_the_import_of_the_same_function() -> None:
    powers = Forbid(names=("pow",), attributes=("pow",), operators=("**",))
    assert banned("from math import pow\n", powers) == [1]
    assert banned("import math\ndef f(x, n):\n    return math.pow(x, n)\n", powers) == [3]
    assert banned("def f(x, n):\n    pow = n\n    while pow:\n        pow //= 2\n"
                  "    return x\n", powers) == []


def test_a_banned_name_in_an_annotation_is_no_use() -> None:
    source = """\
def multiply(num1: str, num2: str) -> str:
    digit: int = 0
    def value(d: int) -> int:
        return ord(d) - 48
    width: int
    total = int(num1)
    return str(total)
"""
    found = [(f.line, f.message) for f in find_forbidden(source, Forbid(names=("int",)))]
    assert found == [(6, "int is not allowed in this problem")]


def test_plus_and_minus_may_be_banned_but_not_a_negative_number() -> None:
    source = "def add(a, b):\n    total = a + b\n    total -= 1\n    return -total\n"
    found = [(f.line, f.message) for f in find_forbidden(source, Forbid(operators=("+", "-")))]
    assert found == [(2, "the + operator is not allowed here"),
                     (3, "the - operator is not allowed here")]
