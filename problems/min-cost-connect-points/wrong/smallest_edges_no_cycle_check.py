# Wrong: takes the n - 1 cheapest links without checking that they join different parts,
# so links inside a tight cluster can form a cycle while another point stays unconnected.
def min_cost_connect_points(points: list[list[int]]) -> int:
    n = len(points)
    costs = []
    for i in range(n):
        for j in range(i + 1, n):
            costs.append(abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1]))
    costs.sort()
    return sum(costs[:n - 1])
