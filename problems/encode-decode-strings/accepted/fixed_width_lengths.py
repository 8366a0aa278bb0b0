# Every length in three digits (a string is at most 200 long), then the string: no marker.
class StringCodec:
    def __init__(self):
        self.width = 3

    def encode(self, strs):
        return "".join(str(len(s)).zfill(self.width) + s for s in strs)

    def decode(self, data):
        out = []
        pos = 0
        while pos < len(data):
            size = int(data[pos:pos + self.width])
            pos += self.width
            out.append(data[pos:pos + size])
            pos += size
        return out
