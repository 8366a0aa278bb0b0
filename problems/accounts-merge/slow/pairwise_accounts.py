# Slow: compares every pair of accounts for a shared email to build a graph of accounts,
# then collects its components: O(A^2 * L) for A accounts of up to L emails.
def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    n = len(accounts)
    sets = [set(acc[1:]) for acc in accounts]
    linked = [[] for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            if not sets[i].isdisjoint(sets[j]):
                linked[i].append(j)
                linked[j].append(i)
    seen = [False] * n
    result = []
    for i in range(n):
        if seen[i]:
            continue
        seen[i] = True
        stack, emails = [i], set()
        while stack:
            k = stack.pop()
            emails |= sets[k]
            for j in linked[k]:
                if not seen[j]:
                    seen[j] = True
                    stack.append(j)
        result.append([accounts[i][0]] + sorted(emails))
    return result
