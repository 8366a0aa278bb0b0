# Wrong: n - 1 edges is necessary but not enough: they can close a cycle and leave other
# nodes unconnected.
def valid_tree(n: int, edges: list[list[int]]) -> bool:
    return len(edges) == n - 1
