# Heavy: a set that keeps the values seen an odd number of times: right and O(n) in time,
# but O(n) extra memory where XOR needs one integer.
def single_number(nums: list[int]) -> int:
    odd = set()
    for value in nums:
        if value in odd:
            odd.remove(value)
        else:
            odd.add(value)
    return odd.pop()
