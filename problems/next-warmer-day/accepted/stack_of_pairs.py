# Accepted: a monotonic stack of (temperature, day) tuples, scanned from the right: the
# stack holds the days after i that are warmer than everything between.
def daily_temperatures(temps: list[int]) -> list[int]:
    answer = []
    stack: list[tuple[int, int]] = []
    for day in range(len(temps) - 1, -1, -1):
        temp = temps[day]
        while stack and stack[-1][0] <= temp:
            stack.pop()
        answer.append(stack[-1][1] - day if stack else 0)
        stack.append((temp, day))
    answer.reverse()
    return answer
