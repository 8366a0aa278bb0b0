# Accepted: sort + two pointers, deduplicating with a set of tuples instead of skipping
# equal neighbours; converted back to lists at the end.
def three_sum(nums: list[int]) -> list[list[int]]:
    arr = sorted(nums)
    n = len(arr)
    result = set()
    for i in range(n):
        if arr[i] > 0:
            break
        lo, hi = i + 1, n - 1
        while lo < hi:
            s = arr[i] + arr[lo] + arr[hi]
            if s == 0:
                result.add((arr[i], arr[lo], arr[hi]))
                lo += 1
                hi -= 1
            elif s < 0:
                lo += 1
            else:
                hi -= 1
    return [list(t) for t in result]
