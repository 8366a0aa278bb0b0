# Accepted: KMP string-matching automaton (a 26-column transition table), then one pass
# over the text: O(26 * len(pattern) + len(text)).
def find_occurrences(text: str, pattern: str) -> list[int]:
    m = len(pattern)
    codes = [ord(c) - 97 for c in pattern]
    dfa = [[0] * 26 for _ in range(m + 1)]
    dfa[0][codes[0]] = 1
    restart = 0  # the state the automaton is in after reading pattern[1:j]
    for j in range(1, m + 1):
        row, back = dfa[j], dfa[restart]
        row[:] = back
        if j < m:
            row[codes[j]] = j + 1
            restart = back[codes[j]]
    found = []
    state = 0
    for i, c in enumerate(text):
        state = dfa[state][ord(c) - 97]
        if state == m:
            found.append(i - m + 1)
    return found
