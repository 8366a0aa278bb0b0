# Counter.most_common(k): the k values with the highest counts, then only the values.
from collections import Counter


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    return [value for value, _ in Counter(nums).most_common(k)]
