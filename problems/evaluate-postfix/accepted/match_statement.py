# Accepted: structural pattern matching on each token; floor division corrected toward zero.
def eval_rpn(tokens: list[str]) -> int:
    stack: list[int] = []
    for token in tokens:
        match token:
            case "+" | "-" | "*" | "/":
                right = stack.pop()
                left = stack.pop()
                match token:
                    case "+":
                        stack.append(left + right)
                    case "-":
                        stack.append(left - right)
                    case "*":
                        stack.append(left * right)
                    case "/":
                        quotient = left // right
                        if quotient < 0 and quotient * right != left:
                            quotient += 1  # // rounded down; truncate toward zero instead
                        stack.append(quotient)
            case _:
                stack.append(int(token))
    return stack[-1]
