# Accepted: top-down recursion with functools.lru_cache, once with the first position
# allowed (the last then excluded) and once without it; iterative warm-up keeps the
# recursion shallow.
from functools import lru_cache


def rob_circular(nums: list[int]) -> int:
    n = len(nums)
    if n == 1:
        return nums[0]

    def solve(start: int, stop: int) -> int:
        @lru_cache(maxsize=None)
        def best(i: int) -> int:  # the best sum over positions i..stop-1
            if i >= stop:
                return 0
            return max(best(i + 1), nums[i] + best(i + 2))

        for i in range(stop - 1, start - 1, -1):  # fill from the right: no deep recursion
            best(i)
        return best(start)

    return max(solve(0, n - 1), solve(1, n))
