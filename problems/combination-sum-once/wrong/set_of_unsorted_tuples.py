# Wrong: removes repeats with a set of tuples built in the input's order, so [1, 2] and
# [2, 1] from candidates = [1, 2, 1] are both kept although they are one combination.
def combination_sum_once(candidates: list[int], target: int) -> list[list[int]]:
    found = set()

    def extend(i, remaining, combo):
        if remaining == 0:
            found.add(combo)
            return
        if i == len(candidates) or remaining < 0:
            return
        extend(i + 1, remaining - candidates[i], combo + (candidates[i],))
        extend(i + 1, remaining, combo)

    extend(0, target, ())
    return [list(c) for c in found]
