# Correct but exponential, about O(phi^n): the plain recursion recomputes the same counts
# over and over.
def climb_stairs(n: int) -> int:
    if n <= 2:
        return n
    return climb_stairs(n - 1) + climb_stairs(n - 2)
