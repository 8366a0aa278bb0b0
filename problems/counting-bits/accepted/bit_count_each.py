# Accepted: int.bit_count() for every number, in a list comprehension.
def count_bits(n: int) -> list[int]:
    return [i.bit_count() for i in range(n + 1)]
