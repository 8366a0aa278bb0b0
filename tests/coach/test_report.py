"""`trainer report`: one offline HTML page of SVG charts, checked as text and in a browser."""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.helpers import trainer
from trainer.coach.practice import import_history
from trainer.coach.report import calendar_cells, render_report, report_context, week_bars
from trainer.problems.catalogue import load_catalogue
from trainer.store.history import History
from trainer.workspace import Workspace

NOW = datetime.fromisoformat("2026-03-01T09:00:00+00:00")  # a Sunday
CHROMIUM = Path("/usr/bin/chromium")


def attempt_row(slug: str, at: str, verdict: str, number: int) -> str:
    return json.dumps({"kind": "attempt", "slug": slug, "at": at, "verdict": verdict,
                       "rating": 3 if verdict == "passed" else 1, "seed": number, "cases": 3,
                       "elapsed_s": 0.1, "hints": 0, "file_hash": f"h{number}",
                       "counterexample": None})


@pytest.fixture
def practised(make_problem: Callable[..., Path], workspace: Workspace) -> Workspace:
    make_problem("alpha", topic="arrays-hashing")
    make_problem("beta", topic="arrays-hashing")
    make_problem("gamma", topic="graphs <&> trees")
    rows = [attempt_row("alpha", "2026-02-02T10:00:00+00:00", "wrong_answer", 1),
            attempt_row("alpha", "2026-02-03T10:00:00+00:00", "passed", 2),
            attempt_row("gamma", "2026-02-24T10:00:00+00:00", "wrong_answer", 3),
            attempt_row("gamma", "2026-02-24T11:00:00+00:00", "wrong_answer", 4),
            attempt_row("gamma", "2026-02-26T10:00:00+00:00", "passed", 5)]
    import_history(workspace, rows)
    return workspace


def render(workspace: Workspace) -> str:
    catalogue = load_catalogue(workspace.problems)
    with History(workspace.history_db) as history:
        return render_report(report_context(catalogue.problems, history, NOW))


def test_the_page_is_self_contained_svg(practised: Workspace) -> None:
    html = render(practised)
    for chart in ("mastery", "calendar", "weekly"):
        assert f'<svg id="{chart}"' in html
    assert html.count('class="day level-') == 26 * 7  # 26 full weeks: NOW is a Sunday
    assert "<polyline" in html and html.count('class="topic"') == 2
    assert not re.search(r"https?://", html)
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert "graphs &lt;&amp;&gt; trees" in html  # the authors' text is escaped
    assert "1/2 solved" in html and "1/1 solved" in html
    assert "2026-02-24: 2 attempts" in html


def test_an_empty_history_still_renders(make_problem: Callable[..., Path],
                                        workspace: Workspace) -> None:
    make_problem("alpha")
    html = render(workspace)
    assert '<svg id="weekly"' in html and "No attempts yet" in html
    assert "<polyline" not in html


def test_calendar_shades_by_the_busiest_day() -> None:
    cells, months = calendar_cells({"2026-02-27": 4, "2026-02-28": 1}, date(2026, 3, 1),
                                   weeks=2)
    assert len(cells) == 14
    by_day = {cell.day: cell.level for cell in cells}
    assert (by_day["2026-02-27"], by_day["2026-02-28"], by_day["2026-03-01"]) == (4, 1, 0)
    assert months == []  # neither Monday starts a month


def test_weeks_count_attempts_and_passes(practised: Workspace) -> None:
    with History(practised.history_db) as history:
        bars = week_bars(history.attempts(), NOW.date(), weeks=5)
    assert [(bar.start, bar.attempts, bar.passes) for bar in bars] == [
        ("2026-01-26", 0, 0), ("2026-02-02", 2, 1), ("2026-02-09", 0, 0),
        ("2026-02-16", 0, 0), ("2026-02-23", 3, 1)]
    assert bars[0].rate is None and bars[1].rate == 0.5


def test_report_command_writes_the_page(practised: Workspace, tmp_path: Path) -> None:
    result = trainer("report")
    assert result.returncode == 0, result.stderr
    default = practised.state / "report.html"
    assert result.stdout.strip() == f"Wrote {default.resolve()}"
    elsewhere = tmp_path / "out" / "progress.html"
    chosen = trainer("report", "--output", str(elsewhere), "--json")
    assert json.loads(chosen.stdout) == {"path": str(elsewhere.resolve())}
    assert elsewhere.read_text() == default.read_text()


def png_pixels(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    chunks, offset = [], 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset:offset + 4])
        kind = data[offset + 4:offset + 8]
        if kind == b"IDAT":
            chunks.append(data[offset + 8:offset + 8 + length])
        offset += 12 + length
    return width, height, zlib.decompress(b"".join(chunks))


def test_the_page_renders_in_a_headless_browser(practised: Workspace, tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        if not os.environ.get("CI"):
            pytest.skip("no /usr/bin/chromium (apt-get install chromium)")
        pytest.fail("CI must install chromium: apt-get install -y chromium")
    assert trainer("report").returncode == 0
    page = (practised.state / "report.html").resolve().as_uri()
    base = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*base, "--dump-dom", page], capture_output=True, text=True,
                         timeout=120, stdin=subprocess.DEVNULL)
    assert dom.returncode == 0, dom.stderr[-2000:]
    for chart in ("mastery", "calendar", "weekly"):
        assert re.search(rf'<svg id="{chart}"[^>]*>', dom.stdout)
    assert dom.stdout.count("<rect") > 150 and "<polyline" in dom.stdout
    shot = tmp_path / "report.png"
    taken = subprocess.run([*base, f"--screenshot={shot}", "--window-size=800,1400", page],
                           capture_output=True, text=True, timeout=120,
                           stdin=subprocess.DEVNULL)
    assert taken.returncode == 0 and shot.exists(), taken.stderr[-2000:]
    width, height, pixels = png_pixels(shot)
    assert (width, height) == (800, 1400)
    assert shot.stat().st_size > 20_000 and len(set(pixels)) > 64  # charts, not a blank page
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)
