"""Text to the terminal's width: the wrapping itself, and the real commands at 60 columns."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import trainer
from trainer.format import duration, outcome_text
from trainer.grading.outcome import Outcome
from trainer.screen import reflow, width, wrap
from trainer.workspace import Workspace

STATEMENT = """\
You are given a list of integers `nums`. Return `True` if some value occurs at two or
more positions of the list, and `False` if every value occurs exactly once.

Constraints:
- 0 <= len(nums) <= 10^5
- a long item that goes on and on, written over two lines by its author, who wraps
  at 88 columns
1. a numbered item

    code_block(stays, exactly)   # as written
```
fenced = "stays too"      and its spacing
```
"""

words = st.text(alphabet="abcdefghij-", min_size=1, max_size=12)
lines = st.lists(st.lists(words, min_size=1, max_size=12).map(" ".join), max_size=8)


@given(lines, st.integers(20, 120))
def test_reflow_keeps_every_word_and_fits_the_width(text_lines: list[str], columns: int) -> None:
    text = "\n".join(text_lines)
    shown = reflow(text, columns)
    assert shown.split() == text.split()
    assert all(len(line) <= columns or " " not in line.strip() for line in shown.splitlines())


@given(st.lists(words, min_size=1, max_size=30).map(" ".join), st.integers(20, 120))
def test_wrap_starts_every_line_with_its_indent(text: str, columns: int) -> None:
    shown = wrap(text, "    ", first="  > ", columns=columns)
    assert shown.startswith("  > ")
    assert all(line.startswith("    ") for line in shown.splitlines()[1:])
    assert shown.split()[1:] == text.split()


def test_reflow_rewraps_prose_and_lists_and_keeps_code() -> None:
    assert reflow(STATEMENT, 60) == """\
You are given a list of integers `nums`. Return `True` if
some value occurs at two or more positions of the list, and
`False` if every value occurs exactly once.

Constraints:
- 0 <= len(nums) <= 10^5
- a long item that goes on and on, written over two lines by
  its author, who wraps at 88 columns
1. a numbered item

    code_block(stays, exactly)   # as written
```
fenced = "stays too"      and its spacing
```"""


def test_code_in_backquotes_is_never_split_across_lines() -> None:
    shown = wrap("slicing the ends off again and again (`t = t[1:-1]`) copies", columns=40)
    assert "`t = t[1:-1]`" in shown and all(len(line) <= 40 for line in shown.splitlines())


def test_the_width_is_the_terminals_within_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    for columns, wanted in (("60", 60), ("120", 100), ("10", 40)):
        monkeypatch.setenv("COLUMNS", columns)
        assert width() == wanted


def test_times_below_a_millisecond_read_in_microseconds() -> None:
    assert [duration(s) for s in (2.5, 0.0123, 0.001, 0.00042, 0.0000042)] == [
        "2,500.0 ms", "12.3 ms", "1.0 ms", "420 µs", "4.2 µs"]
    growth = {"points": [{"n": n, "solution_s": s, "reference_s": s / 100}
                         for n, s in ((100, 0.002), (200, 0.008))],
              "exponent": 2.0, "reference_exponent": 1.0, "ratio": 100.0}
    text = outcome_text(Outcome("two-sum", "too_slow", 1, growth=growth), "")
    assert "n = 200: 8.0 ms (reference 80 µs)" in text and "0.0 ms" not in text


def test_a_large_failing_input_says_where_it_is_and_how_to_print_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from trainer.grading.outcome import Counterexample

    monkeypatch.setenv("COLUMNS", "200")
    example = Counterexample(input="[1, 2, ... (40,000 characters in all)", expected="1",
                             got="2", input_file="/w/.trainer/failed-inputs/two_sum.json")
    text = outcome_text(Outcome("two-sum", "wrong_answer", 1, phase="generated",
                                counterexample=example), "")
    assert ("(the whole input is in /w/.trainer/failed-inputs/two_sum.json; trainer show "
            "two-sum --failed-input prints it)") in " ".join(text.split())
    assert "\n             (the whole input is in" in text


# -- the real commands at 60 columns ------------------------------------------------------

def assert_fits(text: str, columns: int = 60) -> None:
    """Every line fits, except one that is a single unbreakable word after its indent."""
    too_long = [line for line in text.splitlines()
                if len(line) > columns and " " in line.strip()]
    assert too_long == [], "\n".join(too_long)


@pytest.fixture
def bank(with_problems: Callable[..., Workspace]) -> Workspace:
    return with_problems("contains-duplicate", "valid-palindrome", "two-sum")


def test_statements_hints_errors_and_review_fit_the_terminal(bank: Workspace) -> None:
    shown = trainer("show", "valid-palindrome", columns=60)
    assert_fits(shown.stdout)
    assert "(`t = t[1:-1]`)" in shown.stdout  # code in a sentence stays whole
    trainer("start", "contains-duplicate")
    hint = trainer("hint", columns=60)
    assert_fits(hint.stdout)
    assert len(hint.stdout.splitlines()) > 2  # the first hint is longer than a line
    error = trainer("list", "--topic", "tree", columns=60)
    assert error.returncode == 2 and len(error.stderr.splitlines()) > 1
    assert_fits(error.stderr)
    (bank.solutions / "contains_duplicate.py").write_text(
        "def contains_duplicate(nums: list[int]) -> bool:\n    return len(set(nums)) < len(nums)\n")
    graded = trainer("grade", columns=60)
    assert graded.returncode == 0
    assert_fits(graded.stdout)
    assert re.search(r"^  complexity: from n = .*\n              \S", graded.stdout, re.M)
    review = trainer("review", columns=60)
    assert_fits(review.stdout)
    assert "\nNot started yet: two-pointers\n" in review.stdout


def test_mock_puts_a_problem_as_next_does(bank: Workspace) -> None:
    mock = trainer("mock", "--problems", "1").stdout.splitlines()
    head = next(n for n, line in enumerate(mock) if line.startswith("Problem 1 of 1: "))
    title = mock[head].removeprefix("Problem 1 of 1: ")
    topic_and_difficulty, your_file = mock[head + 1].split(". ", 1)
    assert your_file.startswith("Your file: solutions/")
    body = mock[head + 2:mock.index("The clock is running. Type g and Enter to be graded "
                                    "before time is up.") - 1]
    following = trainer("next", "--topic", topic_and_difficulty.split(",")[0]).stdout
    lines = following.splitlines()
    assert lines[0] == f"New problem: {title}"
    assert lines[1].startswith(f"{topic_and_difficulty}. Why: ")
    assert lines[2:2 + len(body)] == body and body[0] == "" and "Examples:" in body
