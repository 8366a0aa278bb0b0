# Correct but O(n^2): deletes adjacent matching pairs until none is left; a deeply nested
# string needs one pass per level of nesting.
def is_valid_brackets(s: str) -> bool:
    while "()" in s or "[]" in s or "{}" in s:
        s = s.replace("()", "").replace("[]", "").replace("{}", "")
    return s == ""
