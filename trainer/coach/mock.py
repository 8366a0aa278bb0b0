"""A timed mock interview: a few problems from the weakest topics, graded together at the
end, as an interviewer would.

    start_mock(...)   choose the problems and write their stubs
    wait(...)         the clock runs until time is up or the learner asks to be graded
    grade_mock(...)   grade every file, record the attempts, time each problem

Reading the keyboard is injected (`NextLine`), so the loop runs in tests without one.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TextIO

from trainer.coach.review import topic_reports
from trainer.errors import TrainerError
from trainer.problems.catalogue import Catalogue
from trainer.problems.spec import Problem
from trainer.workspace import Workspace

# Wait up to this many seconds for a line: None when none came, "" at end of input.
NextLine = Callable[[float], str | None]
GRADE_NOW = "g"


@dataclass(frozen=True)
class MockProblem:
    problem: Problem
    path: Path
    stub_hash: str  # the stub as written: unchanged at the end means not attempted
    backup: Path | None  # an earlier file, set aside so the interview starts blank


@dataclass(frozen=True)
class Mock:
    problems: tuple[MockProblem, ...]
    started: datetime  # by trainer's clock (TRAINER_NOW may fix it): what is shown
    deadline: datetime
    started_wall: float  # time.time() at the start, to compare with files' save times

    @property
    def seconds(self) -> float:
        return (self.deadline - self.started).total_seconds()


@dataclass(frozen=True)
class MockResult:
    slug: str
    verdict: str  # a grading verdict, or "not_attempted"
    passed: bool
    time_spent: timedelta | None  # from the start to the file's last save


def pick_problems(problems: dict[str, Problem], reports_order: list[str],
                  suggestions: dict[str, str | None], count: int) -> list[Problem]:
    """Weakest topics first, one problem each (the review's suggestion); then the easiest
    problems of topics not used yet; then any, so the interview has `count` if it can."""
    chosen = [problems[slug] for topic in reports_order
              if (slug := suggestions.get(topic)) and slug in problems][:count]
    easiest = sorted(problems.values(), key=lambda p: (p.difficulty_rank, p.slug))
    for fresh_topic_only in (True, False):
        for problem in easiest:
            taken = {p.slug for p in chosen}
            topics = {p.topic for p in chosen}
            if len(chosen) < count and problem.slug not in taken and (
                    not fresh_topic_only or problem.topic not in topics):
                chosen.append(problem)
    return chosen


def start_mock(workspace: Workspace, catalogue: Catalogue, now: datetime, minutes: int,
               count: int) -> Mock:
    from trainer.coach.stubs import write_stub
    from trainer.problems.render import render_stub
    from trainer.store.history import open_history

    if not catalogue.problems:
        raise TrainerError("no problems in this workspace to interview on")
    with open_history(workspace) as history:
        history.check()  # a damaged or read-only history fails before any file is set aside
        history.require_writable()
        reports = topic_reports(catalogue.problems, history, now.date())
    chosen = pick_problems(catalogue.problems, [r.topic for r in reports],
                           {r.topic: r.suggestion for r in reports}, count)
    written = []
    for problem in chosen:
        stub = render_stub(problem)
        path = workspace.solution_path(problem.slug)
        keep_going = path.exists() and path.read_text(encoding="utf-8") != stub
        started = write_stub(workspace, problem, force=keep_going)  # old work kept as .bak
        written.append(MockProblem(problem, started.path, _hash(stub.encode()),
                                   started.backup))
    if chosen:  # a plain `trainer grade` grades what the learner last started: the mock's
        from trainer.coach import state

        with open_history(workspace) as history:
            history.set_state(state.CURRENT, chosen[0].slug)
    return Mock(tuple(written), now, now + timedelta(minutes=minutes), time.time())


def wait(seconds: float, next_line: NextLine, clock: Callable[[], float] = time.monotonic,
         tick: Callable[[float], None] = lambda left: None) -> str:
    """Until `seconds` have passed ("time"), `g` + Enter ("asked") or the end of input
    ("eof"). The timer runs on a real clock even when TRAINER_NOW fixes the date; `tick`
    gets the seconds left about once a second, for a timer line."""
    end = clock() + seconds
    while True:
        left = end - clock()
        if left <= 0:
            return "time"
        tick(left)
        line = next_line(min(1.0, left))
        if line == "":
            return "eof"
        if line is not None and line.strip().lower() == GRADE_NOW:
            return "asked"


def grade_mock(workspace: Workspace, mock: Mock) -> list[MockResult]:
    """Grade each file the learner touched and record it; an untouched stub is reported
    as not attempted and not recorded."""
    from trainer.coach.kept import failed_input, kept_inputs
    from trainer.coach.practice import record_attempt
    from trainer.grading.engine import grade
    from trainer.grading.reference import load_reference

    results = []
    for item in mock.problems:
        try:
            content = item.path.read_bytes()
        except OSError:
            content = b""
        if not content or _hash(content) == item.stub_hash:
            results.append(MockResult(item.problem.slug, "not_attempted", False, None))
            continue
        spent = timedelta(seconds=max(0.0, item.path.stat().st_mtime - mock.started_wall))
        outcome = grade(load_reference(item.problem), item.path,
                        inputs_dir=workspace.failed_inputs,
                        kept=kept_inputs(workspace, item.problem.slug))
        record_attempt(workspace, outcome, item.path,
                       keep=failed_input(item.problem, outcome))
        results.append(MockResult(item.problem.slug, outcome.verdict, outcome.passed,
                                  spent))
    return results


def stdin_lines(stream: TextIO) -> NextLine:
    """A NextLine over a real input stream, with select so that waiting can time out."""
    import select

    def next_line(timeout: float) -> str | None:
        ready, _, _ = select.select([stream], [], [], timeout)
        if not ready:
            return None
        return stream.readline()

    return next_line


def clock_minutes(seconds: float) -> str:
    whole = max(0, int(seconds))
    return f"{whole // 60:d}:{whole % 60:02d}"


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()

