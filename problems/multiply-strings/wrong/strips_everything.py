# Wrong: strips every leading zero with lstrip("0"), so a zero product comes back as the empty string.
def multiply_strings(a: str, b: str) -> str:
    res = [0] * (len(a) + len(b))
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            p = (ord(a[i]) - 48) * (ord(b[j]) - 48) + res[i + j + 1]
            res[i + j + 1] = p % 10
            res[i + j] += p // 10
    return "".join(chr(d + 48) for d in res).lstrip("0")
