# Correct but O(V * (V + E)): passes over all the courses again and again, taking those
# whose prerequisites are all taken, until a pass takes nothing.
def find_order(num_courses: int, prerequisites: list[list[int]]) -> list[int]:
    needs = [[] for _ in range(num_courses)]
    for a, b in prerequisites:
        needs[a].append(b)
    taken = [False] * num_courses
    order = []
    progress = True
    while progress and len(order) < num_courses:
        progress = False
        for c in range(num_courses):
            if not taken[c] and all(taken[b] for b in needs[c]):
                taken[c] = True
                order.append(c)
                progress = True
    return order if len(order) == num_courses else []
