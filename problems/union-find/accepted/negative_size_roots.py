# Accepted: the classic single-array trick: parent[root] holds -size of its set;
# union by size and path splitting.
class UnionFind:
    def __init__(self, n: int) -> None:
        self.p = [-1] * n
        self.groups = n

    def find(self, x: int) -> int:
        p = self.p
        while p[x] >= 0:
            if p[p[x]] >= 0:
                p[x], x = p[p[x]], p[x]  # path splitting
            else:
                x = p[x]
        return x

    def union(self, a: int, b: int) -> bool:
        a, b = self.find(a), self.find(b)
        if a == b:
            return False
        if self.p[a] > self.p[b]:  # a is the smaller set
            a, b = b, a
        self.p[a] += self.p[b]
        self.p[b] = a
        self.groups -= 1
        return True

    def connected(self, a: int, b: int) -> bool:
        return self.find(a) == self.find(b)

    def count(self) -> int:
        return self.groups

    def size(self, x: int) -> int:
        return -self.p[self.find(x)]
