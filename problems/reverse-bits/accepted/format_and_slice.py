# Accepted: formats n as 32 binary digits with leading zeros, reverses the string and
# reads it back.
def reverse_bits(n: int) -> int:
    return int(f"{n:032b}"[::-1], 2)
