# Accepted: a dict from operator token to a lambda; division via int(a / b), which
# truncates toward zero (exact here: every operand is far below 2^53).
OPS = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: int(a / b),
}


def eval_rpn(tokens: list[str]) -> int:
    stack = []
    for token in tokens:
        if token in OPS:
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[token](a, b))
        else:
            stack.append(int(token))
    return stack.pop()
