"""A design problem's calls: links to earlier answers, and the calls as a learner reads them."""

from __future__ import annotations

import pytest

from trainer.problems.calls import answer_link, links, show_calls, with_answers


def test_an_argument_may_stand_for_an_earlier_answer() -> None:
    assert answer_link({"$answer": "encode"}) == "encode"
    for plain in ({"$answer": 1}, {"$answer": "encode", "more": 1}, "encode", None, [1]):
        assert answer_link(plain) is None
    args = {"data": {"$answer": "encode"}, "k": 2}
    assert with_answers(args, {"encode": "3#abc"}) == {"data": "3#abc", "k": 2}
    assert with_answers({"k": 2}, {}) == {"k": 2}
    with pytest.raises(KeyError):
        with_answers(args, {})
    assert links(args) == {"data": "encode"}


def test_calls_read_as_they_were_made_with_links_named() -> None:
    calls = [["__init__", {}], ["encode", {"strs": ["a"]}], ["__init__", {}],
             ["decode", {"data": {"$answer": "encode"}}]]
    assert show_calls("StringCodec", calls) == (
        "StringCodec(); encode(['a']); StringCodec(); decode(<what encode returned>)")
