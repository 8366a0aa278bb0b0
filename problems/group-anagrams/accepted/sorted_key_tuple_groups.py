# Accepted: sorted letters as the key; each group returned as a tuple (a list of tuples).
def group_anagrams(words: list[str]) -> list[list[str]]:
    groups = {}
    for word in words:
        key = "".join(sorted(word))
        if key not in groups:
            groups[key] = []
        groups[key].append(word)
    return [tuple(group) for group in groups.values()]
