# Accepted: breadth-first search over accounts, moving from an account to every account
# that holds one of its emails (an index from email to accounts); returns tuples.
from collections import deque


def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    holders = {}
    for i, acc in enumerate(accounts):
        for email in acc[1:]:
            holders.setdefault(email, []).append(i)
    done = [False] * len(accounts)
    out = []
    for start in range(len(accounts)):
        if done[start]:
            continue
        done[start] = True
        queue = deque([start])
        emails = set()
        while queue:
            i = queue.popleft()
            for email in accounts[i][1:]:
                if email in emails:
                    continue
                emails.add(email)
                for j in holders[email]:
                    if not done[j]:
                        done[j] = True
                        queue.append(j)
        out.append((accounts[start][0], *sorted(emails)))
    return out
