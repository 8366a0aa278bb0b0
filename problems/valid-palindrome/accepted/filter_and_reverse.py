# Accepted: keeps the lowercased alphanumerics in a list and compares it with its reverse.
def is_palindrome(s: str) -> bool:
    kept = [c.lower() for c in s if c.isalnum()]
    return kept == kept[::-1]
