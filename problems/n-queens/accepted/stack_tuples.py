# Accepted: iterative search with a stack of tuples of queen columns; placements returned as tuples.
def solve_n_queens(n: int) -> list[list[str]]:
    found = []
    stack = [()]
    while stack:
        qs = stack.pop()
        r = len(qs)
        if r == n:
            found.append(tuple("".join("Q" if j == c else "." for j in range(n)) for c in qs))
            continue
        for c in range(n):
            if all(c != qc and r - qr != abs(c - qc) for qr, qc in enumerate(qs)):
                stack.append(qs + (c,))
    return found
