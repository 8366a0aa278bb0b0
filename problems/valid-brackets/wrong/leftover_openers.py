# Wrong: forgets to check that the stack is empty at the end, so "((" is accepted.
def is_valid_brackets(s: str) -> bool:
    match = {")": "(", "]": "[", "}": "{"}
    stack = []
    for char in s:
        if char in match:
            if not stack or stack.pop() != match[char]:
                return False
        else:
            stack.append(char)
    return True
