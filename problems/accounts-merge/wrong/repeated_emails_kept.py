# Wrong: collects each person's emails in a list, so an email that appears in two accounts
# (or twice in one) is listed more than once.
def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    parent = list(range(len(accounts)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner = {}
    for i, acc in enumerate(accounts):
        for email in acc[1:]:
            if email in owner:
                parent[find(i)] = find(owner[email])
            else:
                owner[email] = i
    merged = {}
    for i, acc in enumerate(accounts):
        merged.setdefault(find(i), []).extend(acc[1:])
    return [[accounts[root][0]] + sorted(emails) for root, emails in merged.items()]
