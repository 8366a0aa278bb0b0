# Accepted: every number from 2^k to 2^(k+1) - 1 is 2^k plus a smaller one, so its count
# is one more than that smaller number's.
def count_bits(n: int) -> list[int]:
    result = [0]
    power = 1
    for i in range(1, n + 1):
        if i == power * 2:
            power *= 2
        result.append(result[i - power] + 1)
    return result
