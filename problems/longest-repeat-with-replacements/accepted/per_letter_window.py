# Accepted: for each letter that occurs, the longest window holding at most k other
# letters (two pointers); at most 26 linear passes.
def character_replacement(s: str, k: int) -> int:
    best = 0
    for letter in set(s):
        left = 0
        others = 0
        for right, ch in enumerate(s):
            if ch != letter:
                others += 1
            while others > k:
                if s[left] != letter:
                    others -= 1
                left += 1
            best = max(best, right - left + 1)
    return best
