# Accepted: from the right, each day jumps along the answers already known (from day j,
# the next candidate warmer than day j is j + answer[j]), which is amortised O(n).
def daily_temperatures(temps: list[int]) -> list[int]:
    n = len(temps)
    answer = [0] * n
    for i in range(n - 2, -1, -1):
        j = i + 1
        while temps[j] <= temps[i] and answer[j]:
            j += answer[j]
        if temps[j] > temps[i]:
            answer[i] = j - i
    return answer
