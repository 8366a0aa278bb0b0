# Wrong: an "if" where a "while" is needed: a warm day settles only the day on top of the
# stack, and the cooler days below it keep waiting.
def daily_temperatures(temps: list[int]) -> list[int]:
    answer = [0] * len(temps)
    waiting = []
    for day, temp in enumerate(temps):
        if waiting and temps[waiting[-1]] < temp:
            earlier = waiting.pop()
            answer[earlier] = day - earlier
        waiting.append(day)
    return answer
