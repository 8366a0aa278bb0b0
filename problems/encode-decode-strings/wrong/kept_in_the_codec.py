# Wrong: keeps the list inside the codec and encodes nothing, so decode on a second, fresh
# codec has nothing to give back.
class StringCodec:
    def __init__(self) -> None:
        self.kept: list[str] = []

    def encode(self, strs: list[str]) -> str:
        self.kept = list(strs)
        return "see the codec"

    def decode(self, data: str) -> list[str]:
        return list(self.kept)
