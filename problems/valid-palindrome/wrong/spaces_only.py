# Wrong: removes only the spaces, so punctuation still takes part in the comparison.
def is_palindrome(s: str) -> bool:
    kept = s.replace(" ", "").lower()
    return kept == kept[::-1]
