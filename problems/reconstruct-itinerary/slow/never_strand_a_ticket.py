# Slow: Fleury's rule - at each airport take the smallest destination unless that flight
# would strand tickets, checked by a search over all the tickets left: O(E) per flight,
# O(E^2) in all.
def find_itinerary(tickets: list[list[str]], start: str) -> list[str]:
    left = {}
    for src, dst in tickets:
        left.setdefault(src, []).append(dst)

    def reachable(frm):
        # how many of the tickets left can be reached from frm
        seen, stack, count = {frm}, [frm], 0
        while stack:
            here = stack.pop()
            for there in left.get(here, []):
                count += 1
                if there not in seen:
                    seen.add(there)
                    stack.append(there)
        return count

    route = [start]
    for remaining in range(len(tickets), 0, -1):
        here = route[-1]
        options = sorted(set(left[here]))
        for there in options:
            left[here].remove(there)
            if there == options[-1] or reachable(there) == remaining - 1:
                break
            left[here].append(there)
        route.append(there)
    return route
