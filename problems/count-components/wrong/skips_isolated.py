# Wrong: walks only the nodes that appear in some edge, so nodes without edges, which
# are components by themselves, are never counted.
def count_components(n: int, edges: list[list[int]]) -> int:
    neighbours: dict[int, list[int]] = {}
    for a, b in edges:
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    seen: set[int] = set()
    count = 0
    for start in neighbours:
        if start in seen:
            continue
        count += 1
        stack = [start]
        seen.add(start)
        while stack:
            node = stack.pop()
            for other in neighbours[node]:
                if other not in seen:
                    seen.add(other)
                    stack.append(other)
    return count
