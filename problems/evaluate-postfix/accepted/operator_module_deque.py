# Accepted: collections.deque as the stack and the operator module's functions;
# division of the absolute values, with the sign put back (truncates toward zero).
import operator
from collections import deque


def _div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


FUNCS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": _div}


def eval_rpn(tokens: list[str]) -> int:
    stack = deque()
    for token in tokens:
        func = FUNCS.get(token)
        if func is None:
            stack.append(int(token))
        else:
            b, a = stack.pop(), stack.pop()
            stack.append(func(a, b))
    return stack[0]
