"""Nothing lost, nothing crashes: a damaged history, odd files and a careless user, through
the real command. Exit 2 with a message that names the file; never exit 3 or a traceback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import said, trainer
from trainer.workspace import Workspace


@pytest.fixture
def started(make_problem: Callable[..., Path], workspace: Workspace) -> Workspace:
    make_problem("echo-one")
    result = trainer("start", "echo-one")
    assert result.returncode == 0, result.stderr
    return workspace


def garble_pages(history: Path) -> None:
    """The first page (header and schema) intact, every page after it garbage."""
    for suffix in ("-wal", "-shm"):  # everything into the main file first
        assert not history.with_name(history.name + suffix).exists() or True
    data = bytearray(history.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for i in range(page, len(data)):
        data[i] = (i * 37) % 251
    history.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        history.with_name(history.name + suffix).unlink(missing_ok=True)


def test_export_never_writes_over_the_history(started: Workspace) -> None:
    before = started.history_db.read_bytes()
    for extra in ((), ("--force",)):
        result = trainer("history", "export", "-o", str(started.history_db), *extra)
        assert result.returncode == 2, result.stderr
        assert "is the practice history itself" in said(result.stderr)
    assert started.history_db.read_bytes() == before


def test_export_never_writes_over_a_file_without_force(started: Workspace,
                                                       tmp_path: Path) -> None:
    backup = tmp_path / "notes.txt"
    backup.write_text("my notes")
    refused = trainer("history", "export", "-o", str(backup))
    assert refused.returncode == 2 and "already exists" in said(refused.stderr)
    assert backup.read_text() == "my notes"
    forced = trainer("history", "export", "-o", str(backup), "--force")
    assert forced.returncode == 0, forced.stderr
    assert backup.read_text() == ""  # no attempts yet: an empty backup


def test_an_empty_history_file_is_damaged_not_new(started: Workspace) -> None:
    started.history_db.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        started.history_db.with_name(started.history_db.name + suffix).unlink(missing_ok=True)
    for command in (("stats",), ("review",), ("next",), ("list",)):
        result = trainer(*command)
        if command == ("list",):
            continue  # list reads statuses too; checked below
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert "cannot be read" in said(result.stderr) and "empty" in said(result.stderr)
    assert started.history_db.read_bytes() == b""


@pytest.mark.parametrize("command", [("start", "echo-one"), ("start", "echo-one", "--force"),
                                     ("review",), ("stats",), ("next",),
                                     ("history", "export")])
def test_a_history_with_garbage_pages_is_exit_2_naming_the_file(
    started: Workspace, command: tuple[str, ...],
) -> None:
    garble_pages(started.history_db)
    damaged = started.history_db.read_bytes()
    result = trainer(*command)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert str(started.history_db) in said(result.stderr) and "Traceback" not in said(result.stderr)
    assert started.history_db.read_bytes() == damaged


def test_start_force_with_a_damaged_history_touches_no_file(started: Workspace) -> None:
    stub = started.solutions / "echo_one.py"
    stub.write_text("my work")
    garble_pages(started.history_db)
    result = trainer("start", "echo-one", "--force")
    assert result.returncode == 2
    assert stub.read_text() == "my work"
    assert sorted(p.name for p in started.solutions.iterdir()) == ["echo_one.py"]


def test_mock_with_a_damaged_history_touches_no_file(started: Workspace) -> None:
    stub = started.solutions / "echo_one.py"
    stub.write_text("my work")
    garble_pages(started.history_db)
    result = trainer("mock", "--problems", "1")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert sorted(p.name for p in started.solutions.iterdir()) == ["echo_one.py"]


def test_history_import_into_a_damaged_history_is_exit_2(started: Workspace,
                                                          tmp_path: Path) -> None:
    backup = tmp_path / "backup.jsonl"
    backup.write_text(json.dumps({"kind": "hint", "slug": "echo-one",
                                  "at": "2026-03-01T09:00:00+00:00", "number": 1}) + "\n")
    garble_pages(started.history_db)
    result = trainer("history", "import", str(backup))
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert str(started.history_db) in said(result.stderr)


NOW = "2026-03-01T09:00:00+00:00"
GOOD_ATTEMPT = {"kind": "attempt", "slug": "echo-one", "at": "2026-03-01T09:00:00+00:00",
                "verdict": "wrong_answer", "rating": 1, "seed": 3, "cases": 20,
                "elapsed_s": 0.5, "file_hash": "a1", "hints": 0, "revealed": False,
                "counterexample": None}
GOOD_HINT = {"kind": "hint", "slug": "echo-one", "at": "2026-03-01T09:01:00+00:00", "number": 1}


@pytest.mark.parametrize(("bad", "wanted"), [
    ({**GOOD_ATTEMPT, "rating": 9}, '"rating": 9 is not a rating from 1 to 4'),
    ({**GOOD_HINT, "number": "three"}, '"number": "three" is not'),
    ({k: v for k, v in GOOD_HINT.items() if k != "number"}, 'a hint without "number"'),
    ({**GOOD_ATTEMPT, "at": "2026-03-01T09:00:00"}, '"at": "2026-03-01T09:00:00" is not a '
                                                     "timestamp with its timezone"),
    ({**GOOD_ATTEMPT, "cases": -1}, '"cases": -1'),
    ({**GOOD_ATTEMPT, "revealed": "yes"}, '"revealed": "yes"'),
    ({"kind": "note", "slug": "echo-one"}, "not an attempt, a hint, a reveal, an interview or a "
                                           "kept input"),
    ({"kind": "case", "slug": "echo-one", "input": {"x": 1}, "origin": "lost",
      "added_at": "2026-03-01T09:00:00+00:00"}, "origin must be one of failed, added"),
])
def test_import_checks_every_line_before_writing_anything(
    started: Workspace, tmp_path: Path, bad: dict[str, object], wanted: str,
) -> None:
    backup = tmp_path / "backup.jsonl"
    backup.write_text(json.dumps(GOOD_ATTEMPT) + "\n" + json.dumps(bad) + "\n")
    result = trainer("history", "import", str(backup))
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert f"{backup}:2: " in said(result.stderr), result.stderr
    assert wanted in said(result.stderr), result.stderr
    assert trainer("history", "export").stdout == ""  # not even the good first line


def test_import_of_a_binary_file_names_the_line(started: Workspace, tmp_path: Path) -> None:
    backup = tmp_path / "photo.jpg"
    backup.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\n\x80\x81")
    result = trainer("history", "import", str(backup))
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert f"{backup}:1: not text" in said(result.stderr)


def test_import_of_an_unknown_slug_warns_and_imports(started: Workspace, tmp_path: Path) -> None:
    backup = tmp_path / "backup.jsonl"
    backup.write_text(json.dumps({**GOOD_HINT, "slug": "gone-problem"}) + "\n")
    result = trainer("history", "import", str(backup))
    assert result.returncode == 0, result.stderr
    assert "no problem named gone-problem" in said(result.stderr)
    assert "Imported 0 attempts and 1 hints" in said(result.stdout)


def solution_that_leaves_a_mark(workspace: Workspace) -> Path:
    """A correct solution that writes a file when the worker imports it: proof that a
    grading ran (and that a solution can write where its user can)."""
    mark = workspace.root / "graded.mark"
    (workspace.solutions / "echo_one.py").write_text(
        f"open({str(mark)!r}, 'w').close()\n\ndef identity(x: int) -> int:\n    return x\n")
    return mark


def test_grade_with_a_damaged_history_fails_before_grading(started: Workspace) -> None:
    mark = solution_that_leaves_a_mark(started)
    garble_pages(started.history_db)
    result = trainer("grade", "echo-one")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert str(started.history_db) in said(result.stderr)
    assert not mark.exists()  # no grading was run and thrown away


def test_grade_no_record_with_a_damaged_history_grades_without_the_kept_inputs(
        started: Workspace) -> None:
    mark = solution_that_leaves_a_mark(started)
    garble_pages(started.history_db)
    result = trainer("grade", "echo-one", "--no-record")
    assert result.returncode == 0, (result.stdout, result.stderr)
    assert mark.exists()


def test_grade_with_an_impossible_trainer_now_fails_before_grading(started: Workspace) -> None:
    mark = solution_that_leaves_a_mark(started)
    result = trainer("grade", "echo-one", now="2026-02-30T09:00:00+00:00")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "is not a real date" in said(result.stderr) and not mark.exists()


def test_a_solution_can_write_the_workspaces_files(started: Workspace) -> None:
    """Not a sandbox: the worker limits time, memory and processes, not file access."""
    mark = solution_that_leaves_a_mark(started)
    assert trainer("grade", "echo-one").returncode == 0
    assert mark.exists()



def alias_bomb(levels: int = 8) -> str:
    """An output whose nested aliases expand to 10 * 9^levels values."""
    value = "&a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"
    for level in range(1, levels + 1):
        value = f"&a{level} [{value}" + f", *a{level - 1}" * 8 + "]"
    return value


@pytest.mark.parametrize(("spec", "wanted"), [
    ("", ": the file is empty: a problem.yaml needs slug:"),
    ("- slug\n", ":1: expected keys at the top (slug: ..., title: ..., and so on), found a list"),
    ("slug: echo-two\n\ttitle: x\n", ":2: a tab character (column 1): YAML indents with spaces "
                                     "only; replace the tab with spaces"),
    ("difficulty: 7", ":4: difficulty: expected one of easy, "
                                                    "medium, hard, got 7"),
    ("difficulty: !!python/object/apply:os.system [echo hi]",
     ":4: the tag !!python/object/apply:os.system is not allowed: a problem.yaml holds plain "
     "data only"),
    ("output-bomb", ":12: expanded aliases (*name) make more than 100,000 values here"),
])
def test_a_broken_spec_says_what_is_wrong_in_plain_words(
    make_problem: Callable[..., Path], spec: str, wanted: str,
) -> None:
    from tests.helpers import MINIMAL_SPEC

    valid = MINIMAL_SPEC.format(slug="echo-two", title="Echo Two", topic="arrays-hashing",
                                difficulty="easy")
    if spec.startswith("difficulty:"):
        spec = valid.replace("difficulty: easy", spec)
    elif spec == "output-bomb":
        spec = valid.replace("    output: 1\n", f"    output: {alias_bomb()}\n")
    folder = make_problem("echo-two", spec=spec)
    for command in ("validate", "show", "start"):
        result = trainer(command, "echo-two")
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert f"{folder / 'problem.yaml'}{wanted}" in said(result.stderr), result.stderr
        assert result.stderr.count(str(folder)) == 1 and "Traceback" not in said(result.stderr)
    assert not (folder.parent.parent / "solutions" / "echo_two.py").exists()


def test_a_problem_yaml_that_is_a_folder_is_named_so(make_problem: Callable[..., Path]) -> None:
    folder = make_problem("echo-two")
    (folder / "problem.yaml").unlink()
    (folder / "problem.yaml").mkdir()
    result = trainer("validate", "echo-two")
    assert result.returncode == 2
    assert "problem.yaml: is a folder, not a file" in said(result.stderr)


def test_a_missing_workspace_folder_is_named_as_missing(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRAINER_WORKSPACE", str(tmp_path / "typo"))
    result = trainer("list")
    assert result.returncode == 2
    assert f"TRAINER_WORKSPACE={tmp_path / 'typo'}: no such folder" in said(result.stderr)


def break_reference(folder: Path, how: str) -> None:
    """The problem's reference.py, broken in one of the ways an author breaks it."""
    from tests.helpers import MINIMAL_REFERENCE

    reference = folder / "reference.py"
    if how.startswith("import:"):
        reference.write_text(how.removeprefix("import:") + "\n" + MINIMAL_REFERENCE)
    elif how.startswith("call:"):
        reference.write_text(MINIMAL_REFERENCE.replace("    return x\n",
                                                       f"    {how.removeprefix('call:')}\n"))
    elif how == "missing entry":
        reference.write_text(MINIMAL_REFERENCE.replace("def identity", "def other"))
    elif how == "syntax error":
        reference.write_text(MINIMAL_REFERENCE.replace("def identity(x: int)", "def identity(x"))


@pytest.mark.parametrize("how", ["import:import sys; sys.exit(0)", "import:raise KeyboardInterrupt",
                                 "import:raise BaseException('no')", "call:raise SystemExit(0)",
                                 "call:raise KeyboardInterrupt"])
def test_a_reference_that_exits_or_interrupts_is_a_spec_error(
    make_problem: Callable[..., Path], workspace: Workspace, how: str,
) -> None:
    folder = make_problem("echo-one")
    break_reference(folder, how)
    (workspace.solutions / "echo_one.py").write_text("def identity(x: int) -> int:\n"
                                                     "    return x\n")
    for command in (("validate", "echo-one"), ("grade", "echo-one")):
        result = trainer(*command)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert f"{folder / 'reference.py'}:" in said(result.stdout + result.stderr)
        assert "raised" in said(result.stdout + result.stderr), (result.stdout, result.stderr)


@pytest.mark.parametrize("how", ["missing entry", "syntax error", "import:raise ValueError(1)"])
def test_a_broken_reference_is_exit_2_everywhere_and_never_offered(
    make_problem: Callable[..., Path], workspace: Workspace, how: str,
) -> None:
    broken = make_problem("echo-one")
    make_problem("echo-two")
    break_reference(broken, how)
    for command in (("validate", "echo-one"), ("grade", "echo-one", "--no-record"),
                    ("start", "echo-one")):
        result = trainer(*command)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert str(broken / "reference.py") in said(result.stdout + result.stderr)
    offered = trainer("next", "--json")
    assert offered.returncode == 0, offered.stderr
    assert json.loads(offered.stdout)["slug"] == "echo-two"
    assert str(broken / "reference.py") in said(offered.stderr)  # named as skipped
    from tests.helpers import MINIMAL_REFERENCE

    (broken / "reference.py").write_text(MINIMAL_REFERENCE + "\n")  # fixed: offered again
    assert trainer("start", "echo-one").returncode == 0


def test_a_real_ctrl_c_during_grade_is_still_an_interruption(started: Workspace) -> None:
    import signal
    import subprocess
    import time

    from tests.helpers import TRAINER, interruptible

    (started.solutions / "echo_one.py").write_text(
        "import time\n\ndef identity(x: int) -> int:\n    time.sleep(0.3)\n    return x\n")
    process = subprocess.Popen(interruptible([str(TRAINER), "grade", "echo-one"]),
                               stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
    time.sleep(3)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and "reference.py" not in stderr


def test_a_broken_specs_error_is_remembered_by_size_and_time(
    make_problem: Callable[..., Path],
) -> None:
    """Not parsed again while unchanged: the same size and time give the error found before
    (a 20 MB spec would cost seconds each time); any change is read afresh."""
    import os

    make_problem("echo-one")
    spec = make_problem("echo-two", difficulty="7") / "problem.yaml"
    first = trainer("list")
    assert first.returncode == 0 and "got 7" in said(first.stderr), first.stderr
    stat = spec.stat()
    spec.write_text(spec.read_text().replace("difficulty: 7", "difficulty: 8"))
    os.utime(spec, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert "got 7" in said(trainer("list").stderr)  # remembered, not parsed
    os.utime(spec, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert "got 8" in said(trainer("list").stderr)


def test_a_spec_of_megabytes_is_refused_unread(make_problem: Callable[..., Path]) -> None:
    spec = make_problem("echo-two") / "problem.yaml"
    spec.write_text(spec.read_text() + "# padding\n" * 200_000)
    result = trainer("validate", "echo-two")
    assert result.returncode == 2
    assert "problem.yaml: is 1.9 MB; a problem.yaml is a few kilobytes" in said(result.stderr)


def test_a_read_only_history_is_named_so_and_can_still_be_read(started: Workspace) -> None:
    from tests.helpers import read_only_runner

    assert trainer("grade", "echo-one").returncode == 1  # the untouched stub: not an attempt
    for suffix in ("-wal", "-shm"):  # as after the last command closed it
        assert not started.history_db.with_name(started.history_db.name + suffix).exists()
    before = started.history_db.read_bytes()
    run = read_only_runner(started.state)
    for command in (("list",), ("show", "echo-one"), ("review",), ("stats",),
                    ("next", "--json"), ("history", "export")):
        result = run(*command)
        assert result.returncode == 0, (command, result.stdout, result.stderr)
    assert "Not attempted yet" in run("show", "echo-one").stdout
    offered = run("next", "--json")
    assert json.loads(offered.stdout)["slug"] == "echo-one"
    assert "is read-only: this choice is shown, not remembered" in said(offered.stderr)
    mark = solution_that_leaves_a_mark(started)
    for command in (("grade", "echo-one"), ("start", "echo-one", "--force"),
                    ("mock", "--problems", "1"), ("hint", "echo-one"),
                    ("watch", "echo-one")):
        result = run(*command)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert f"the practice history {started.history_db} is read-only" in said(result.stderr)
        assert "move it aside" not in said(result.stderr)
    assert not mark.exists()  # the grading was not run only to be thrown away
    assert sorted(p.name for p in started.solutions.iterdir()) == ["echo_one.py"]
    assert started.history_db.read_bytes() == before


def test_a_full_disk_under_the_history_is_named_never_damage(started: Workspace,
                                                              tmp_path: Path) -> None:
    from tests.helpers import full_disk_runner

    run = full_disk_runner(started.state, tmp_path / "disk")
    mark = solution_that_leaves_a_mark(started)
    for command in (("grade", "echo-one"), ("start", "echo-one", "--force"), ("stats",)):
        result = run(*command)
        assert result.returncode == 2, (command, result.stdout, result.stderr)
        assert f"the disk that holds the practice history {started.history_db} is full" \
            in said(result.stderr)
        assert "move it aside" not in said(result.stderr)
    assert not mark.exists()
    assert sorted(p.name for p in started.solutions.iterdir()) == ["echo_one.py"]


def test_a_full_disk_under_the_solutions_changes_nothing(started: Workspace,
                                                         tmp_path: Path) -> None:
    from tests.helpers import full_disk_runner

    (started.solutions / "echo_one.py").write_text("my work")
    run = full_disk_runner(started.solutions, tmp_path / "disk")
    result = run("start", "echo-one", "--force")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert f"cannot write {started.solutions / 'echo_one.py'}: No space left on device" \
        in said(result.stderr) and "nothing of yours was changed" in said(result.stderr)


def test_a_solutions_path_that_is_a_file_is_named(started: Workspace) -> None:
    for path in started.solutions.iterdir():
        path.unlink()
    started.solutions.rmdir()
    started.solutions.write_text("notes")
    result = trainer("start", "echo-one")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert f"{started.solutions} is a file, where your solutions folder should be" \
        in said(result.stderr)
    assert started.solutions.read_text() == "notes"


def test_a_report_never_writes_over_a_file_that_is_not_a_report(started: Workspace,
                                                                tmp_path: Path) -> None:
    notes = tmp_path / "notes.html"
    notes.write_text("my notes")
    refused = trainer("report", "-o", str(notes))
    assert refused.returncode == 2 and "already exists and is not a trainer report" \
        in said(refused.stderr)
    assert notes.read_text() == "my notes"
    assert trainer("report", "-o", str(notes), "--force").returncode == 0
    assert trainer("report", "-o", str(notes)).returncode == 0  # an earlier report: replaced
    before = started.history_db.read_bytes()
    for extra in ((), ("--force",)):
        result = trainer("report", "-o", str(started.history_db), *extra)
        assert result.returncode == 2 and "is the practice history itself" in said(result.stderr)
    assert started.history_db.read_bytes() == before


@pytest.mark.parametrize("now", ["9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00+00:00"])
@pytest.mark.parametrize("command", [("stats",), ("review",), ("report",)])
def test_a_trainer_now_beyond_the_calendar_is_named(started: Workspace, now: str,
                                                    command: tuple[str, ...]) -> None:
    result = trainer(*command, now=now)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert f"TRAINER_NOW={now!r} is outside the years trainer can schedule in" \
        in said(result.stderr)


def test_a_state_folder_that_is_a_file_is_named(make_problem: Callable[..., Path],
                                                workspace: Workspace) -> None:
    make_problem("echo-one")
    workspace.state.write_text("notes")
    for command in (("stats",), ("start", "echo-one")):
        result = trainer(*command)
        assert result.returncode == 2, (result.stdout, result.stderr)
        assert f"{workspace.state} is a file, where trainer keeps your practice history" \
            in said(result.stderr)
    assert workspace.state.read_text() == "notes"


def test_an_empty_solution_file_gets_the_stub(make_problem: Callable[..., Path],
                                              workspace: Workspace) -> None:
    """An empty file holds no work (a stub cut short by a kill, or emptied): `start` and
    `next` write the stub in its place; a file with anything in it stays."""
    make_problem("echo-one")
    stub = workspace.solutions / "echo_one.py"
    stub.write_text("")
    result = trainer("start", "echo-one")
    assert result.returncode == 0 and "Wrote solutions/echo_one.py" in said(result.stdout)
    assert "def identity(x: int) -> int:" in stub.read_text()
    stub.write_text(" ")
    assert trainer("start", "echo-one").returncode == 0 and stub.read_text() == " "


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("command", [("list",), ("show", "echo-one", "--json")])
def test_output_to_a_full_disk_is_named_not_a_crash(started: Workspace,
                                                    command: tuple[str, ...]) -> None:
    import os
    import subprocess

    from tests.helpers import TRAINER

    with open("/dev/full", "w") as full:
        result = subprocess.run([str(TRAINER), *command], stdout=full, stderr=subprocess.PIPE,
                                text=True, env={**os.environ, "TRAINER_NOW": NOW})
    assert result.returncode == 2, result.stderr
    assert "the disk is full" in said(result.stderr) and "internal error" not in said(result.stderr)


def spec_with_example_x(digits: int) -> str:
    from tests.helpers import MINIMAL_SPEC

    big = "9" * digits
    return MINIMAL_SPEC.format(slug="echo-one", title="Echo One", topic="arrays-hashing",
                               difficulty="easy").replace(
        "  - input: {x: 1}\n    output: 1\n", f"  - input: {{x: {big}}}\n    output: {big}\n")


def test_a_number_too_long_for_python_in_a_spec_is_named(
    make_problem: Callable[..., Path],
) -> None:
    folder = make_problem("echo-one", spec=spec_with_example_x(5000))
    result = trainer("validate", "echo-one")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert f"{folder / 'problem.yaml'}:11: a number of 5,000 digits: more than Python " \
        "reads" in said(result.stderr)


def test_a_long_failing_input_with_a_read_only_history_is_still_shown(
    make_problem: Callable[..., Path], workspace: Workspace,
) -> None:
    """The input too long to show is saved under .trainer/ when it can be; when not, the
    report shows it shortened."""
    from tests.helpers import read_only_runner

    make_problem("echo-one", spec=spec_with_example_x(4200))
    assert trainer("stats").returncode == 0  # the history exists
    (workspace.solutions / "echo_one.py").write_text(
        "def identity(x: int) -> int:\n    return x + 1\n")
    result = read_only_runner(workspace.state)("grade", "echo-one", "--no-record")
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "WRONG ANSWER" in said(result.stdout) and "characters in all" in said(result.stdout)
