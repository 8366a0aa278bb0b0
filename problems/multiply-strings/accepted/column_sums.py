# Accepted: sums each column of digit products first (a convolution), then one carry pass from the right, with lstrip for the leading zeros.
def multiply_strings(a: str, b: str) -> str:
    m, n = len(a), len(b)
    cols = [0] * (m + n - 1)
    da = [ord(ch) - ord("0") for ch in a]
    db = [ord(ch) - ord("0") for ch in b]
    for i in range(m):
        for j in range(n):
            cols[i + j] += da[i] * db[j]
    digits = []
    carry = 0
    for k in range(len(cols) - 1, -1, -1):
        carry += cols[k]
        digits.append(carry % 10)
        carry //= 10
    while carry:
        digits.append(carry % 10)
        carry //= 10
    text = "".join("0123456789"[d] for d in reversed(digits))
    return text.lstrip("0") or "0"
