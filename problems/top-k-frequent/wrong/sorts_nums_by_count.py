# Wrong: sorts nums itself (not its distinct values) by count, so the most frequent value
# fills several of the k places.
from collections import Counter


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    counts = Counter(nums)
    return sorted(nums, key=lambda v: counts[v], reverse=True)[:k]
