# Correct but exponential: the plain recursion tries a one-digit and a two-digit piece at
# each position and decodes the same suffixes over and over.
def num_decodings(s: str) -> int:
    def ways(i: int) -> int:
        if i == len(s):
            return 1
        if s[i] == "0":
            return 0
        total = ways(i + 1)
        if i + 1 < len(s) and 10 <= int(s[i:i + 2]) <= 26:
            total += ways(i + 2)
        return total

    return ways(0)
