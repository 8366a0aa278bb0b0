# Recursion on the start index, memoized with functools.cache: ways(i) = ways(i + 1)
# for a one-digit piece plus ways(i + 2) for a two-digit piece 10..26.
from functools import cache


def num_decodings(s: str) -> int:
    @cache
    def ways(i):
        if i == len(s):
            return 1
        if s[i] == "0":
            return 0
        total = ways(i + 1)
        if i + 1 < len(s) and 10 <= int(s[i:i + 2]) <= 26:
            total += ways(i + 2)
        return total

    return ways(0)
