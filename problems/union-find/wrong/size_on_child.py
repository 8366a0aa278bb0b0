# Wrong: after linking root b under root a it adds the sizes into b, the root that is no
# longer a root, so size() of the merged set stays at the old size of a.
class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.sizes = [1] * n
        self.sets = n

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        a, b = self.find(a), self.find(b)
        if a == b:
            return False
        if self.sizes[a] < self.sizes[b]:
            a, b = b, a
        self.parent[b] = a
        self.sizes[b] += self.sizes[a]
        self.sets -= 1
        return True

    def connected(self, a: int, b: int) -> bool:
        return self.find(a) == self.find(b)

    def count(self) -> int:
        return self.sets

    def size(self, x: int) -> int:
        return self.sizes[self.find(x)]
