# Suffix array by prefix doubling, then Kasai's LCP array: the answer is the largest LCP
# of two suffixes next to each other in sorted order.
def longest_duplicate_substring(s: str) -> str:
    n = len(s)
    rank = [ord(c) for c in s]
    sa = list(range(n))
    k = 1
    while True:
        key = lambda i: (rank[i], rank[i + k] if i + k < n else -1)
        sa.sort(key=key)
        new_rank = [0] * n
        for a in range(1, n):
            new_rank[sa[a]] = new_rank[sa[a - 1]] + (key(sa[a]) != key(sa[a - 1]))
        rank = new_rank
        if rank[sa[-1]] == n - 1 or k >= n:
            break
        k *= 2
    best, where = 0, 0
    h = 0
    for i in range(n):
        if rank[i] > 0:
            j = sa[rank[i] - 1]
            while i + h < n and j + h < n and s[i + h] == s[j + h]:
                h += 1
            if h > best:
                best, where = h, i
            if h:
                h -= 1
        else:
            h = 0
    return s[where:where + best]
