# Wrong: sorts each airport's destinations but pops from the end of the ascending list,
# so Hierholzer follows the largest ticket first: a valid trip, but not the smallest one.
def find_itinerary(tickets: list[list[str]], start: str) -> list[str]:
    flights = {}
    for src, dst in sorted(tickets):
        flights.setdefault(src, []).append(dst)
    trip, stack = [], [start]
    while stack:
        if flights.get(stack[-1]):
            stack.append(flights[stack[-1]].pop())
        else:
            trip.append(stack.pop())
    return trip[::-1]
