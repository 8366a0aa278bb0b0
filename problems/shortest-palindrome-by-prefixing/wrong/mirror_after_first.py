# Wrong: always mirrors everything after the first letter, which is a palindrome but not
# the shortest when a longer prefix already reads the same both ways.
def shortest_palindrome(s: str) -> str:
    return s[1:][::-1] + s
