# Wrong: the last start position tried is len(text) - len(pattern) - 1, one too early,
# so an occurrence at the very end of the text is missed.
def find_occurrences(text: str, pattern: str) -> list[int]:
    found = []
    for i in range(len(text) - len(pattern)):
        if text[i:i + len(pattern)] == pattern:
            found.append(i)
    return found
