# Wrong: writes each length and '#', but decodes by splitting on '#', so a '#' inside a
# string is taken for a marker.
class StringCodec:
    def encode(self, strs: list[str]) -> str:
        return "".join(f"{len(s)}#{s}" for s in strs)

    def decode(self, data: str) -> list[str]:
        parts = data.split("#")
        strs = []
        for index in range(1, len(parts)):
            length = int(parts[index - 1][-1]) if parts[index - 1] else 0
            strs.append(parts[index][:length])
        return strs
