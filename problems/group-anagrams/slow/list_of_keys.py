# Correct but O(N^2*k): keeps the signatures in a list, so finding a word's group is a
# linear search over all groups.
def group_anagrams(words: list[str]) -> list[list[str]]:
    keys = []
    groups = []
    for word in words:
        key = "".join(sorted(word))
        if key in keys:
            groups[keys.index(key)].append(word)
        else:
            keys.append(key)
            groups.append([word])
    return groups
