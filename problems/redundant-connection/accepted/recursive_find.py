# Accepted: union-find with a recursive find and full path compression, no union by rank;
# the first edge joining two nodes already connected is returned.
import sys


def find_redundant_connection(edges: list[list[int]]) -> list[int]:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    parent = list(range(len(edges) + 1))

    def find(x):
        if parent[x] != x:
            parent[x] = find(parent[x])
        return parent[x]

    for u, v in edges:
        ru, rv = find(u), find(v)
        if ru == rv:
            return [u, v]
        parent[ru] = rv
    return []
