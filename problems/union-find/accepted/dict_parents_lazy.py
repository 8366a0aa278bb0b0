# Accepted: parents in a dict filled lazily (an element missing from it is its own root),
# union by size, and a two-pass find that points the whole path at the root.
class UnionFind:
    def __init__(self, n: int) -> None:
        self.n = n
        self.parent = {}
        self.sizes = {}
        self.sets = n

    def find(self, x: int) -> int:
        root = x
        while root in self.parent:
            root = self.parent[root]
        while x != root:
            nxt = self.parent[x]
            self.parent[x] = root
            x = nxt
        return root

    def union(self, a: int, b: int) -> bool:
        a, b = self.find(a), self.find(b)
        if a == b:
            return False
        sa, sb = self.sizes.get(a, 1), self.sizes.get(b, 1)
        if sa < sb:
            a, b, sa, sb = b, a, sb, sa
        self.parent[b] = a
        self.sizes[a] = sa + sb
        self.sizes.pop(b, None)
        self.sets -= 1
        return True

    def connected(self, a: int, b: int) -> bool:
        return self.find(a) == self.find(b)

    def count(self) -> int:
        return self.sets

    def size(self, x: int) -> int:
        return self.sizes.get(self.find(x), 1)
