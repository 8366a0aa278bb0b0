# Wrong: neighbours are kept in sets but in-degrees count every listed pair, so a
# repeated pair leaves its course waiting forever and a valid plan is reported impossible.
def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    after = [set() for _ in range(num_courses)]
    indegree = [0] * num_courses
    for a, b in prerequisites:
        after[b].add(a)
        indegree[a] += 1
    ready = [c for c in range(num_courses) if indegree[c] == 0]
    count = 0
    while ready:
        c = ready.pop()
        count += 1
        for d in after[c]:
            indegree[d] -= 1
            if indegree[d] == 0:
                ready.append(d)
    return count == num_courses
