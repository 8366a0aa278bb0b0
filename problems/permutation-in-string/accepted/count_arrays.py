# Two lists of 26 counts, compared after each slide: O(26 * len(text)).
def contains_permutation(pattern: str, text: str) -> bool:
    if len(pattern) > len(text):
        return False
    p = [0] * 26
    w = [0] * 26
    for c in pattern:
        p[ord(c) - ord('a')] += 1
    left = 0
    for right, c in enumerate(text):
        w[ord(c) - ord('a')] += 1
        if right - left + 1 > len(pattern):
            w[ord(text[left]) - ord('a')] -= 1
            left += 1
        if w == p:
            return True
    return False
