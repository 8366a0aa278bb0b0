# Wrong: compares the counts before sliding in each new letter, so the window that ends
# at the last letter of the text is never compared.
def contains_permutation(pattern: str, text: str) -> bool:
    m = len(pattern)
    if m > len(text):
        return False
    need = [0] * 26
    have = [0] * 26
    for c in pattern:
        need[ord(c) - 97] += 1
    for c in text[:m]:
        have[ord(c) - 97] += 1
    for i in range(m, len(text)):
        if have == need:
            return True
        have[ord(text[i]) - 97] += 1
        have[ord(text[i - m]) - 97] -= 1
    return False
