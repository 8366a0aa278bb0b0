# Correct but O(m*n*q): adds up every cell of every queried rectangle.
def range_sums_2d(matrix: list[list[int]], queries: list[list[int]]) -> list[int]:
    answers = []
    for r1, c1, r2, c2 in queries:
        total = 0
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                total += matrix[r][c]
        answers.append(total)
    return answers
