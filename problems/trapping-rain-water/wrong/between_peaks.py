# Wrong: fills each stretch between two neighbouring local peaks up to the lower peak,
# so a small peak inside a basin of taller walls caps the water at its own height.
def trap(heights: list[int]) -> int:
    n = len(heights)
    peaks = [i for i in range(n)
             if (i == 0 or heights[i] >= heights[i - 1])
             and (i == n - 1 or heights[i] >= heights[i + 1])]
    water = 0
    for p, q in zip(peaks, peaks[1:]):
        level = min(heights[p], heights[q])
        water += sum(max(0, level - heights[k]) for k in range(p + 1, q))
    return water
