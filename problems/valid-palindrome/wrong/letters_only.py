# Wrong: keeps only letters (isalpha), dropping the digits, so "0P" looks like "p".
def is_palindrome(s: str) -> bool:
    kept = [c.lower() for c in s if c.isalpha()]
    return kept == kept[::-1]
