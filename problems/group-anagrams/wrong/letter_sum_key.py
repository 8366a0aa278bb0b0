# Wrong: uses the sum of the letter codes as the key; different letters can add up to the
# same total ("ad" and "bc"), so non-anagrams get merged.
def group_anagrams(words: list[str]) -> list[list[str]]:
    groups = {}
    for word in words:
        groups.setdefault(sum(ord(c) for c in word), []).append(word)
    return list(groups.values())
