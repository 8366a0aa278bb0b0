# Accepted: recursive top-down merge sort on index ranges of one copy, with a shared
# auxiliary buffer (no slicing).
def merge_sort(nums: list[int]) -> list[int]:
    arr = nums[:]
    aux = [0] * len(arr)

    def sort(lo, hi):  # sorts arr[lo:hi]
        if hi - lo < 2:
            return
        mid = (lo + hi) // 2
        sort(lo, mid)
        sort(mid, hi)
        aux[lo:hi] = arr[lo:hi]
        i, j = lo, mid
        for k in range(lo, hi):
            if j >= hi or (i < mid and aux[i] <= aux[j]):
                arr[k] = aux[i]
                i += 1
            else:
                arr[k] = aux[j]
                j += 1

    sort(0, len(arr))
    return arr
