# JSON does the escaping: json.dumps writes the list as text, json.loads reads it back.
import json


class StringCodec:
    def encode(self, strs: list[str]) -> str:
        return json.dumps(strs)

    def decode(self, data: str) -> list[str]:
        return json.loads(data)
