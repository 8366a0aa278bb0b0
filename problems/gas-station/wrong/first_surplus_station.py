# Wrong: a greedy that starts at the first station whose gas covers its own leg, without
# checking that the rest of the lap works from there.
def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    if sum(gas) < sum(cost):
        return -1
    for i in range(len(gas)):
        if gas[i] >= cost[i]:
            return i
    return -1
