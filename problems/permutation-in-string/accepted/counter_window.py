# Slides a Counter over the text, deleting letters whose count drops to zero, and compares
# it with the pattern's Counter at each step.
from collections import Counter


def contains_permutation(pattern: str, text: str) -> bool:
    need = Counter(pattern)
    m = len(pattern)
    window = Counter(text[:m])
    if window == need:
        return True
    for i in range(m, len(text)):
        window[text[i]] += 1
        old = text[i - m]
        window[old] -= 1
        if window[old] == 0:
            del window[old]
        if window == need:
            return True
    return False
