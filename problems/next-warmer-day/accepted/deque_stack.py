# Accepted: the left-to-right monotonic stack kept in a collections.deque.
from collections import deque


def daily_temperatures(temps: list[int]) -> list[int]:
    answer = [0] * len(temps)
    waiting: deque[int] = deque()
    for day, temp in enumerate(temps):
        while waiting and temps[waiting[-1]] < temp:
            answer[waiting[-1]] = day - waiting[-1]
            waiting.pop()
        waiting.append(day)
    return answer
