# Wrong: only tries to build a run of the letter that is most common in the whole string;
# the best run may be of another letter.
def character_replacement(s: str, k: int) -> int:
    letter = max(sorted(set(s)), key=s.count)
    start = others = best = 0
    for end, c in enumerate(s):
        if c != letter:
            others += 1
        while others > k:
            if s[start] != letter:
                others -= 1
            start += 1
        best = max(best, end - start + 1)
    return best
