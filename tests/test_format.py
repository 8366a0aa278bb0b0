"""The terminal text of a grading, line by line: the verdict first, then what went wrong,
then how to replay it."""

from __future__ import annotations

import click
import pytest

from tests.helpers import said
from trainer.format import outcome_text
from trainer.grading.outcome import Counterexample, Outcome


@pytest.fixture(autouse=True)
def eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """The text wraps to the terminal: pinned at the width of one that is not a terminal."""
    monkeypatch.setenv("COLUMNS", "80")


GROWTH = {
    "message": "at n = 4,000 your solution took 40.0x the reference's time; ...",
    "ratio": 40.0, "exponent": 2.0, "reference_exponent": 1.0, "from_n": 1000,
    "against": "the reference", "baseline": "",
    "points": [{"n": 1000, "solution_s": 0.001, "reference_s": 0.0001},
               {"n": 2000, "solution_s": 0.004, "reference_s": 0.0002},
               {"n": 4000, "solution_s": 0.016, "reference_s": 0.0004},
               {"n": 8000, "solution_s": 1.2345, "reference_s": 0.0008}],
}


def text(outcome: Outcome, solution: str = "") -> str:
    """The text as a terminal without colour shows it."""
    return click.unstyle(outcome_text(outcome, solution))


def test_a_plain_pass_is_one_line() -> None:
    outcome = Outcome("two-sum", "passed", 7, cases=1, elapsed_s=0.44)
    assert text(outcome) == "two-sum: PASSED  (1 input checked in 0.4 s, seed 7)"


def test_a_pass_says_what_was_measured_and_noted() -> None:
    outcome = Outcome("two-sum", "passed", 7, cases=206, elapsed_s=1.25,
                      growth={**GROWTH, "ratio": 0.9, "exponent": 1.04},
                      memory={"message": "grew like n^0.0"},
                      notes=["a list was asked for"])
    assert text(outcome).splitlines() == [
        "two-sum: PASSED  (206 inputs checked in 1.2 s, seed 7)",
        "  complexity: from n = 1,000 to 8,000 your time grew like n^1.0, the reference's",
        "              like n^1.0; at n = 8,000 it took 0.9x the reference's time",
        "  memory:     grew like n^0.0",
        "  note: a list was asked for",
    ]


def test_a_pass_against_a_baseline_names_it() -> None:
    growth = {**GROWTH, "against": "the baseline", "baseline": "Kruskal, O(n^2 log n)"}
    line = said(text(Outcome("p", "passed", 1, growth=growth)).split("\n", 1)[1])
    assert "the baseline's like n^1.0" in line
    assert line.endswith("took 40.0x the baseline's time (the baseline: Kruskal, O(n^2 log n))")


def test_a_wrong_answer_shows_the_input_the_answers_and_the_replay() -> None:
    example = Counterexample(input={"nums": [0, 0], "name": "a"}, expected="True",
                             got="False", output="debug 1\ndebug 2\n")
    outcome = Outcome("contains-duplicate", "wrong_answer", 7, cases=22, elapsed_s=0.4,
                      phase="generated", message="expected True, got False",
                      counterexample=example)
    assert text(outcome, "mine.py").splitlines() == [
        "contains-duplicate: WRONG ANSWER  (22 inputs checked in 0.4 s, seed 7)",
        "  on a generated input (shrunk to the smallest that fails)",
        "  input:     nums=[0, 0], name='a'",
        "  expected:  True",
        "  got:       False",
        "  printed:   debug 1",
        "             debug 2",
        "  replay:    trainer grade contains-duplicate --seed 7 --file mine.py",
    ]


def test_an_answer_of_the_wrong_type_says_why_under_what_it_got() -> None:
    example = Counterexample(input={"x": 1}, expected="1", got="True",
                             error="expected int, got bool True",
                             difference="at index 3: expected 1, got 2")
    outcome = Outcome("p", "wrong_answer", 2, cases=1, phase="examples",
                      counterexample=example)
    lines = text(outcome).splitlines()
    assert lines[1:6] == [
        "  on an example from the statement",
        "  input:     x=1",
        "  expected:  1",
        "  got:       True",
        "  differs:   at index 3: expected 1, got 2",
    ]
    assert lines[6] == "  why:       expected int, got bool True"


def test_a_runtime_error_shows_the_error_indented_under_its_label() -> None:
    example = Counterexample(input={"x": 1}, error="line 3, in f: IndexError: oops\n    a[9]")
    outcome = Outcome("p", "runtime_error", 2, phase="generated", counterexample=example)
    assert text(outcome).splitlines()[3:5] == [
        "  error:     line 3, in f: IndexError: oops",
        "                 a[9]",
    ]


@pytest.mark.parametrize("verdict", ["time_limit", "memory_limit"])
def test_a_limit_is_not_said_to_be_shrunk(verdict: str) -> None:
    outcome = Outcome("p", verdict, 2, phase="generated",
                      counterexample=Counterexample(input={"x": 1}, error="took too long"))
    assert text(outcome).splitlines()[1] == "  on a generated input"


def test_a_large_input_points_at_its_file() -> None:
    example = Counterexample(input="[1, 2, ... (90,000 characters in all)", got="1",
                             input_file="/tmp/inputs/p.json")
    outcome = Outcome("p", "wrong_answer", 2, phase="complexity", counterexample=example)
    assert text(outcome).splitlines()[1:5] == [
        "  while timing large inputs",
        "  input:     [1, 2, ... (90,000 characters in all)",
        "             (the whole input is in /tmp/inputs/p.json; trainer show p",
        "             --failed-input prints it)",
    ]


def test_too_slow_shows_the_last_three_sizes_measured() -> None:
    outcome = Outcome("p", "too_slow", 8, cases=206, elapsed_s=4.8, phase="complexity",
                      message=GROWTH["message"], growth=GROWTH)
    assert text(outcome).splitlines() == [
        "p: TOO SLOW  (206 inputs checked in 4.8 s, seed 8)",
        "  while timing large inputs",
        f"  {GROWTH['message']}",
        "  measured:  n = 2,000: 4.0 ms (reference 200 µs)",
        "             n = 4,000: 16.0 ms (reference 400 µs)",
        "             n = 8,000: 1,234.5 ms (reference 800 µs)",
        "  replay:    trainer grade p --seed 8",
    ]


def test_a_file_that_does_not_load_has_nothing_to_replay() -> None:
    outcome = Outcome("p", "compile_error", 3, phase="load", message="line 2: invalid syntax")
    assert text(outcome).splitlines() == [
        "p: DOES NOT LOAD  (0 inputs checked in 0.0 s, seed 3)",
        "  before any input",
        "  line 2: invalid syntax",
    ]


def test_the_verdict_is_green_for_a_pass_and_red_for_a_failure() -> None:
    passed = outcome_text(Outcome("p", "passed", 1), "")
    failed = outcome_text(Outcome("p", "wrong_answer", 1, phase="examples"), "")
    assert passed.startswith("p: " + click.style("PASSED", fg="green", bold=True))
    assert failed.startswith("p: " + click.style("WRONG ANSWER", fg="red", bold=True))


def test_a_long_sequence_of_calls_wraps_between_calls_only() -> None:
    calls = ("Twitter(); " + "; ".join(f"post_tweet(1, {i})" for i in range(11, 0, -1))
             + "; follow(2, 'a; b'); get_news_feed(1)")
    example = Counterexample(input=calls, expected="[1, 2]", got="[11, 10]")
    outcome = Outcome("mini-twitter", "wrong_answer", 3, phase="examples",
                      counterexample=example)
    lines = text(outcome).splitlines()[2:7]
    assert lines == [
        "  input:     Twitter(); post_tweet(1, 11); post_tweet(1, 10); post_tweet(1, 9);",
        "             post_tweet(1, 8); post_tweet(1, 7); post_tweet(1, 6);",
        "             post_tweet(1, 5); post_tweet(1, 4); post_tweet(1, 3);",
        "             post_tweet(1, 2); post_tweet(1, 1); follow(2, 'a; b');",
        "             get_news_feed(1)",
    ]
    assert all(len(line) <= 80 for line in lines)
    assert said(" ".join(lines)).endswith(said(calls))
