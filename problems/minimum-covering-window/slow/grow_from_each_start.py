# Correct but O(len(s)^2): from every start, grows a window one character at a time until
# it covers t.
from collections import Counter


def min_window(s: str, t: str) -> str:
    need = Counter(t)
    best = ""
    for i in range(len(s)):
        left = dict(need)
        missing = len(t)
        for j in range(i, len(s)):
            c = s[j]
            if left.get(c, 0) > 0:
                left[c] -= 1
                missing -= 1
                if missing == 0:
                    if not best or j - i + 1 < len(best):
                        best = s[i:j + 1]
                    break
    return best
