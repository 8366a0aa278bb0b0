# Wrong: joins with '#' and splits on '#': a string holding '#' comes back in pieces, and
# [] and [""] both encode as "".
class StringCodec:
    def encode(self, strs: list[str]) -> str:
        return "#".join(strs)

    def decode(self, data: str) -> list[str]:
        return data.split("#") if data else []
