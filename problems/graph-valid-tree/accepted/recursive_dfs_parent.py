# Accepted: recursive DFS from 0 that skips the edge back to its parent, then checks every node was seen.
from collections import defaultdict


def valid_tree(n: int, edges: list[list[int]]) -> bool:
    graph = defaultdict(list)
    for a, b in edges:
        graph[a].append(b)
        graph[b].append(a)
    visited = set()

    def dfs(node, parent):
        visited.add(node)
        for nb in graph[node]:
            if nb == parent:
                continue
            if nb in visited or not dfs(nb, node):
                return False
        return True

    return dfs(0, -1) and len(visited) == n
