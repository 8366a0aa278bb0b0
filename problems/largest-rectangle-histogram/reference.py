import random

from hypothesis import strategies as st

from trainer.problems.shapes import integers

HIGH = 10**4


def largest_rectangle_area(heights):
    """Indices of increasing heights on a stack; a lower bar pops the taller ones, each
    of which then knows both ends of its widest rectangle. A 0 at the end flushes all."""
    best = 0
    stack = []  # indices, heights strictly increasing from bottom to top
    for i, h in enumerate([*heights, 0]):
        while stack and heights[stack[-1]] >= h:
            height = heights[stack.pop()]
            left = stack[-1] if stack else -1
            best = max(best, height * (i - left - 1))
        stack.append(i)
    return best


@st.composite
def _shaped(draw: st.DrawFn) -> dict:
    rnd = random.Random(draw(st.integers(0, 2**32)))
    n = draw(st.integers(1, draw(st.sampled_from([8, 60, 500]))))
    top = draw(st.sampled_from([1, 3, 20, HIGH]))
    heights = integers(rnd, n, 0, top)
    shape = draw(st.sampled_from(["random", "increasing", "decreasing", "equal", "mountain",
                                  "valley", "zeros"]))
    if shape == "increasing":
        heights.sort()
    elif shape == "decreasing":
        heights.sort(reverse=True)
    elif shape == "equal":
        heights = [heights[0]] * n
    elif shape == "mountain":
        heights.sort()
        heights = heights[::2] + heights[1::2][::-1]
    elif shape == "valley":
        heights.sort(reverse=True)
        heights = heights[::2] + heights[1::2][::-1]
    elif shape == "zeros":  # zero bars split the histogram into separate parts
        heights = [0 if rnd.random() < 0.15 else max(1, h) for h in heights]
    return {"heights": heights}


def inputs() -> st.SearchStrategy[dict]:
    return st.one_of(
        st.integers(0, HIGH).map(lambda h: {"heights": [h]}),
        st.lists(st.integers(0, 4), min_size=1, max_size=8).map(lambda h: {"heights": h}),
        st.lists(st.sampled_from([0, HIGH]), min_size=1, max_size=8).map(
            lambda h: {"heights": h}),
        st.tuples(st.integers(1, 40), st.integers(0, HIGH)).map(
            lambda p: {"heights": [p[1]] * p[0]}),  # all equal
        _shaped(),
        _shaped(),
        _shaped(),
        _shaped(),
    )


def sized(n: int, rnd: random.Random) -> dict:
    """A mountain: rising then falling heights, so a rectangle grown outwards from a bar
    reaches across a large part of the row."""
    heights = sorted(integers(rnd, n, 1, HIGH))
    return {"heights": heights[::2] + heights[1::2][::-1]}
