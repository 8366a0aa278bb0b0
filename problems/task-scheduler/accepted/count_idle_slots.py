# Accepted: counts with a 26-slot array, then subtracts from the idle slots of the most
# frequent letter's frames what the other letters can fill.
def least_interval(tasks: list[str], n: int) -> int:
    counts = [0] * 26
    for t in tasks:
        counts[ord(t) - ord("A")] += 1
    counts.sort(reverse=True)
    frames = counts[0] - 1
    idle = frames * n
    for c in counts[1:]:
        idle -= min(c, frames)
    return len(tasks) + max(0, idle)
