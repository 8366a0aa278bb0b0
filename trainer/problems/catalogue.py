"""The catalogue: every problem of a workspace, and the errors of those that did not load.

`list`, `next`, `review` and `stats` need a few fields of each problem (slug, title, topic,
difficulty, ...), and the whole spec only of the problem they show. So the cache keeps an
index of those fields, read with marshal, and each problem's full spec pickled apart, read
only when that problem is asked for. A problem is read again from its problem.yaml when the
file's size or modification time changed. Broken specs are never cached: they are read
each time, so that their warnings keep coming until they are fixed.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.errors import SpecError, TrainerError
from trainer.problems.entry import Entry
from trainer.problems.vocabulary import SPEC_FILE

if TYPE_CHECKING:
    from trainer.problems.spec import Problem

CACHE_VERSION = 2
# The cache is as good as the code that wrote it and the classes pickled in it.
CODE_MODULES = ("catalogue.py", "entry.py", "spec.py", "signature.py", "forbid.py",
                "vocabulary.py", "bounds.py", "constraints.py")


class Catalogue:
    """Every problem of a workspace that loaded, and the errors of those that did not.

    `index` has every problem's Entry; `get` reads one full Problem, `problems` them all."""

    def __init__(self, index: dict[str, Entry], errors: list[SpecError],
                 loaded: dict[str, Problem] | None = None,
                 pickled: dict[str, bytes] | None = None,
                 problems_dir: Path | None = None) -> None:
        self.index = index
        self.errors = errors
        self._loaded = dict(loaded or {})
        self._pickled = pickled or {}
        self._problems_dir = problems_dir

    @cached_property
    def problems(self) -> dict[str, Problem]:
        """Every full Problem (the commands that need only a few fields read `index`)."""
        return {slug: self.get(slug) for slug in self.index}

    def get(self, slug: str) -> Problem:
        if slug in self._loaded:
            return self._loaded[slug]
        if slug in self._pickled:
            self._loaded[slug] = self._unpickle(slug)
            return self._loaded[slug]
        from trainer.errors import UnknownProblem

        for error in self.errors:
            if error.path.parent.name == slug:
                raise error
        raise UnknownProblem(_unknown_message(slug, list(self.index)))


    def topics(self) -> list[str]:
        return sorted({entry.topic for entry in self.index.values()})

    def check_topic(self, topic: str) -> None:
        """Nothing if `topic` is one of the bank's; else an error naming them, the
        closest first."""
        import difflib

        known = self.topics()
        if topic in known:
            return
        close = difflib.get_close_matches(topic, known, n=2, cutoff=0.6)
        hint = f": did you mean {' or '.join(close)}?" if close else "."
        raise TrainerError(f"no topic {topic!r}{hint} The topics are: {', '.join(known)}")

    def _unpickle(self, slug: str) -> Problem:
        import pickle

        try:
            problem: Problem = pickle.loads(self._pickled[slug])
        except Exception:  # a damaged cache: the spec itself, then
            if self._problems_dir is None:
                raise
            from trainer.problems.spec import load_problem

            return load_problem(self._problems_dir / slug)
        return problem


def _unknown_message(slug: str, known: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(slug, known, n=3, cutoff=0.5)
    hint = f"; did you mean {' or '.join(close)}?" if close else "; `trainer list` shows them all"
    return f"no problem named {slug!r}{hint}"


# A cached problem: (mtime_ns, size) of its problem.yaml, its Entry fields, the pickled Problem.
_Cached = tuple[tuple[int, int], tuple[str, ...], bytes]


def load_catalogue(problems_dir: Path, only: Callable[[str], bool] | None = None,
                   cache_file: Path | None = None) -> Catalogue:
    """Every problem folder of `problems_dir`. With `cache_file`, problems whose
    problem.yaml has not changed (same size and modification time) come from a cache."""
    cached = _read_cache(cache_file)
    fresh: dict[str, _Cached] = {}
    index: dict[str, Entry] = {}
    loaded: dict[str, Problem] = {}
    errors: list[SpecError] = []
    pickled: dict[str, bytes] = {}
    root = os.path.join(problems_dir, "")  # plain strings: a thousand Paths cost more here
    try:
        names = sorted(item.name for item in os.scandir(root) if item.is_dir()
                       and not item.name.startswith((".", "_")))
    except OSError:
        names = []
    for name in names:
        if only is not None and not only(name):
            continue
        folder = root + name
        try:
            stat = os.stat(f"{folder}{os.sep}{SPEC_FILE}")
            key = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            key = (0, 0)
        hit = cached.get(folder)
        if hit is not None and hit[0] == key:
            fresh[folder] = hit
            index[name] = Entry(*hit[1])
            pickled[name] = hit[2]
            continue
        from trainer.problems.spec import load_problem

        try:
            problem = load_problem(problems_dir / name)
        except SpecError as error:
            errors.append(error)
            continue
        loaded[name] = problem
        index[name] = Entry(*problem.index_fields())
        if cache_file is not None:
            import pickle

            fresh[folder] = (key, problem.index_fields(),
                             pickle.dumps(problem, protocol=pickle.HIGHEST_PROTOCOL))
    if cache_file is not None and (loaded or fresh.keys() != cached.keys()):
        _write_cache(cache_file, fresh)
    return Catalogue(index, errors, loaded, pickled, problems_dir)


def _read_cache(cache_file: Path | None) -> dict[str, _Cached]:
    if cache_file is None:
        return {}
    try:
        with open(cache_file, "rb") as handle:
            version, entries = marshal.loads(handle.read())  # load(handle) reads in bits
    except Exception:  # missing, stale or damaged: rebuilt from the specs
        return {}
    return entries if version == _cache_version() and isinstance(entries, dict) else {}


def _cache_version() -> tuple[Any, ...]:
    """What the cache is valid for: its format, the Python that wrote it (marshal's format is
    Python's own), and the code that wrote it and whose classes are pickled in it (a changed
    Problem or Signature class must not be read from old pickles)."""
    import sys

    here = os.path.dirname(__file__)
    code = [os.stat(os.path.join(here, name)) for name in CODE_MODULES]
    return (CACHE_VERSION, sys.version, *((s.st_mtime_ns, s.st_size) for s in code))


def _write_cache(cache_file: Path, entries: dict[str, _Cached]) -> None:
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        partial = cache_file.with_suffix(f".{os.getpid()}.tmp")
        with open(partial, "wb") as handle:
            marshal.dump((_cache_version(), entries), handle)
        os.replace(partial, cache_file)
    except OSError:
        pass  # a cache that cannot be written only costs time
