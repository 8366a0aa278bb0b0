# Correct but O(len(text) * len(pattern) log len(pattern)): sorts every window and
# compares it with the sorted pattern.
def contains_permutation(pattern: str, text: str) -> bool:
    target = sorted(pattern)
    m = len(pattern)
    for i in range(len(text) - m + 1):
        if sorted(text[i:i + m]) == target:
            return True
    return False
