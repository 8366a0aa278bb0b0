# Wrong: most common letter's count plus k, as if its copies were all next to each other;
# the substring must be contiguous.
def character_replacement(s: str, k: int) -> int:
    top = max(s.count(c) for c in set(s))
    return min(len(s), top + k)
