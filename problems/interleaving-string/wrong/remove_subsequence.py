# Wrong: strikes s1 out of s3 as its leftmost subsequence and checks that what is left is
# s2; another choice of letters for s1 may be the one that leaves s2.
def is_interleave(s1: str, s2: str, s3: str) -> bool:
    left = []
    i = 0
    for c in s3:
        if i < len(s1) and s1[i] == c:
            i += 1
        else:
            left.append(c)
    return i == len(s1) and "".join(left) == s2
