# Accepted: counts in a 128-slot list indexed by ord(), and a missing counter.
def min_window(s: str, t: str) -> str:
    count = [0] * 128
    for ch in t:
        count[ord(ch)] += 1
    missing = len(t)
    i = start = 0
    end = -1
    for j, ch in enumerate(s, 1):
        k = ord(ch)
        if count[k] > 0:
            missing -= 1
        count[k] -= 1
        if not missing:
            while count[ord(s[i])] < 0:
                count[ord(s[i])] += 1
                i += 1
            if end < 0 or j - i < end - start:
                start, end = i, j
            count[ord(s[i])] += 1
            missing += 1
            i += 1
    return s[start:end] if end >= 0 else ""
