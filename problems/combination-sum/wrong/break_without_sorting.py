# Wrong: stops the loop at the first candidate larger than what remains, but never sorted
# the candidates, so smaller ones later in the list are skipped.
def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    result = []
    path = []

    def extend(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(path.copy())
            return
        for i in range(start, len(candidates)):
            if candidates[i] > remaining:
                break
            path.append(candidates[i])
            extend(i, remaining - candidates[i])
            path.pop()

    extend(0, target)
    return result
