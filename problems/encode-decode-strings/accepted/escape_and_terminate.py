# Escapes: '\' becomes '\\' and ',' becomes '\,'; each string ends with an unescaped ','.
class StringCodec:
    def encode(self, strs: list[str]) -> str:
        return "".join(s.replace("\\", "\\\\").replace(",", "\\,") + "," for s in strs)

    def decode(self, data: str) -> list[str]:
        strs, current = [], []
        i = 0
        while i < len(data):
            char = data[i]
            if char == "\\":
                current.append(data[i + 1])
                i += 2
                continue
            if char == ",":
                strs.append("".join(current))
                current = []
            else:
                current.append(char)
            i += 1
        return strs
