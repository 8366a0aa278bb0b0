# Wrong: counts the positions where the letters differ plus the difference in length,
# so one letter inserted at the front makes every later position differ.
def edit_distance(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b)) + abs(len(a) - len(b))
