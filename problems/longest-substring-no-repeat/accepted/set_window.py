# Accepted: a set holding the window's characters; remove from the left until the new
# character is free.
def length_of_longest_substring(s: str) -> int:
    window = set()
    left = 0
    longest = 0
    for right, ch in enumerate(s):
        while ch in window:
            window.remove(s[left])
            left += 1
        window.add(ch)
        longest = max(longest, right - left + 1)
    return longest
