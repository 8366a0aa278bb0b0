# Accepted: iterative bottom-up merge sort; the output buffer is a local list named
# `sorted` (it shadows the builtin, which is never called).
def merge_sort(nums: list[int]) -> list[int]:
    n = len(nums)
    src = list(nums)
    sorted = [0] * n
    width = 1
    while width < n:
        for lo in range(0, n, 2 * width):
            mid = min(lo + width, n)
            hi = min(lo + 2 * width, n)
            i, j, k = lo, mid, lo
            while i < mid and j < hi:
                if src[i] <= src[j]:
                    sorted[k] = src[i]
                    i += 1
                else:
                    sorted[k] = src[j]
                    j += 1
                k += 1
            while i < mid:
                sorted[k] = src[i]
                i += 1
                k += 1
            while j < hi:
                sorted[k] = src[j]
                j += 1
                k += 1
        src, sorted = sorted, src
        width *= 2
    return src
