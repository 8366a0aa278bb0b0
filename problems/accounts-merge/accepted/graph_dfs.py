# Accepted: a graph whose nodes are emails, each account linking its first email to the
# others; an iterative depth-first search collects each connected component.
from collections import defaultdict


def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    graph = defaultdict(set)
    name_of = {}
    for account in accounts:
        name, first = account[0], account[1]
        for email in account[1:]:
            graph[first].add(email)
            graph[email].add(first)
            name_of[email] = name
    seen = set()
    merged = []
    for email in graph:
        if email in seen:
            continue
        seen.add(email)
        stack, component = [email], []
        while stack:
            e = stack.pop()
            component.append(e)
            for nxt in graph[e]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        merged.append([name_of[email]] + sorted(component))
    return merged
