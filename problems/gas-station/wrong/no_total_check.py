# Wrong: never compares the totals, so when the gas falls short it still returns the last
# candidate start instead of -1.
def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    tank = start = 0
    for i in range(len(gas)):
        tank += gas[i] - cost[i]
        if tank < 0:
            start, tank = i + 1, 0
    return start if start < len(gas) else -1
