# Wrong: stops at the first placement it finds instead of collecting all of them.
def solve_n_queens(n: int) -> list[list[str]]:
    cols = []

    def place(r):
        if r == n:
            return True
        for c in range(n):
            if all(c != cc and abs(c - cc) != r - rr for rr, cc in enumerate(cols)):
                cols.append(c)
                if place(r + 1):
                    return True
                cols.pop()
        return False

    if not place(0):
        return []
    return [["." * c + "Q" + "." * (n - 1 - c) for c in cols]]
