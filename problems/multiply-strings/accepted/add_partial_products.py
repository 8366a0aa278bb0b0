# Accepted: multiplies a by each digit of b into a partial product string, shifts it with zeros, and adds the strings digit by digit.
DIGIT = {str(d): d for d in range(10)}


def add(x: str, y: str) -> str:
    out = []
    i, j, carry = len(x) - 1, len(y) - 1, 0
    while i >= 0 or j >= 0 or carry:
        s = carry
        if i >= 0:
            s += DIGIT[x[i]]
            i -= 1
        if j >= 0:
            s += DIGIT[y[j]]
            j -= 1
        out.append(str(s % 10))
        carry = s // 10
    return "".join(reversed(out))


def times_digit(x: str, d) -> str:
    out = []
    carry = 0
    for ch in reversed(x):
        p = DIGIT[ch] * d + carry
        out.append(str(p % 10))
        carry = p // 10
    if carry:
        out.append(str(carry))
    return "".join(reversed(out))


def multiply_strings(a: str, b: str) -> str:
    if a == "0" or b == "0":
        return "0"
    total = "0"
    for shift, ch in enumerate(reversed(b)):
        if ch != "0":
            total = add(total, times_digit(a, DIGIT[ch]) + "0" * shift)
    return total
