# Wrong: only asks for each distinct character of t once, so t = "aa" is covered by a
# single 'a'.
def min_window(s: str, t: str) -> str:
    need = set(t)
    count = {}
    best = ""
    left = 0
    for right, ch in enumerate(s):
        count[ch] = count.get(ch, 0) + 1
        while all(count.get(c, 0) > 0 for c in need):
            if not best or right - left + 1 < len(best):
                best = s[left:right + 1]
            count[s[left]] -= 1
            left += 1
    return best
