# Wrong: moves on to the next candidate after choosing one, so a candidate is never used
# twice and combinations such as [2, 2, 3] are missing.
def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    result = []
    path = []

    def extend(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(path.copy())
            return
        for i in range(start, len(candidates)):
            if candidates[i] <= remaining:
                path.append(candidates[i])
                extend(i + 1, remaining - candidates[i])
                path.pop()

    extend(0, target)
    return result
