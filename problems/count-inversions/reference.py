import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

VALUE = 10**9


def count_inversions(nums):
    """Bottom-up merge sort between two buffers: when a value comes from the right run,
    every value left in the left run is larger, and each makes one inversion."""
    values = list(nums)
    n = len(values)
    spare = [0] * n
    count = 0
    width = 1
    while width < n:
        for low in range(0, n, 2 * width):
            mid, high = min(low + width, n), min(low + 2 * width, n)
            i, j, k = low, mid, low
            while i < mid and j < high:
                if values[i] <= values[j]:  # ties from the left: no inversion
                    spare[k] = values[i]
                    i += 1
                else:
                    spare[k] = values[j]
                    j += 1
                    count += mid - i
                k += 1
            spare[k:high] = values[i:mid] if i < mid else values[j:high]
        values, spare = spare, values
        width *= 2
    return count


@st.composite
def _shaped(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(0, draw(st.sampled_from([10, 100, 1000]))))
    span = draw(st.sampled_from([0, 1, 3, 50, VALUE]))  # 0: all equal; small: many ties
    nums = integers(rnd, n, -span, span)
    order = draw(st.sampled_from(["random", "sorted", "reversed", "nearly sorted",
                                  "two sorted runs"]))
    if order == "sorted":
        nums.sort()
    elif order == "reversed":
        nums.sort(reverse=True)
    elif order == "nearly sorted":
        nums.sort()
        for _ in range(rnd.randint(1, 3)):
            if n >= 2:
                i = rnd.randrange(n - 1)
                nums[i], nums[i + 1] = nums[i + 1], nums[i]
    elif order == "two sorted runs":  # every inversion crosses the middle
        cut = rnd.randint(0, n)
        nums = sorted(nums[:cut]) + sorted(nums[cut:])
    return {"nums": nums}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.just({"nums": []}),
        st.integers(-VALUE, VALUE).map(lambda x: {"nums": [x]}),
        st.lists(st.integers(-3, 3), max_size=10).map(lambda nums: {"nums": nums}),
        st.lists(st.sampled_from([-VALUE, VALUE, 0]), max_size=10).map(
            lambda nums: {"nums": nums}),
        st.lists(st.integers(-VALUE, VALUE), max_size=30).map(lambda nums: {"nums": nums}),
        _shaped(),
        _shaped(),
        _shaped(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    return {"nums": integers(rnd, n, -VALUE, VALUE)}
