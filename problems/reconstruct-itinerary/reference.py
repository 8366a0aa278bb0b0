import random
import string

from hypothesis import strategies as st

MAX_TICKETS = 300
MAX_AIRPORTS = 30


def find_itinerary(tickets: list[list[str]], start: str) -> list[str]:
    """Hierholzer's algorithm: follow the smallest unused ticket until stuck; an airport
    where the walk gets stuck comes next from the end of the trip, so it is written down
    when its tickets run out, and the written list is the trip reversed."""
    flights: dict[str, list[str]] = {}
    for src, dst in sorted(tickets, reverse=True):
        flights.setdefault(src, []).append(dst)  # each list is in descending order
    trip: list[str] = []
    stack = [start]
    while stack:
        here = stack[-1]
        out = flights.get(here)
        if out:
            stack.append(out.pop())  # the smallest destination left
        else:
            trip.append(stack.pop())
    return trip[::-1]


# -- input shapes ----------------------------------------------------------------------
def _codes(count: int, rnd: random.Random) -> list[str]:
    codes: set[str] = set()
    while len(codes) < count:
        codes.add("".join(rnd.choice(string.ascii_uppercase) for _ in range(3)))
    return sorted(codes)


def _walk_tickets(airports: list[str], start: str, flights: int, density: float,
                  rnd: random.Random) -> list[list[str]]:
    """A random walk of up to `flights` flights from start over a random set of routes;
    its flights, shuffled, are the tickets (a route flown twice gives two equal tickets)."""
    routes = {a: [b for b in airports if b != a and rnd.random() < density]
              for a in airports}
    if not routes[start]:
        routes[start] = [rnd.choice([b for b in airports if b != start])]
    tickets, here = [], start
    for _ in range(flights):
        if not routes[here]:
            break
        there = rnd.choice(routes[here])
        tickets.append([here, there])
        here = there
    rnd.shuffle(tickets)
    return tickets


def _trap(start: str, chain: list[str], petals: list[str], chain_flights: int,
          rounds: int, rnd: random.Random) -> list[list[str]]:
    """From start, a ticket into a chain of small-named airports (flown back and forth
    between them) that must end the trip, and round trips start -> petal -> start to
    larger-named airports: taking the smallest airport at start walks into the chain too
    early, every time start is reached."""
    tickets = [[start, chain[0]]]
    for i in range(chain_flights):
        tickets.append([chain[i % len(chain)], chain[(i + 1) % len(chain)]])
    for i in range(rounds):
        petal = petals[i % len(petals)]
        tickets += [[start, petal], [petal, start]]
    rnd.shuffle(tickets)
    return tickets


def _trap_names(rnd: random.Random, chain_size: int, petal_size: int) -> tuple[str, list[str], list[str]]:
    codes = _codes(chain_size + petal_size + 1, rnd)
    chain, rest = codes[:chain_size], codes[chain_size:]
    start = rest.pop(rnd.randrange(len(rest)))
    return start, chain, rest


@st.composite
def _small(draw: st.DrawFn) -> dict:
    """A walk of 1 to 8 flights over 2 to 4 airports, drawn flight by flight: failures
    shrink to a short list of tickets."""
    airports = ["AAA", "BBB", "CCC", "DDD"][: draw(st.integers(2, 4))]
    here = start = draw(st.sampled_from(airports))
    tickets = []
    for _ in range(draw(st.integers(1, 8))):
        there = draw(st.sampled_from([a for a in airports if a != here]))
        tickets.append([here, there])
        here = there
    return {"tickets": draw(st.permutations(tickets)), "start": start}


@st.composite
def _random_walk(draw: st.DrawFn) -> dict:
    """A walk of 1 to 300 flights over 2 to 30 airports and a sparse or dense network. The
    sizes are drawn (so a failure shrinks to fewer airports and flights), the rest comes
    from one seed."""
    count = draw(st.integers(2, MAX_AIRPORTS))
    flights = draw(st.integers(1, draw(st.sampled_from([10, 60, MAX_TICKETS]))))
    density = draw(st.sampled_from([0.1, 0.3, 0.8]))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    airports = _codes(count, rnd)
    start = rnd.choice(airports)
    return {"tickets": _walk_tickets(airports, start, flights, density, rnd), "start": start}


@st.composite
def _small_trap(draw: st.DrawFn) -> dict:
    chain_size, petal_size = draw(st.integers(1, 3)), draw(st.integers(1, 4))
    chain_flights = draw(st.integers(0, 8)) if chain_size > 1 else 0
    rounds = draw(st.integers(1, 6))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    start, chain, petals = _trap_names(rnd, chain_size, petal_size)
    return {"tickets": _trap(start, chain, petals, chain_flights, rounds, rnd),
            "start": start}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"tickets": [["JFK", "SFO"]], "start": "JFK"}),
        _small(),
        _random_walk(),
        _small_trap(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """A walk of n flights over 30 airports with routes between most pairs: nearly every
    airport offers several destinations, so a check before each flight that no ticket is
    stranded searches through all the tickets left, O(n^2) in all."""
    airports = _codes(MAX_AIRPORTS, rnd)
    start = rnd.choice(airports)
    return {"tickets": _walk_tickets(airports, start, n, 0.8, rnd), "start": start}
