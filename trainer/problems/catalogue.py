"""The catalogue: every problem of a workspace, and the errors of those that did not load.

`list`, `next`, `review` and `stats` need a few fields of each problem (slug, title, topic,
difficulty, ...), and the whole spec only of the problem they show. So the cache keeps an
index of those fields, read with marshal, and each problem's full spec pickled apart, read
only when that problem is asked for. A problem is read again from its problem.yaml when the
file's size or modification time changed, or its reference.py's did. A broken problem's
error is cached the same way (a broken 20 MB spec is not parsed again by every command),
and given again each time, so that its warning keeps coming until it is fixed.
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
from trainer.problems.vocabulary import REFERENCE_FILE, SPEC_FILE

if TYPE_CHECKING:
    from trainer.problems.spec import Problem

CACHE_VERSION = 3
# The cache is as good as the code that wrote it and the classes pickled in it.
CODE_MODULES = ("catalogue.py", "entry.py", "spec.py", "signature.py", "forbid.py",
                "vocabulary.py", "bounds.py", "constraints.py", "reference_source.py")


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


# A cached problem: (mtime_ns, size) of its problem.yaml and of its reference.py, its Entry
# fields, the pickled Problem; for a broken one, (ERROR, path, message, line) and b"".
_Cached = tuple[tuple[int, ...], tuple[Any, ...], bytes]
ERROR = "!error"


def load_catalogue(problems_dir: Path, only: Callable[[str], bool] | None = None,
                   cache_file: Path | None = None) -> Catalogue:
    """Every problem folder of `problems_dir`. With `cache_file`, problems whose
    problem.yaml has not changed (same size and modification time) come from a cache."""
    cached = _read_cache(cache_file)
    broken = _read_broken(cache_file)
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
        reference_key = _stat(f"{folder}{os.sep}{REFERENCE_FILE}")
        key = _stat(f"{folder}{os.sep}{SPEC_FILE}") + reference_key
        known = broken.get(folder)
        if known is not None and known[0] == reference_key:  # failed to import, unchanged
            errors.append(SpecError(known[1], known[2], known[3] or None))
            continue
        hit = cached.get(folder)
        if hit is not None and hit[0] == key:
            fresh[folder] = hit
            if hit[1][:1] == (ERROR,):
                errors.append(SpecError(hit[1][1], hit[1][2], hit[1][3] or None))
                continue
            index[name] = Entry(*hit[1])
            pickled[name] = hit[2]
            continue
        try:
            problem = _load_whole(problems_dir / name)
        except SpecError as error:
            errors.append(error)
            if cache_file is not None:
                fresh[folder] = (key, (ERROR, str(error.path), error.detail, error.line or 0),
                                 b"")
            continue
        loaded[name] = problem
        index[name] = Entry(*problem.index_fields())
        if cache_file is not None:
            import pickle

            fresh[folder] = (key, problem.index_fields(),
                             pickle.dumps(problem, protocol=pickle.HIGHEST_PROTOCOL))
    if cache_file is not None and (fresh != cached):
        _write_cache(cache_file, fresh)
    return Catalogue(index, errors, loaded, pickled, problems_dir)


def _stat(path: str) -> tuple[int, int]:
    try:
        stat = os.stat(path)
    except OSError:
        return (0, 0)
    return (stat.st_mtime_ns, stat.st_size)


def _load_whole(folder: Path) -> Problem:
    """The problem's spec, and a reference.py that can at least be one (see
    reference_source): a SpecError for the first thing wrong."""
    from trainer.problems.reference_source import reference_error
    from trainer.problems.spec import load_problem

    problem = load_problem(folder)
    error = reference_error(problem.reference_path, problem.entry, problem.is_design)
    if error is not None:
        raise error
    return problem


def _broken_file(cache_file: Path) -> Path:
    return cache_file.with_name("broken-references.marshal")


def _read_broken(cache_file: Path | None) -> dict[str, Any]:
    if cache_file is None:
        return {}
    try:
        with open(_broken_file(cache_file), "rb") as handle:
            entries = marshal.loads(handle.read())
    except Exception:  # none yet, or damaged: nothing known to be broken
        return {}
    return entries if isinstance(entries, dict) else {}


def remember_broken_reference(cache_file: Path, error: SpecError) -> None:
    """A reference.py that failed when imported or run (what no parse can tell): its
    problem stays out of every command (`next` never offers it) until the file changes."""
    folder = os.path.join(error.path.parent, "")[:-1]
    entries = _read_broken(cache_file)
    entries[folder] = (_stat(str(error.path)), str(error.path), error.detail, error.line or 0)
    _write_marshal(_broken_file(cache_file), entries)


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
    _write_marshal(cache_file, (_cache_version(), entries))


def _write_marshal(path: Path, value: Any) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        with open(partial, "wb") as handle:
            marshal.dump(value, handle)
        os.replace(partial, path)
    except OSError:
        pass  # a cache that cannot be written only costs time
