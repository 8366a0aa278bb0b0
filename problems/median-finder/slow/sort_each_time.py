# Correct but O(n log n) per find_median: appends each number to a list and sorts a copy
# of it whenever the median is asked for.
class MedianFinder:
    def __init__(self) -> None:
        self.nums = []

    def add_num(self, num: int) -> None:
        self.nums.append(num)

    def find_median(self) -> float:
        s = sorted(self.nums)
        n = len(s)
        mid = n // 2
        if n % 2 == 1:
            return float(s[mid])
        return (s[mid - 1] + s[mid]) / 2
