# Hashes each prefix forwards and backwards at once; the longest prefix whose two hashes
# agree is the palindromic one (modulo the Mersenne prime 2^61 - 1).
def shortest_palindrome(s: str) -> str:
    MOD = (1 << 61) - 1
    BASE = 911382323
    forward = backward = 0
    power = 1
    best = 0
    for i, c in enumerate(s):
        x = ord(c)
        forward = (forward * BASE + x) % MOD
        backward = (backward + x * power) % MOD
        power = power * BASE % MOD
        if forward == backward:
            best = i + 1
    return s[best:][::-1] + s
