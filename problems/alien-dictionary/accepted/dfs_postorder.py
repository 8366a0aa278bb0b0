# Accepted: graph of first differences, recursive DFS with three states, finishing order reversed.
def alien_order(words: list[str]) -> str:
    graph = {c: [] for w in words for c in w}
    for w1, w2 in zip(words, words[1:]):
        n = min(len(w1), len(w2))
        i = 0
        while i < n and w1[i] == w2[i]:
            i += 1
        if i == n:
            if len(w1) > len(w2):
                return ""
        else:
            graph[w1[i]].append(w2[i])
    state = {}
    out = []

    def visit(c):
        state[c] = "active"
        for d in graph[c]:
            if state.get(d) == "active":
                return False
            if d not in state and not visit(d):
                return False
        state[c] = "done"
        out.append(c)
        return True

    for c in graph:
        if c not in state and not visit(c):
            return ""
    return "".join(reversed(out))
