# Correct but exponential: the plain recursion takes the next letter of s3 from s1 or
# from s2, trying both whenever both match, and meets the same (i, j) again and again.
def is_interleave(s1: str, s2: str, s3: str) -> bool:
    if len(s1) + len(s2) != len(s3):
        return False

    def can(i: int, j: int) -> bool:
        if i == len(s1) and j == len(s2):
            return True
        k = i + j
        if i < len(s1) and s1[i] == s3[k] and can(i + 1, j):
            return True
        return j < len(s2) and s2[j] == s3[k] and can(i, j + 1)

    return can(0, 0)
