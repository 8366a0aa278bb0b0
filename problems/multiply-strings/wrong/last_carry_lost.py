# Wrong: keeps only m + n - 1 digit places and never writes the carry out of the leftmost column, so 99 * 99 comes out as 801.
def multiply_strings(a: str, b: str) -> str:
    if a == "0" or b == "0":
        return "0"
    cols = [0] * (len(a) + len(b) - 1)
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            cols[i + j] += (ord(x) - 48) * (ord(y) - 48)
    carry = 0
    for k in range(len(cols) - 1, -1, -1):
        carry, cols[k] = divmod(cols[k] + carry, 10)
    return "".join(chr(d + 48) for d in cols)
