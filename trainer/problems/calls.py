"""A design problem's calls as data, and as a learner reads them.

    [["__init__", {"capacity": 2}], ["get", {"key": 1}]]  ->  'LRUCache(2); get(1)'

An argument {"$answer": "encode"} stands for what the last call to encode returned, on
each side: the solution's own answer in the worker, the reference's in the grader. A
round trip (encode, then decode what encode returned) is judged this way; `__init__` after
the first call makes another instance, so the second end starts from nothing.
"""

from __future__ import annotations

from typing import Any

ANSWER_KEY = "$answer"


def answer_link(value: Any) -> str | None:
    """The method whose answer an argument stands for ({"$answer": name}), or None."""
    if isinstance(value, dict) and len(value) == 1 and isinstance(value.get(ANSWER_KEY), str):
        return value[ANSWER_KEY]
    return None


def links(args: dict[str, Any]) -> dict[str, str]:
    """{argument name: the method whose answer it stands for} for a call's linked arguments."""
    return {name: link for name, value in args.items() if (link := answer_link(value))}


def with_answers(args: dict[str, Any], answers: dict[str, Any]) -> dict[str, Any]:
    """A call's arguments with each link replaced by the answer it names, from `answers`
    (each method's latest answer in this sequence, on this side). KeyError: no such
    answer yet."""
    linked = links(args)
    if not linked:
        return args
    return {**args, **{name: answers[link] for name, link in linked.items()}}


def show_calls(problem_entry: str, calls: list[list[Any]]) -> str:
    """[["__init__", {"capacity": 2}], ["get", {"key": 1}]] -> 'LRUCache(2); get(1)'."""
    parts = []
    for name, args in calls:
        shown = ", ".join(f"<what {link} returned>" if (link := answer_link(value)) else
                          repr(value) for value in args.values())
        parts.append(f"{problem_entry if name == '__init__' else name}({shown})")
    return "; ".join(parts)


def split_calls(text: str) -> list[str]:
    """'LRUCache(2); put(1, 'a; b'); get(1)' -> each call's text, as show_calls joined
    them; a "; " inside a string literal is not between calls."""
    calls: list[str] = []
    start = 0
    quote = ""
    escaped = False
    for index, char in enumerate(text):
        if quote:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif text.startswith("; ", index):
            calls.append(text[start:index])
            start = index + 2
    calls.append(text[start:])
    return calls
