# Wrong: every level tries all candidates again from the first one, so the same multiset
# is produced in every order ([2, 2, 3], [2, 3, 2], [3, 2, 2]).
def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    result = []
    path = []

    def extend(remaining: int) -> None:
        if remaining == 0:
            result.append(path.copy())
            return
        for value in candidates:
            if value <= remaining:
                path.append(value)
                extend(remaining - value)
                path.pop()

    extend(target)
    return result
