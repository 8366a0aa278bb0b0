"""Solution files: a stub never replaces a file, and a file set aside never replaces another."""

from __future__ import annotations

from pathlib import Path

from trainer.coach.stubs import set_aside, write_new


def test_files_set_aside_in_the_same_second_keep_apart(tmp_path: Path) -> None:
    kept = []
    for version in ("first", "second", "third"):
        work = tmp_path / "two_sum.py"
        work.write_text(version)
        kept.append(set_aside(work, tmp_path, "two_sum.20260301-090000", ".py.bak"))
    assert [path.name for path in kept] == ["two_sum.20260301-090000.py.bak",
                                            "two_sum.20260301-090000.2.py.bak",
                                            "two_sum.20260301-090000.3.py.bak"]
    assert [path.read_text() for path in kept] == ["first", "second", "third"]
    assert not (tmp_path / "two_sum.py").exists()


def test_a_new_file_is_written_whole_and_never_over_another(tmp_path: Path) -> None:
    path = tmp_path / "two_sum.py"
    assert write_new(path, "stub\n")
    assert path.read_text() == "stub\n"
    path.write_text("my work\n")
    assert not write_new(path, "stub\n")
    assert path.read_text() == "my work\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["two_sum.py"]  # no partial left
