# Wrong: only tries pieces of one or two letters, so longer palindromes such as "aba"
# or "aaa" never become a piece.
def palindrome_partitions(s: str) -> list[list[str]]:
    out = []

    def rec(i, cur):
        if i == len(s):
            out.append(list(cur))
            return
        rec(i + 1, cur + [s[i]])
        if i + 1 < len(s) and s[i] == s[i + 1]:
            rec(i + 2, cur + [s[i:i + 2]])

    rec(0, [])
    return out
