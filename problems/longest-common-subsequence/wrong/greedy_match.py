# Wrong: greedy; matches each character of a with its first occurrence in b after the
# previous match. An early match can use up the part of b a better subsequence needed.
def longest_common_subsequence(a: str, b: str) -> int:
    count, start = 0, 0
    for x in a:
        found = b.find(x, start)
        if found != -1:
            count += 1
            start = found + 1
    return count
