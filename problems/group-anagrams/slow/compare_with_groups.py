# Correct but O(N^2*k): compares each word with the first word of every group found so far.
def group_anagrams(words: list[str]) -> list[list[str]]:
    groups = []
    for word in words:
        letters = sorted(word)
        for group in groups:
            if sorted(group[0]) == letters:
                group.append(word)
                break
        else:
            groups.append([word])
    return groups
