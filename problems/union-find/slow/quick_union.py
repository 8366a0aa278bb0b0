# Correct but O(n) per operation: links one root under the other without comparing sizes
# and never shortens paths, so unions made in a row can build a path of n elements that
# every later find walks.
class UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.sizes = [1] * n
        self.sets = n

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> bool:
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return False
        self.parent[root_a] = root_b
        self.sizes[root_b] += self.sizes[root_a]
        self.sets -= 1
        return True

    def connected(self, a: int, b: int) -> bool:
        return self.find(a) == self.find(b)

    def count(self) -> int:
        return self.sets

    def size(self, x: int) -> int:
        return self.sizes[self.find(x)]
