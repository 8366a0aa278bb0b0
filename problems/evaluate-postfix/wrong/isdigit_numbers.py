# Wrong: recognises numbers with str.isdigit(), which is False for "-5", so a negative
# number is taken for the minus operator.
def eval_rpn(tokens: list[str]) -> int:
    stack = []
    for token in tokens:
        if token.isdigit():
            stack.append(int(token))
            continue
        b = stack.pop()
        a = stack.pop()
        if token == "+":
            stack.append(a + b)
        elif token == "*":
            stack.append(a * b)
        elif token == "/":
            stack.append(int(a / b))
        else:
            stack.append(a - b)
    return stack[0]
