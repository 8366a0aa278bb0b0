# Wrong: always flies to the smallest destination left, never undoing a choice, so it can
# reach the last airport too early and strand the remaining tickets.
def find_itinerary(tickets: list[list[str]], start: str) -> list[str]:
    flights = {}
    for src, dst in sorted(tickets):
        flights.setdefault(src, []).append(dst)
    route = [start]
    while flights.get(route[-1]):
        route.append(flights[route[-1]].pop(0))
    return route
