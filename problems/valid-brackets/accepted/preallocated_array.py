# Accepted: a preallocated list with a top index instead of append/pop, brackets
# compared by their position in the strings "([{" and ")]}".
def is_valid_brackets(s: str) -> bool:
    openers, closers = "([{", ")]}"
    stack = [0] * len(s)
    top = 0
    for ch in s:
        k = openers.find(ch)
        if k >= 0:
            stack[top] = k
            top += 1
        else:
            if top == 0 or stack[top - 1] != closers.index(ch):
                return False
            top -= 1
    return top == 0
