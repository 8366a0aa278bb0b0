import random

from hypothesis import strategies as st


class StringCodec:
    """Length-prefixed: each string as its length, '#', then its characters. Decoding
    reads each header and then exactly that many characters, so no character inside a
    string can be mistaken for structure. O(total length) both ways."""

    def encode(self, strs: list[str]) -> str:
        return "".join(f"{len(s)}#{s}" for s in strs)

    def decode(self, data: str) -> list[str]:
        strs: list[str] = []
        i = 0
        while i < len(data):
            j = data.index("#", i)
            length = int(data[i:j])
            strs.append(data[j + 1:j + 1 + length])
            i = j + 1 + length
        return strs


class baseline:  # noqa: N801 (the name the grader looks for)
    """Escapes read one character at a time by index, O(total length).

    The slowest way the problem accepts: a decoder that walks the string character by
    character is as right as one that slices, only many times slower in Python, so
    solutions are timed against this one."""

    def encode(self, strs: list[str]) -> str:
        return "".join(s.replace("\\", "\\\\").replace(",", "\\,") + "," for s in strs)

    def decode(self, data: str) -> list[str]:
        strs: list[str] = []
        current = ""
        i = 0
        while i < len(data):
            char = data[i]
            if char == "\\":
                current += data[i + 1]
                i += 1
            elif char == ",":
                strs.append(current)
                current = ""
            else:
                current += char
            i += 1
        return strs


def check_encode(model: StringCodec, args: dict, got: str, memo: dict) -> str | None:
    """Any string is a fine encoding: only what decode makes of it is judged."""
    return None


# Characters that break naive codecs: separators, digits that look like length headers,
# escapes, quotes, whitespace, and characters outside ASCII and the BMP.
TRICKY = "#,:;/\\|\"' \n\t0123456789%$€ñ\u0000\U0001f600"
TRAPS = ["", "#", "3#abc", "0#", "1#", "\\", "\\#", ",", ":", "a,b", "12", "#2#"]

letters = st.one_of(
    st.text(alphabet=TRICKY, max_size=8),
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=12),
    st.sampled_from(TRAPS),
    st.text(alphabet="ab#1", min_size=150, max_size=200),
)
lists = st.one_of(
    st.sampled_from([[], [""], ["", ""], ["#"], ["3#abc"], ["", "0#", ""]]),
    st.lists(letters, max_size=8),
    st.lists(st.sampled_from(TRAPS), max_size=20),
    st.lists(st.sampled_from(TRAPS), min_size=150, max_size=200),  # the longest lists
)


def operations() -> dict:
    return {
        "encode": st.fixed_dictionaries({"strs": lists}),
        "decode": st.just({"data": {"$answer": "encode"}}),
        "__init__": st.just({}),  # a fresh codec: decode must work from the string alone
    }


def precondition(model: StringCodec, name: str, answered: set[str]) -> bool:
    """decode only once encode has returned something to decode."""
    return name != "decode" or "encode" in answered


def sized(n: int, rnd: random.Random) -> dict:
    """About n characters in all, in round trips of the largest list allowed: 200 strings
    of up to 200 digits and '#' (each a trap for a codec that looks for its marker), every
    seventh one empty, each list encoded, then decoded on a fresh codec."""
    calls: list[list] = []
    for _ in range(max(1, n // 40_000)):
        strs = ["".join(rnd.choice("0123456789#") for _ in range(rnd.randint(150, 200)))
                for _ in range(200)]
        strs[::7] = ["" for _ in strs[::7]]
        calls += [["encode", {"strs": strs}], ["__init__", {}],
                  ["decode", {"data": {"$answer": "encode"}}]]
    return {"init": {}, "calls": calls}
