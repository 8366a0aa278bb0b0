# Wrong: compares the sets of letters of each window and of the pattern, not their
# counts, so "aab" seems to match the window "abb".
def contains_permutation(pattern: str, text: str) -> bool:
    m = len(pattern)
    letters = set(pattern)
    for i in range(len(text) - m + 1):
        if set(text[i:i + m]) == letters:
            return True
    return False
