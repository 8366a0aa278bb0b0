# Accepted: polynomial rolling hashes of every prefix and suffix, tried from the longest
# length down; a hash match is confirmed by comparing the strings (expected O(n)).
def longest_border(s: str) -> str:
    mod = (1 << 61) - 1
    base = 131
    n = len(s)
    prefix_hash = [0] * n  # hash of s[:length] at index length - 1
    h = 0
    for i, c in enumerate(s):
        h = (h * base + ord(c)) % mod
        prefix_hash[i] = h
    suffix_hash = [0] * n  # hash of s[n - length:] at index length - 1
    h, weight = 0, 1
    for length in range(1, n + 1):
        h = (h + ord(s[n - length]) * weight) % mod
        weight = weight * base % mod
        suffix_hash[length - 1] = h
    for length in range(n - 1, 0, -1):
        if prefix_hash[length - 1] == suffix_hash[length - 1] and s[:length] == s[n - length:]:
            return s[:length]
    return ""
