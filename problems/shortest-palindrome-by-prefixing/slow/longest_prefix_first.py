# Correct but O(n^2): tries every prefix, longest first, and tests it by reversing it.
def shortest_palindrome(s: str) -> str:
    for length in range(len(s), 0, -1):
        prefix = s[:length]
        if prefix == prefix[::-1]:
            return s[length:][::-1] + s
    return s
