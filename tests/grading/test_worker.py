"""The worker's timed run of a design problem's calls."""

from __future__ import annotations

from trainer.grading.worker import run_calls


def test_a_linked_sequence_runs_each_call_on_the_answers_before_it() -> None:
    class Codec:
        made = 0

        def __init__(self) -> None:
            Codec.made += 1

        def encode(self, strs: list[str]) -> str:
            return ",".join(strs)

        def decode(self, data: str) -> list[str]:
            return data.split(",")

    calls = [["__init__", {}], ["encode", {"strs": ["a", "b"]}], ["__init__", {}],
             ["decode", {"data": {"$answer": "encode"}}]]
    ticks = iter([10.0, 12.5])
    results, seconds = run_calls(Codec, lambda name, args: dict(args), calls,
                                 lambda: next(ticks))
    assert results == [None, "a,b", None, ["a", "b"]]
    assert Codec.made == 2 and seconds == 2.5
