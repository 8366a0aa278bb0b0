# Sorts the distinct values by decreasing count and keeps the first k (a tuple answer).
def top_k_frequent(nums: list[int], k: int) -> list[int]:
    freq = {}
    for x in nums:
        freq[x] = freq.get(x, 0) + 1
    order = sorted(freq, key=lambda x: -freq[x])
    return tuple(order[:k])
