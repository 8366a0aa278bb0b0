# Accepted: reversed digit lists via ord, products added into a result list and carried with divmod in the same loop.
def multiply_strings(a: str, b: str) -> str:
    if a == "0" or b == "0":
        return "0"
    x = [ord(c) - 48 for c in reversed(a)]
    y = [ord(c) - 48 for c in reversed(b)]
    res = [0] * (len(x) + len(y))
    for i, dx in enumerate(x):
        carry = 0
        for j, dy in enumerate(y):
            carry, res[i + j] = divmod(res[i + j] + dx * dy + carry, 10)
        res[i + len(y)] += carry
    while len(res) > 1 and res[-1] == 0:
        res.pop()
    return "".join(chr(d + 48) for d in reversed(res))
