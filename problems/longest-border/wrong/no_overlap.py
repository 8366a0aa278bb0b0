# Wrong: only tries borders up to half the length, as if the prefix and the suffix could
# not overlap; "aaaa" has the border "aaa".
def longest_border(s: str) -> str:
    for length in range(len(s) // 2, 0, -1):
        if s[:length] == s[len(s) - length:]:
            return s[:length]
    return ""
