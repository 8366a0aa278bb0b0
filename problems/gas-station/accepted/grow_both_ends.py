# Two ends of one arc: extend forwards while the tank allows, else move the start back.
def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    n = len(gas)
    start = n - 1
    end = 0
    tank = gas[start] - cost[start]
    while end < start:
        if tank >= 0:
            tank += gas[end] - cost[end]
            end += 1
        else:
            start -= 1
            tank += gas[start] - cost[start]
    return start if tank >= 0 else -1
