# Wrong: groups by the set of letters, ignoring how many times each occurs, so "aab" and
# "abb" land in the same group.
def group_anagrams(words: list[str]) -> list[list[str]]:
    groups = {}
    for word in words:
        groups.setdefault("".join(sorted(set(word))), []).append(word)
    return list(groups.values())
