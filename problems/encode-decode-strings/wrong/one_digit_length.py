# Wrong: the length is written without a marker and read back as one digit, so a string
# of 10 characters or more is cut short.
class StringCodec:
    def encode(self, strs: list[str]) -> str:
        return "".join(str(len(s)) + s for s in strs)

    def decode(self, data: str) -> list[str]:
        strs, i = [], 0
        while i < len(data):
            length = int(data[i])
            strs.append(data[i + 1:i + 1 + length])
            i += 1 + length
        return strs
