# Wrong: takes a piece for a palindrome when its first and last letters match, without
# looking inside ("abca" passes).
def palindrome_partitions(s: str) -> list[list[str]]:
    result = []

    def go(start, pieces):
        if start == len(s):
            result.append(pieces[:])
            return
        for end in range(start, len(s)):
            if s[start] == s[end]:
                pieces.append(s[start:end + 1])
                go(end + 1, pieces)
                pieces.pop()

    go(0, [])
    return result
