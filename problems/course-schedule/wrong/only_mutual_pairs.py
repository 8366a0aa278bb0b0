# Wrong: looks only for a pair and its reverse (and [a, a]), so a cycle through three or
# more courses goes unnoticed.
def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    pairs = {(a, b) for a, b in prerequisites}
    for a, b in pairs:
        if a == b or (b, a) in pairs:
            return False
    return True
