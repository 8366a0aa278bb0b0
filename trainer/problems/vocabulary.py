"""The words of the problem model: difficulties, judges, and the files of a problem folder.

Kept apart so that the light catalogue index and the full spec parser share them without
importing each other.
"""

from __future__ import annotations

import re

DIFFICULTIES = ("easy", "medium", "hard")
JUDGES = ("exact", "unordered", "float", "checker", "stateful")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SPEC_FILE = "problem.yaml"
REFERENCE_FILE = "reference.py"
