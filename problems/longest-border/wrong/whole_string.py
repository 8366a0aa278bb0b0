# Wrong: tries lengths from len(s) down, so s itself counts as its own border; a border
# must be shorter than s.
def longest_border(s: str) -> str:
    for length in range(len(s), 0, -1):
        if s[:length] == s[len(s) - length:]:
            return s[:length]
    return ""
