# Accepted: tests each bit position i and sets bit 31 - i of the answer.
def reverse_bits(n: int) -> int:
    answer = 0
    for i in range(32):
        if n & (1 << i):
            answer |= 1 << (31 - i)
    return answer
