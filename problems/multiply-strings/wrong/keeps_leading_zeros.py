# Wrong: strips only the one possible zero at the front of the m + n slots, so a zero product comes out as "00" or longer instead of "0".
def multiply_strings(a: str, b: str) -> str:
    res = [0] * (len(a) + len(b))
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            p = (ord(a[i]) - 48) * (ord(b[j]) - 48) + res[i + j + 1]
            res[i + j + 1] = p % 10
            res[i + j] += p // 10
    if res[0] == 0:
        res = res[1:]
    return "".join(chr(d + 48) for d in res)
