import random
from fractions import Fraction

from hypothesis import strategies as st

TARGET, SPEED = 10**4, 1000


def car_fleet(target: int, position: list[int], speed: list[int]) -> int:
    fleets = 0
    # the arrival time of the fleet just ahead, as the fraction ahead_distance / ahead_speed;
    # 0 before the first car (every car needs some time to arrive)
    ahead_distance, ahead_speed = 0, 1
    for place, pace in sorted(zip(position, speed, strict=True), reverse=True):
        distance = target - place
        # distance / pace > ahead_distance / ahead_speed, compared exactly in integers:
        # the car cannot catch up, even at the target, so it starts a new, slower fleet
        if distance * ahead_speed > ahead_distance * pace:
            fleets += 1
            ahead_distance, ahead_speed = distance, pace
    return fleets


def baseline(target: int, position: list[int], speed: list[int]) -> int:
    """Arrival times as fractions.Fraction values, the slowest exact comparison accepted."""
    fleets = 0
    ahead = Fraction(0)
    for place, pace in sorted(zip(position, speed, strict=True), reverse=True):
        arrival = Fraction(target - place, pace)
        if arrival > ahead:
            fleets += 1
            ahead = arrival
    return fleets


def _case(target: int, cars: list[tuple[int, int]]) -> dict:
    return {"target": target, "position": [p for p, _ in cars],
            "speed": [s for _, s in cars]}


@st.composite
def _random(draw: st.DrawFn, most_target: int, most_speed: int, most_cars: int) -> dict:
    target = draw(st.integers(1, most_target))
    positions = draw(st.lists(st.integers(0, target - 1), min_size=1,
                              max_size=min(target, most_cars), unique=True))
    speeds = draw(st.lists(st.integers(1, most_speed), min_size=len(positions),
                           max_size=len(positions)))
    return _case(target, list(zip(positions, speeds, strict=True)))


@st.composite
def _equal_arrivals(draw: st.DrawFn) -> dict:
    """Groups of cars planted to arrive at exactly the same time (distance k*d at speed
    k*s), in no particular order: they meet exactly at the target."""
    target = draw(st.integers(20, TARGET))
    used: set[int] = set()
    cars: list[tuple[int, int]] = []
    for _ in range(draw(st.integers(1, 6))):
        d, s = draw(st.integers(1, 20)), draw(st.integers(1, 50))
        for k in draw(st.lists(st.integers(1, 20), min_size=1, max_size=4, unique=True)):
            place = target - k * d
            if place >= 0 and place not in used and k * s <= SPEED:
                used.add(place)
                cars.append((place, k * s))
    if not cars:
        cars = [(0, 1)]
    return _case(target, draw(st.permutations(cars)))


@st.composite
def _slow_leader(draw: st.DrawFn) -> dict:
    """A slow car near the target and faster cars behind it that overtake each other's
    would-be times: each must be compared with the fleet, not with its neighbour."""
    target = draw(st.integers(50, TARGET))
    n = draw(st.integers(2, 30))
    places = sorted(draw(st.lists(st.integers(0, target - 2), min_size=n - 1,
                                  max_size=n - 1, unique=True)))
    cars = [(target - 1, 1)] + [(p, draw(st.integers(1, SPEED))) for p in places]
    return _case(target, draw(st.permutations(cars)))


@st.composite
def _equal_speeds(draw: st.DrawFn) -> dict:
    target = draw(st.integers(1, 500))
    positions = draw(st.lists(st.integers(0, target - 1), min_size=1,
                              max_size=min(target, 60), unique=True))
    pace = draw(st.integers(1, SPEED))
    return _case(target, [(p, pace) for p in positions])


@st.composite
def _large(draw: st.DrawFn) -> dict:
    n = draw(st.integers(1, 1000))
    return sized(n, random.Random(draw(st.integers(0, 2**32))))


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.tuples(st.integers(1, TARGET), st.integers(1, SPEED), st.integers(0, TARGET)).map(
            lambda t: _case(t[0], [(t[2] % t[0], t[1])])),  # one car
        _random(12, 6, 6),  # small: many ties in arrival time
        _random(200, 20, 40),
        _random(TARGET, SPEED, 200),
        _equal_arrivals(),
        _slow_leader(),
        _equal_speeds(),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """n cars spread over the road; most of them drive at one speed, so nearly every car
    is a fleet of its own and each has to be compared with every car ahead of it."""
    places = rnd.sample(range(TARGET), n)
    pace = rnd.randint(SPEED // 2, SPEED)
    cars = [(p, pace if rnd.random() < 0.9 else rnd.randint(1, SPEED)) for p in places]
    return _case(TARGET, cars)
