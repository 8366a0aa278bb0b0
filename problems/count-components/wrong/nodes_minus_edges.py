# Wrong: n - len(edges) counts the components of a forest only; a cycle or a repeated
# edge joins nothing new but still subtracts one.
def count_components(n: int, edges: list[list[int]]) -> int:
    return n - len(edges)
