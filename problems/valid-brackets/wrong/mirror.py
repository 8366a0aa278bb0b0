# Wrong: checks that the string is a mirror image (s[i] closes by s[n-1-i]), which
# accepts "([])" but rejects balanced sequences side by side such as "()[]".
def is_valid_brackets(s: str) -> bool:
    match = {"(": ")", "[": "]", "{": "}"}
    n = len(s)
    if n % 2:
        return False
    for i in range(n // 2):
        if match.get(s[i]) != s[n - 1 - i]:
            return False
    return True
