# Accepted: iterative backtracking with an explicit stack; returns a list of tuples.
def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    values = sorted(candidates)
    result = []
    stack = [(0, target, ())]  # (first index allowed, remaining target, combination so far)
    while stack:
        start, remaining, combo = stack.pop()
        if remaining == 0:
            result.append(combo)
            continue
        for i in range(start, len(values)):
            if values[i] > remaining:
                break
            stack.append((i, remaining - values[i], combo + (values[i],)))
    return result
