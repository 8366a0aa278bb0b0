# Accepted: recursive take-or-skip generator over the sorted candidates, collected into a list.
def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    values = sorted(candidates)

    def search(i, remaining, chosen):
        if remaining == 0:
            yield list(chosen)
            return
        if i == len(values) or values[i] > remaining:
            return
        chosen.append(values[i])
        yield from search(i, remaining - values[i], chosen)  # take values[i] (again)
        chosen.pop()
        yield from search(i + 1, remaining, chosen)  # never take it again

    return [combo for combo in search(0, target, [])]
