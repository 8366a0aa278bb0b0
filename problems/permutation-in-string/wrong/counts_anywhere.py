# Wrong: checks that the text holds enough of each letter of the pattern anywhere, not
# inside one contiguous window.
from collections import Counter


def contains_permutation(pattern: str, text: str) -> bool:
    have = Counter(text)
    return all(have[c] >= k for c, k in Counter(pattern).items())
