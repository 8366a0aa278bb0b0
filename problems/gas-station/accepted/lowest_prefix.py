# The lap starts right after the point where the running sum of gas - cost is lowest.
def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    running = 0
    lowest, after = 0, 0
    for i in range(len(gas)):
        running += gas[i] - cost[i]
        if running < lowest:
            lowest, after = running, i + 1
    if running < 0:
        return -1
    return after % len(gas)
