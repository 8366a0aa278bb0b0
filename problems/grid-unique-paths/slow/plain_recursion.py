# Correct but exponential: the plain recursion counts the routes one by one (the answer
# itself is exponential in m + n) and recomputes the same cells over and over.
def unique_paths(m: int, n: int) -> int:
    if m == 1 or n == 1:
        return 1
    return unique_paths(m - 1, n) + unique_paths(m, n - 1)
