# Wrong: computes the longest common substring (contiguous), not subsequence: a match
# resets to 0 whenever the characters differ.
def longest_common_subsequence(a: str, b: str) -> int:
    best = 0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else 0)
        best = max(best, max(current))
        previous = current
    return best
