# Correct but O(len(text) * len(pattern)): counts every window from scratch.
from collections import Counter


def contains_permutation(pattern: str, text: str) -> bool:
    need = Counter(pattern)
    m = len(pattern)
    for i in range(len(text) - m + 1):
        if Counter(text[i:i + m]) == need:
            return True
    return False
