# Accepted: pushes the closer each opener expects; a closer must equal the popped one.
def is_valid_brackets(s: str) -> bool:
    if len(s) % 2:
        return False
    match = {"(": ")", "[": "]", "{": "}"}
    expected = []
    for ch in s:
        if ch in match:
            expected.append(match[ch])
        elif not expected or expected.pop() != ch:
            return False
    return len(expected) == 0
