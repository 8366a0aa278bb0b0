# Wrong: collects each group in a set, so a word that occurs several times is kept once.
def group_anagrams(words: list[str]) -> list[list[str]]:
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), set()).add(word)
    return [list(group) for group in groups.values()]
