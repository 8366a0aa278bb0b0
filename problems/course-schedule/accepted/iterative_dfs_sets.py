# Accepted: iterative DFS with an explicit stack of iterators, a path set and a done set.
def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    nxt = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        nxt[b].append(a)
    done, path = set(), set()
    for start in range(num_courses):
        if start in done:
            continue
        stack = [(start, iter(nxt[start]))]
        path.add(start)
        while stack:
            node, it = stack[-1]
            for child in it:
                if child in path:
                    return False
                if child not in done:
                    path.add(child)
                    stack.append((child, iter(nxt[child])))
                    break
            else:
                stack.pop()
                path.discard(node)
                done.add(node)
    return True
