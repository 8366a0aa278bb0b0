import random

from hypothesis import strategies as st

VALUE = 10**9


def two_sum_sorted(numbers: list[int], target: int) -> list[int]:
    lo, hi = 0, len(numbers) - 1
    while lo < hi:
        total = numbers[lo] + numbers[hi]
        if total == target:
            return [lo, hi]
        if total < target:
            lo += 1
        else:
            hi -= 1
    raise ValueError("no pair adds up to target")


def check(args: dict, output: list[int]) -> str | None:
    numbers, target = args["numbers"], args["target"]
    if len(output) != 2:
        return f"expected two indices, got {len(output)}"
    i, j = output
    if not 0 <= i < j < len(numbers):
        return f"need 0 <= i < j < {len(numbers)}, got i={i}, j={j}"
    if numbers[i] + numbers[j] != target:
        return f"numbers[{i}] + numbers[{j}] = {numbers[i] + numbers[j]}, not {target}"
    return None


@st.composite
def _planted(draw: st.DrawFn) -> dict:
    """A sorted list and a pair planted at chosen positions i < j."""
    values = draw(st.sampled_from([
        st.integers(-VALUE, VALUE),
        st.integers(-5, 5),  # long runs of equal values
        st.integers(-VALUE, -VALUE + 20),  # very negative: negative targets
        st.integers(VALUE - 20, VALUE),
    ]))
    numbers = sorted(draw(st.lists(values, min_size=2, max_size=80)))
    n = len(numbers)
    where = draw(st.sampled_from(["anywhere", "ends", "adjacent", "equal"]))
    if where == "ends":
        i, j = 0, n - 1
    elif where == "adjacent":
        i = draw(st.integers(0, n - 2))
        j = i + 1
    else:
        i = draw(st.integers(0, n - 2))
        j = draw(st.integers(i + 1, n - 1))
    if where == "equal":  # make numbers[i..j] one run, so the pair has equal values
        numbers[i:j + 1] = [numbers[i]] * (j - i + 1)
    return {"numbers": numbers, "target": numbers[i] + numbers[j]}


@st.composite
def _two(draw: st.DrawFn) -> dict:
    numbers = sorted(draw(st.lists(st.integers(-VALUE, VALUE), min_size=2, max_size=2)))
    if draw(st.booleans()):
        numbers[1] = numbers[0]
    return {"numbers": numbers, "target": numbers[0] + numbers[1]}


@st.composite
def _large(draw: st.DrawFn) -> dict:
    n = draw(st.integers(200, 1000))
    rnd = random.Random(draw(st.integers(0, 2**32)))
    if draw(st.booleans()):
        return sized(n, rnd)
    numbers = sorted(rnd.choices(range(-50, 50), k=n))
    i, j = sorted(rnd.sample(range(n), 2))
    return {"numbers": numbers, "target": numbers[i] + numbers[j]}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(_planted(), _planted(), _two(), _large())


def sized(n: int, rnd: random.Random) -> dict:
    """Distinct values, the only pair at the two largest: every index must be passed."""
    numbers = sorted(rnd.sample(range(-VALUE, VALUE), n))
    return {"numbers": numbers, "target": numbers[-2] + numbers[-1]}
