# Accepted: combinatorics, C(m + n - 2, m - 1) built by an exact multiplicative loop.
def unique_paths(m: int, n: int) -> int:
    k = min(m, n) - 1
    total = m + n - 2
    result = 1
    for i in range(1, k + 1):
        result = result * (total - k + i) // i  # stays an exact integer at every step
    return result
