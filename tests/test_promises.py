"""docs/promises.md names the test that proves each promise: every test it names exists
(a renamed or deleted test would leave a promise unproven)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILE = "tests/test_robustness.py"  # where a bare test name lives (the page says so)


def named_tests() -> list[tuple[str, str]]:
    text = (ROOT / "docs" / "promises.md").read_text()
    found = []
    for code in re.findall(r"`([^`]+)`", text):
        if "::" in code:
            path, name = code.split("::", 1)
            found.append((path, name))
        elif code.startswith("test_"):
            found.append((DEFAULT_FILE, code))
        elif code.startswith("tests/") and code.endswith(".py"):
            found.append((code, ""))
    return found


def test_every_test_the_promises_name_exists() -> None:
    tests = named_tests()
    assert len(tests) > 30
    for path, name in tests:
        file = ROOT / path
        assert file.is_file(), path
        if name:
            defined = {node.name for node in ast.walk(ast.parse(file.read_text()))
                       if isinstance(node, ast.FunctionDef)}
            assert name in defined, f"docs/promises.md names {path}::{name}, not defined"
