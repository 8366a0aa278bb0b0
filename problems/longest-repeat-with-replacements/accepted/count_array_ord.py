# Accepted: a 26-slot count list indexed by ord(c) - ord('A'), the non-shrinking window,
# and the answer read off as len(s) - start at the end.
def character_replacement(s: str, k: int) -> int:
    count = [0] * 26
    start = 0
    most = 0
    for end in range(len(s)):
        i = ord(s[end]) - 65
        count[i] += 1
        most = max(most, count[i])
        if end - start + 1 > most + k:
            count[ord(s[start]) - 65] -= 1
            start += 1
    return len(s) - start
