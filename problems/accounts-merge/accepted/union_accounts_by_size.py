# Accepted: union-find over account indices (union by size, full path compression); the
# first account seen with an email owns it, and later accounts with it are joined to it.
def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    n = len(accounts)
    parent = list(range(n))
    size = [1] * n

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(a, b):
        a, b = find(a), find(b)
        if a == b:
            return
        if size[a] < size[b]:
            a, b = b, a
        parent[b] = a
        size[a] += size[b]

    first_owner = {}
    for i, acc in enumerate(accounts):
        for email in acc[1:]:
            if email in first_owner:
                union(i, first_owner[email])
            else:
                first_owner[email] = i

    emails_of = {}
    for email, i in first_owner.items():
        emails_of.setdefault(find(i), set()).add(email)
    return [[accounts[root][0]] + sorted(emails) for root, emails in emails_of.items()]
