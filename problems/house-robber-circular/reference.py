import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**4
# Generated lists stay short so that the exponential slow/ solution finishes them; the
# complexity ladder checks long lists, up to 64,000 values.
SHORT = 20


def _rob_line(nums: list[int], start: int, stop: int) -> int:
    before, best = 0, 0  # the best sums for the prefix without its last value, and with it
    for i in range(start, stop):
        before, best = best, max(best, before + nums[i])
    return best


def rob_circular(nums: list[int]) -> int:
    n = len(nums)
    if n == 1:
        return nums[0]
    # the first and the last position are never both chosen: leave out one or the other
    return max(_rob_line(nums, 0, n - 1), _rob_line(nums, 1, n))


def _case(nums: list[int]) -> dict:
    return {"nums": nums}


@st.composite
def _big_ends(draw: st.DrawFn) -> dict:
    """The two largest values at the two ends, which are neighbours on the circle."""
    inner = draw(st.lists(st.integers(0, 100), min_size=0, max_size=SHORT - 2))
    return _case([draw(st.integers(101, VALUE))] + inner + [draw(st.integers(101, VALUE))])


@st.composite
def _skip_two(draw: st.DrawFn) -> dict:
    """Big values separated by runs of two or three small ones: the best choice skips
    two or more positions in a row."""
    nums: list[int] = []
    while len(nums) < draw(st.integers(4, SHORT - 4)):
        nums.append(draw(st.integers(50, VALUE)))
        nums += draw(st.lists(st.integers(0, 40), min_size=2, max_size=3))
    return _case(nums)


def inputs() -> st.SearchStrategy[dict]:
    small = st.integers(0, 5)
    values = st.one_of(st.integers(0, VALUE), small)
    return st.one_of(
        values.map(lambda v: _case([v])),  # one element
        st.lists(values, min_size=2, max_size=3).map(_case),  # two and three elements
        st.tuples(st.integers(1, SHORT), st.integers(0, VALUE)).map(
            lambda nv: _case([nv[1]] * nv[0])),  # all equal, odd and even lengths
        _big_ends(),
        _skip_two(),
        st.lists(small, min_size=1, max_size=SHORT).map(_case),
        st.lists(values, min_size=1, max_size=SHORT).map(_case),
    )


def sized(n: int, rnd: random.Random) -> dict:
    nums = integers(rnd, n, 0, VALUE)
    nums[0] = nums[-1] = VALUE  # the two ends are the largest values
    return _case(nums)
