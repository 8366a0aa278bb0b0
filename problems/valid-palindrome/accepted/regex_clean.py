# Accepted: re.sub removes everything but [a-z0-9] from the lowercased string.
import re


def is_palindrome(s: str) -> bool:
    cleaned = re.sub(r"[^a-z0-9]", "", s.lower())
    return cleaned == cleaned[::-1]
