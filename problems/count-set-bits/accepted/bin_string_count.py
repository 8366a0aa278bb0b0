# Accepted: count the '1' characters of bin(n).
def hamming_weight(n: int) -> int:
    return bin(n).count("1")
