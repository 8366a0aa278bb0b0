# Wrong: the search for a palindromic prefix starts at length len(s) - 1, so a string
# that is already a palindrome still gets letters added.
def shortest_palindrome(s: str) -> str:
    for length in range(len(s) - 1, 0, -1):
        if s[:length] == s[:length][::-1]:
            return s[length:][::-1] + s
    return s[1:][::-1] + s
