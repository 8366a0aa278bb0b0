# Slow: tries all 2^n choices of positions (each sum from a smaller mask's), keeping the
# sorted choices that reach the target in a set: O(2^n) work however few combinations exist.
def combination_sum_once(candidates: list[int], target: int) -> list[list[int]]:
    n = len(candidates)
    sums = [0] * (1 << n)
    seen = set()
    for mask in range(1, 1 << n):
        low = mask & -mask
        sums[mask] = total = sums[mask ^ low] + candidates[low.bit_length() - 1]
        if total == target:
            seen.add(tuple(sorted(candidates[i] for i in range(n) if mask >> i & 1)))
    return [list(combo) for combo in seen]
