# Accepted: the key is a frozenset of collections.Counter items; a generator-built list of groups.
from collections import Counter


def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: dict[frozenset, list[str]] = {}
    for word in words:
        groups.setdefault(frozenset(Counter(word).items()), []).append(word)
    return list(group for group in groups.values())
