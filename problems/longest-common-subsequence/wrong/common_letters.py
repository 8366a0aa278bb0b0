# Wrong: counts the letters the strings share (with multiplicity) and ignores their order.
from collections import Counter


def longest_common_subsequence(a: str, b: str) -> int:
    return sum((Counter(a) & Counter(b)).values())
