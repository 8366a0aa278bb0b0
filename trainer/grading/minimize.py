"""A failing input made as small as it will go, by changing the input itself.

    minimize(value, fails, valid=..., fixed=..., budget=Budget(...)) -> smallest value found

Hypothesis shrinks the choices a generator made, not the input they built. Many of our
generators build an input from one drawn seed (a long random string, a random tree, a
range of values): to Hypothesis those few choices are simpler than a short string drawn
character by character, so a failure first met on such an input stays large however
small a failing input is. This pass takes over from there and works on the plain data:
it deletes parts of lists and strings (rows and columns of a grid), renumbers and lowers
integers, and turns characters into simpler ones, each everywhere at once so that equal
values stay equal (a palindrome stays a palindrome, a target stays in the list). A change
is kept only when `valid` accepts it (the signature's types, the constraints) and `fails`
says the solution still fails in the same way; every kept change makes the input strictly
smaller by `size_key`, so the search ends.
"""

from __future__ import annotations

import string
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

Path = tuple[Any, ...]  # list indexes and dict keys from the top of the value

# Simpler characters first: lowercase letters, digits, uppercase letters, space, the rest.
CHAR_ORDER = string.ascii_lowercase + string.digits + string.ascii_uppercase + " "
CHAR_RANK = {c: i for i, c in enumerate(CHAR_ORDER)}
FIRST_CHOICES = "abAB01 "  # what a character is tried as first, whatever the alphabet
CHAR_FLOORS = {**dict.fromkeys(string.ascii_lowercase, "a"),
               **dict.fromkeys(string.ascii_uppercase, "A"), **dict.fromkeys(string.digits, "0")}
PAIRS = 8  # the pair passes look at this many distinct values (or strings) at most


@dataclass
class Budget:
    """How many candidate runs, and how many seconds, the search may take."""
    calls: int = 2000
    seconds: float = 3.0
    used: int = 0
    started: float = field(default_factory=time.monotonic)

    def spent(self) -> bool:
        return self.used >= self.calls or time.monotonic() - self.started > self.seconds


def char_rank(c: str) -> int:
    return CHAR_RANK.get(c, len(CHAR_ORDER) + ord(c))


def size_key(value: Any) -> tuple[int, float]:
    """(how many items, how large they are): what 'smaller' means here."""
    size, magnitude = 0, 0.0
    stack = [value]
    while stack:
        item = stack.pop()
        size += 1
        if isinstance(item, str):
            size += len(item)
            magnitude += sum(char_rank(c) for c in item)
        elif isinstance(item, list):
            if all(type(v) is int for v in item):  # a flat list of ints, in C loops
                size += len(item)
                magnitude += 2 * sum(map(abs, item)) + sum(v < 0 for v in item)
            else:
                stack.extend(item)
        elif isinstance(item, dict):
            size -= 1  # an argument dict, or a node's fields: its keys are not content
            stack.extend(item.values())
        elif isinstance(item, bool):
            magnitude += item
        elif isinstance(item, int):
            magnitude += 2 * abs(item) + (item < 0)
        elif isinstance(item, float):
            magnitude += 2 * abs(item) + (item < 0) + (0.0 if item.is_integer() else 0.5)
    return size, magnitude


def minimize(value: Any, fails: Callable[[Any], bool], *,
             valid: Callable[[Any], bool] = lambda _: True,
             fixed: Callable[[Path], bool] = lambda _: False,
             budget: Budget | None = None) -> Any:
    """The smallest value found from `value` (which fails) that is valid and still fails.

    `fixed(path)`: a part that is neither deleted nor changed (its own parts may be)."""
    return _Search(value, fails, valid, fixed, budget or Budget()).run()


class _Spent(Exception):
    """The budget is used up."""


class _Search:
    def __init__(self, value: Any, fails: Callable[[Any], bool], valid: Callable[[Any], bool],
                 fixed: Callable[[Path], bool], budget: Budget) -> None:
        self.best, self.fails, self.valid, self.fixed = value, fails, valid, fixed
        self.budget = budget
        self.best_key = size_key(value)
        self.seen: set[int] = set()

    def run(self) -> Any:
        passes = (self.collapse, self.trim_ends, self.delete_chunks, self.delete_columns,
                  self.delete_crosses, self.renumber,
                  self.lower_ints, self.simplify_chars, self.lower_floats, self.blank_items,
                  self.lower_int_pairs, self.lower_char_pairs, self.delete_char_pairs,
                  self.lower_each_int)
        progress = True
        try:
            while progress:
                before = self.best_key
                for shrink_pass in passes:
                    shrink_pass()
                progress = self.best_key < before
        except _Spent:
            pass
        return self.best

    def consider(self, candidate: Any) -> bool:
        """Try one candidate; keep it if it is smaller, valid and still fails."""
        if self.budget.spent():
            raise _Spent  # ends every pass at once, however many candidates it has left
        key = size_key(candidate)
        if key >= self.best_key:
            return False
        marker = hash(repr(candidate))
        if marker in self.seen:
            return False
        self.seen.add(marker)
        try:
            if not self.valid(candidate):
                return False
        except Exception:  # a check that cannot read it: not valid
            return False
        self.budget.used += 1
        if not self.fails(candidate):
            return False
        self.best, self.best_key = candidate, key
        return True

    def collapse(self) -> None:
        """Every character made the same simple one, every integer 0: a few runs that,
        when the failure does not care, save a run per value."""
        if self.strings():
            for new in FIRST_CHOICES:
                if self.consider(self.map_strings(partial(_every_char, new))):
                    break
        if self.ints():
            self.consider(self.map_ints(lambda _: 0))

    # -- deleting -------------------------------------------------------------------
    def delete_chunks(self) -> None:
        """Delete runs of items from each list and string, halves first (as in delta
        debugging), down to single items."""
        for path in sorted(self.sequences(), key=len):
            if not (self.has(path) and isinstance(get(self.best, path), (list, str))):
                continue  # moved or gone with a part deleted meanwhile
            chunk = len(get(self.best, path))
            while chunk >= 1 and not self.budget.spent():
                start = 0
                while start < len(node := get(self.best, path)):
                    end = min(start + chunk, len(node))
                    if any(self.fixed((*path, i)) for i in range(start, end)) or not (
                            self.consider(put(self.best, path, node[:start] + node[end:]))):
                        start += chunk
                chunk //= 2

    def trim_ends(self) -> None:
        """Delete as many items from both ends at once: a palindrome, a mirrored list or
        anything read from both ends keeps its shape."""
        for path in sorted(self.sequences(), key=len):
            if not (self.has(path) and isinstance(get(self.best, path), (list, str))):
                continue
            count = len(get(self.best, path)) // 2
            while count >= 1 and not self.budget.spent():
                node = get(self.best, path)
                if 2 * count > len(node) or any(
                        self.fixed((*path, i)) for i in (*range(count),
                                                         *range(len(node) - count, len(node)))
                ) or not self.consider(put(self.best, path, node[count:len(node) - count])):
                    count //= 2

    def delete_columns(self) -> None:
        """Delete the same index from every row of a grid (a list of equal-length lists)."""
        for path in sorted(self.sequences(), key=len):
            column = 0
            while not self.budget.spent() and self.has(path):
                rows = get(self.best, path)
                if not (isinstance(rows, list) and len(rows) > 0 and all(
                        isinstance(r, list) for r in rows) and len({len(r) for r in rows}) == 1
                        and column < len(rows[0]) and len(rows[0]) > 1):
                    break
                narrower = [r[:column] + r[column + 1:] for r in rows]
                if any(self.fixed((*path, r, column)) for r in range(len(rows))) or not (
                        self.consider(put(self.best, path, narrower))):
                    column += 1

    def delete_crosses(self) -> None:
        """Delete row i and column i of a square grid together: it stays square."""
        for path in sorted(self.sequences(), key=len):
            index = 0
            while self.has(path):
                rows = get(self.best, path)
                if not (isinstance(rows, list) and len(rows) > 1 and index < len(rows)
                        and all(isinstance(r, list) and len(r) == len(rows) for r in rows)):
                    break
                smaller = [r[:index] + r[index + 1:] for k, r in enumerate(rows) if k != index]
                removed = [(*path, index), *((*path, k, index) for k in range(len(rows)))]
                if any(map(self.fixed, removed)) or not self.consider(
                        put(self.best, path, smaller)):
                    index += 1

    # -- integers -------------------------------------------------------------------
    def renumber(self) -> None:
        """Every integer replaced by its rank among the distinct ones (sign kept, then
        from 0): orders, equalities and sortedness survive, the sizes go."""
        values = sorted({v for v in self.ints()})
        if not values:
            return
        negatives = [v for v in values if v < 0]
        positives = [v for v in values if v > 0]
        signed = {v: -(len(negatives) - i) for i, v in enumerate(negatives)}
        signed.update({v: i + 1 for i, v in enumerate(positives)})
        signed[0] = 0
        from_zero = {v: i for i, v in enumerate(values)}
        for mapping in (signed, from_zero):
            self.consider(self.map_ints(partial(_mapped, mapping)))

    def lower_ints(self) -> None:
        """Each distinct integer, largest first, made as small as it will go, everywhere
        at once (equal values stay equal)."""
        for value in sorted(set(self.ints()), key=lambda v: -abs(v)):
            self.lower(value, self.replace_int)

    def lower_each_int(self) -> None:
        """Each integer lowered at its own place: the slowest pass (a run or more per
        integer), so the last, after the deletions it may make possible."""
        for path in self.int_paths():
            node = get(self.best, path) if self.has(path) else None
            if type(node) is int and node != 0:
                self.lower(node, partial(self.put_at, path))

    def lower(self, value: int, replaced: Callable[[int, int], Any]) -> None:
        """Try 0, the value's opposite if it is negative, then a binary search towards 0."""
        current = value
        if self.consider(replaced(current, 0)):
            return
        if current < 0 and self.consider(replaced(current, -current)):
            current = -current
        sign = 1 if current > 0 else -1
        low, high = 0, abs(current)  # low does not fail (or was not tried), high does
        while high - low > 1 and not self.budget.spent():
            middle = (low + high) // 2
            if self.consider(replaced(current, sign * middle)):
                current, high = sign * middle, middle
            else:
                low = middle

    def lower_int_pairs(self) -> None:
        """Two distinct integers moved towards 0 by the same amount, everywhere at once: a
        sum of two of opposite signs, or a difference (a target minus one of a pair),
        stays as it was. Single changes cannot shrink such inputs."""
        values = sorted(set(self.ints()) - {0}, key=lambda v: -abs(v))[:PAIRS]
        for i, first in enumerate(values):
            for second in values[i + 1:]:
                self.lower_together(min(abs(first), abs(second)),
                                    partial(self.ints_towards_zero, (first, second)))

    def lower_together(self, most: int, moved: Callable[[int], Any]) -> None:
        """The largest amount up to `most` that still fails, by binary search."""
        if most < 1 or self.consider(moved(most)):
            return
        low, high = 0, most  # high does not fail
        while high - low > 1 and not self.budget.spent():
            middle = (low + high) // 2
            if self.consider(moved(middle)):
                return  # the pass runs again while anything shrinks
            high = middle

    # -- characters and floats --------------------------------------------------------
    def lower_char_pairs(self) -> None:
        """Two distinct letters (or digits) moved down the alphabet by the same amount,
        everywhere: a sum of character codes that must stay equal stays equal."""
        present = sorted({c for text in self.strings() for c in text if c in CHAR_FLOORS},
                         key=char_rank, reverse=True)[:PAIRS]
        for i, first in enumerate(present):
            for second in present[i + 1:]:
                most = min(ord(c) - ord(CHAR_FLOORS[c]) for c in (first, second))
                self.lower_together(most, partial(self.chars_down, (first, second)))

    def delete_char_pairs(self) -> None:
        """One occurrence of a character deleted from each of two strings at once."""
        paths = [path for path, node in self.walk() if isinstance(node, str) and node
                 and not self.fixed(path)][:PAIRS]
        for i, first in enumerate(paths):
            for second in paths[i + 1:]:
                if not (self.has(first) and self.has(second)):
                    continue
                a, b = get(self.best, first), get(self.best, second)
                if not (isinstance(a, str) and isinstance(b, str)):
                    continue
                for c in sorted(set(a) & set(b), key=char_rank, reverse=True):
                    a, b = get(self.best, first), get(self.best, second)
                    if c in a and c in b:
                        self.consider(put(put(self.best, first, a.replace(c, "", 1)),
                                          second, b.replace(c, "", 1)))

    def simplify_chars(self) -> None:
        """Each distinct character, least simple first, replaced everywhere by a simpler
        one: the first few of CHAR_ORDER, or one already used."""
        used = sorted({c for text in self.strings() for c in text}, key=char_rank,
                      reverse=True)
        for old in used:
            if old not in {c for text in self.strings() for c in text}:
                continue
            present = sorted({c for text in self.strings() for c in text}, key=char_rank)
            for new in dict.fromkeys([*FIRST_CHOICES, *present]):
                if char_rank(new) < char_rank(old) and self.consider(
                        self.map_strings(partial(_replace, old, new))):
                    break

    def lower_floats(self) -> None:
        for value in sorted({v for v in self.floats()}, key=lambda v: -abs(v)):
            for new in (0.0, 1.0, -1.0, 2.0, float(round(value)), round(value, 1),
                        round(value, 2)):
                if self.consider(self.map_values(partial(_float_replaced, value, new))):
                    break

    def blank_items(self) -> None:
        """An item of a list replaced by None (a missing node of a level-order tree)."""
        for path in self.int_paths():
            if self.has(path) and type(get(self.best, path)) is int:
                self.consider(put(self.best, path, None))

    # -- walking the value ------------------------------------------------------------
    def walk(self) -> Iterator[tuple[Path, Any]]:
        stack: list[tuple[Path, Any]] = [((), self.best)]
        while stack:
            path, node = stack.pop()
            yield path, node
            if isinstance(node, list):
                stack.extend(((*path, i), item) for i, item in enumerate(node))
            elif isinstance(node, dict):
                stack.extend(((*path, key), item) for key, item in node.items())

    def sequences(self) -> list[Path]:
        return [path for path, node in self.walk()
                if isinstance(node, (list, str)) and node and not self.fixed(path)]

    def ints(self) -> list[int]:
        return [node for path, node in self.walk() if type(node) is int and not self.fixed(path)]

    def int_paths(self) -> list[Path]:
        return [path for path, node in self.walk() if type(node) is int and path
                and not self.fixed(path)]

    def strings(self) -> list[str]:
        return [node for path, node in self.walk() if isinstance(node, str)
                and not self.fixed(path)]

    def floats(self) -> list[float]:
        return [node for path, node in self.walk()
                if type(node) is float and not self.fixed(path)]

    def has(self, path: Path) -> bool:
        """Whether `path` still leads somewhere, through lists and dicts only."""
        node = self.best
        for key in path:
            in_list = isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node)
            if not (in_list or (isinstance(node, dict) and key in node)):
                return False
            node = node[key]
        return True

    def map_values(self, change: Callable[[Any], Any]) -> Any:
        """The value with `change` applied to every scalar and string not fixed."""
        def walk(node: Any, path: Path) -> Any:
            if isinstance(node, list):
                return [walk(item, (*path, i)) for i, item in enumerate(node)]
            if isinstance(node, dict):
                return {key: walk(item, (*path, key)) for key, item in node.items()}
            return node if self.fixed(path) else change(node)
        return walk(self.best, ())

    def replace_int(self, old: int, new: int) -> Any:
        return self.map_ints(lambda v: new if v == old else v)

    def put_at(self, path: Path, _old: int, new: int) -> Any:
        return put(self.best, path, new)

    def ints_towards_zero(self, which: tuple[int, int], amount: int) -> Any:
        return self.map_ints(lambda v: _towards_zero(v, amount) if v in which else v)

    def chars_down(self, which: tuple[str, str], amount: int) -> Any:
        table = {ord(c): ord(c) - amount for c in which}
        return self.map_strings(lambda text: text.translate(table))

    def map_ints(self, change: Callable[[int], int]) -> Any:
        return self.map_values(lambda v: change(v) if type(v) is int else v)

    def map_strings(self, change: Callable[[str], str]) -> Any:
        return self.map_values(lambda v: change(v) if isinstance(v, str) else v)


def _mapped(mapping: dict[int, int], value: int) -> int:
    return mapping.get(value, value)


def _every_char(new: str, text: str) -> str:
    return new * len(text)


def _replace(old: str, new: str, text: str) -> str:
    return text.replace(old, new)


def _float_replaced(old: float, new: float, value: Any) -> Any:
    return new if type(value) is float and value == old else value


def _towards_zero(value: int, amount: int) -> int:
    return value - amount if value > 0 else value + amount


def get(value: Any, path: Path) -> Any:
    for key in path:
        value = value[key]
    return value


def put(value: Any, path: Path, new: Any) -> Any:
    """A copy of `value` with the part at `path` replaced (copied along the path only)."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    copy = list(value) if isinstance(value, list) else dict(value)
    copy[head] = put(value[head], rest, new)
    return copy
