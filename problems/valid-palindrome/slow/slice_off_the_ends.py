# Keeps the letters and digits, then compares the two ends and slices them off:
# every slice copies the rest, so O(n^2).
def is_palindrome(s: str) -> bool:
    t = "".join(c.lower() for c in s if c.isalnum())
    while len(t) > 1:
        if t[0] != t[-1]:
            return False
        t = t[1:-1]
    return True
