# Accepted: functools.cache over suffixes, each returning a tuple of partitions as tuples.
from functools import cache


def palindrome_partitions(s: str) -> list[list[str]]:
    @cache
    def parts(i):
        if i == len(s):
            return ((),)
        out = []
        for j in range(i + 1, len(s) + 1):
            if s[i:j] == s[i:j][::-1]:
                out.extend((s[i:j],) + rest for rest in parts(j))
        return tuple(out)

    return [list(p) for p in parts(0)]
