# Wrong: forgets to lowercase, so "Aa" is judged not a palindrome.
def is_palindrome(s: str) -> bool:
    kept = [c for c in s if c.isalnum()]
    return kept == kept[::-1]
