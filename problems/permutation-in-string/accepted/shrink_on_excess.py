# A variable window that never holds more of a letter than the pattern: when it reaches
# the pattern's length it is a rearrangement.
def contains_permutation(pattern: str, text: str) -> bool:
    budget = {}
    for ch in pattern:
        budget[ch] = budget.get(ch, 0) + 1
    start = 0
    for end, ch in enumerate(text):
        budget[ch] = budget.get(ch, 0) - 1
        while budget[ch] < 0:
            budget[text[start]] += 1
            start += 1
        if end - start + 1 == len(pattern):
            return True
    return False
