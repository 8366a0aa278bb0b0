import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

LOW, HIGH = 30, 100


def daily_temperatures(temps: list[int]) -> list[int]:
    answer = [0] * len(temps)
    waiting: list[int] = []  # days without a warmer day yet; temperatures never rise upwards
    for day, temp in enumerate(temps):
        while waiting and temps[waiting[-1]] < temp:
            earlier = waiting.pop()
            answer[earlier] = day - earlier
        waiting.append(day)
    return answer


def _case(temps: list[int]) -> dict:
    return {"temps": temps}


@st.composite
def _plateaus(draw: st.DrawFn) -> dict:
    """Runs of equal temperatures: equal is not warmer."""
    temps: list[int] = []
    for _ in range(draw(st.integers(1, 8))):
        temps += [draw(st.integers(LOW, HIGH))] * draw(st.integers(1, 12))
    return _case(temps)


@st.composite
def _cool_run_then_hot(draw: st.DrawFn) -> dict:
    """A long non-increasing run, then one hot day (and maybe a few more days)."""
    run = sorted(draw(st.lists(st.integers(LOW, HIGH - 1), min_size=1, max_size=150)),
                 reverse=True)
    hot = draw(st.integers(max(run[0], run[-1]) + 1, HIGH))
    tail = draw(st.lists(st.integers(LOW, HIGH), max_size=5))
    return _case(run + [hot] + tail)


@st.composite
def _large(draw: st.DrawFn) -> dict:
    n = draw(st.integers(1, 1000))
    return sized(n, random.Random(draw(st.integers(0, 2**32))))


def inputs() -> st.SearchStrategy[dict]:
    temp = st.integers(LOW, HIGH)
    return st.one_of(
        temp.map(lambda t: _case([t])),  # a single day
        st.lists(temp, min_size=2, max_size=3).map(_case),
        st.lists(temp, min_size=1, max_size=71, unique=True).map(
            lambda ts: _case(sorted(ts, reverse=True))),  # strictly falling: all zeros
        st.lists(temp, min_size=1, max_size=71, unique=True).map(
            lambda ts: _case(sorted(ts))),  # strictly rising: all ones
        st.tuples(st.integers(1, 200), temp).map(lambda nt: _case([nt[1]] * nt[0])),
        _plateaus(),
        _cool_run_then_hot(),
        st.lists(st.integers(LOW, LOW + 3), min_size=1, max_size=80).map(_case),
        st.lists(temp, min_size=1, max_size=300).map(_case),
        _large(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """A long run of cool days (slowly falling, with plateaus and a little noise) and
    one hot day at the end: every forward scan runs to the end, and the waiting stack
    holds nearly every day."""
    run = sorted(integers(rnd, n - 1, LOW, HIGH - 1), reverse=True)
    return _case(run + [HIGH])
