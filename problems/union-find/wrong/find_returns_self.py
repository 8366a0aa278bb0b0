# Wrong: find returns x itself. x is a member of its own set, but two members of one set
# then report different representatives, so find cannot tell whether they are joined.
class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.sizes = [1] * n
        self.sets = n

    def root(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def find(self, x: int) -> int:
        return x

    def union(self, a: int, b: int) -> bool:
        a, b = self.root(a), self.root(b)
        if a == b:
            return False
        if self.sizes[a] < self.sizes[b]:
            a, b = b, a
        self.parent[b] = a
        self.sizes[a] += self.sizes[b]
        self.sets -= 1
        return True

    def connected(self, a: int, b: int) -> bool:
        return self.root(a) == self.root(b)

    def count(self) -> int:
        return self.sets

    def size(self, x: int) -> int:
        return self.sizes[self.root(x)]
