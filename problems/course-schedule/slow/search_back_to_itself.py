# Correct but O(V * (V + E)): from every course, a fresh search for a way back to it.
def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    after = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        after[b].append(a)
    for start in range(num_courses):
        seen = set()
        stack = [start]
        while stack:
            node = stack.pop()
            for nxt in after[node]:
                if nxt == start:
                    return False
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
    return True
