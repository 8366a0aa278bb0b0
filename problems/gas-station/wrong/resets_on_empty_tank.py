# Wrong: restarts the candidate when the tank is empty (<= 0), not only when it is
# negative; an empty tank after the last station moves the start to n, past the end.
def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    if sum(gas) < sum(cost):
        return -1
    tank = start = 0
    for i in range(len(gas)):
        tank += gas[i] - cost[i]
        if tank <= 0:
            start, tank = i + 1, 0
    return start
