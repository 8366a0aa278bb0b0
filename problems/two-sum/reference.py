import random

from hypothesis import strategies as st

VALUE = 10**9


def two_sum(nums: list[int], target: int) -> list[int]:
    seen: dict[int, int] = {}
    for j, value in enumerate(nums):
        i = seen.get(target - value)
        if i is not None:
            return [i, j]
        seen[value] = j
    raise ValueError("no pair adds up to target")


def check(args: dict, output: list[int]) -> str | None:
    nums, target = args["nums"], args["target"]
    if len(output) != 2:
        return f"expected two indices, got {len(output)}"
    i, j = output
    if not 0 <= i < j < len(nums):
        return f"need 0 <= i < j < {len(nums)}, got i={i}, j={j}"
    if nums[i] + nums[j] != target:
        return f"nums[{i}] + nums[{j}] = {nums[i] + nums[j]}, not {target}"
    return None


@st.composite
def _planted(draw: st.DrawFn) -> dict:
    """Any list, then a pair planted at two distinct indices sets the target."""
    values = st.one_of(
        st.integers(-VALUE, VALUE),
        st.integers(-3, 3),  # many duplicates, zeros, negatives: many valid pairs
    )
    nums = draw(st.lists(values, min_size=2, max_size=60))
    i = draw(st.integers(0, len(nums) - 1))
    j = draw(st.integers(0, len(nums) - 1).filter(lambda k: k != i))
    if draw(st.booleans()):
        nums[j] = nums[i]  # a pair of equal values
    return {"nums": nums, "target": nums[i] + nums[j]}


@st.composite
def _lone_double(draw: st.DrawFn) -> dict:
    """target = 2*v for a v present once: pairing v with itself is the classic mistake."""
    nums = draw(st.lists(st.integers(-50, 50), min_size=1, max_size=30, unique=True))
    target = 2 * draw(st.sampled_from(nums))
    a = draw(st.integers(100, 200))  # outside the list: a and target - a are new
    nums += [a, target - a]
    return {"nums": draw(st.permutations(nums)), "target": target}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    n = draw(st.integers(200, 1000))
    return sized(n, random.Random(draw(st.integers(0, 2**32))))


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_planted(), _lone_double(), _large())


def sized(n: int, rnd: random.Random) -> dict:
    """Distinct values, the pair at the very end: the worst case for a nested scan."""
    nums = rnd.sample(range(-VALUE, VALUE), n)
    return {"nums": nums, "target": nums[-2] + nums[-1]}
