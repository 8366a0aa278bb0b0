# Wrong: pops on "at least as warm" (<=), so a day of the same temperature counts as a
# warmer day.
def daily_temperatures(temps: list[int]) -> list[int]:
    answer = [0] * len(temps)
    waiting = []
    for day, temp in enumerate(temps):
        while waiting and temps[waiting[-1]] <= temp:
            earlier = waiting.pop()
            answer[earlier] = day - earlier
        waiting.append(day)
    return answer
