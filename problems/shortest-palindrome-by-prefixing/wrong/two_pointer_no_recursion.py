# Wrong: the two-pointer scan's matched part s[:i] need not be a palindrome itself;
# without recursing on it the result can be no palindrome at all.
def shortest_palindrome(s: str) -> str:
    i = 0
    for j in range(len(s) - 1, -1, -1):
        if s[i] == s[j]:
            i += 1
    return s[i:][::-1] + s
