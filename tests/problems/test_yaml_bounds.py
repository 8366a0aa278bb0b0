"""The YAML loader's bound on aliases: a document is refused exactly when its aliases
expand it past MAX_EXPANDED_VALUES values, and a document without aliases loads as the
safe loader reads it."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import given
from hypothesis import strategies as st

from trainer.errors import SpecError
from trainer.problems.spec import MAX_EXPANDED_VALUES, load_yaml


def load_text(text: str) -> object:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "problem.yaml"
        path.write_text(text)
        return load_yaml(path)


def nested(levels: int, repeats: int, width: int) -> tuple[str, int]:
    """`output:` as a list of `width` ones, then `levels` lists each holding the one below
    and `repeats` aliases of it; with the number of values it expands to."""
    value, size = "&a0 [" + ", ".join(["1"] * width) + "]", 1 + width
    for level in range(1, levels + 1):
        value = f"&a{level} [{value}" + f", *a{level - 1}" * repeats + "]"
        size = 1 + (1 + repeats) * size
    return f"output: {value}\n", 2 + size  # and the mapping and its key


@given(st.integers(0, 7), st.integers(0, 9), st.integers(1, 10))
def test_aliases_are_refused_exactly_past_the_bound(levels: int, repeats: int,
                                                    width: int) -> None:
    text, size = nested(levels, repeats, width)
    try:
        load_text(text)
    except SpecError as error:
        assert size > MAX_EXPANDED_VALUES, (size, error)
        assert error.line == 1 and "expanded aliases" in error.detail
    else:
        assert size <= MAX_EXPANDED_VALUES


plain = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                     lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(st.text(max_size=5), inner, max_size=4),
                     max_leaves=30)


@given(st.dictionaries(st.text(min_size=1, max_size=5), plain, max_size=5))
def test_a_document_without_aliases_loads_as_the_safe_loader_reads_it(data: dict) -> None:
    text = yaml.safe_dump(data)
    assert load_text(text) == yaml.safe_load(text)
