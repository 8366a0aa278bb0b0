# Wrong: records the index of the warmer day instead of how many days to wait for it.
def daily_temperatures(temps: list[int]) -> list[int]:
    answer = [0] * len(temps)
    waiting = []
    for day, temp in enumerate(temps):
        while waiting and temps[waiting[-1]] < temp:
            answer[waiting.pop()] = day
        waiting.append(day)
    return answer
