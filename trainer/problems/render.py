"""Stubs: the file a learner starts from, rendered from the problem with jinja2."""

from __future__ import annotations

import textwrap
from functools import cache
from typing import TYPE_CHECKING, Any

from trainer.problems.calls import show_calls
from trainer.problems.spec import Example, Problem

if TYPE_CHECKING:
    import jinja2


@cache
def environment(html: bool = False) -> jinja2.Environment:
    """The one strict jinja2 environment over trainer/templates; HTML is escaped."""
    import jinja2  # only when something is rendered: the other commands stay light

    return jinja2.Environment(
        loader=jinja2.PackageLoader("trainer", "templates"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=html,  # Python stubs are not escaped; the report's text is
    )


def render_stub(problem: Problem) -> str:
    """A Python file with the statement and examples as its docstring, the imports it
    needs, and the exact signature (or class with every method), raising
    NotImplementedError."""
    template = environment().get_template("stub.py.j2")
    return template.render(
        problem=problem,
        statement=_docstring_safe(_wrap(problem.statement)),
        examples=[_example(problem, example) for example in problem.examples],
        imports=_imports(problem),
        signature=problem.signature.source if problem.signature else "",
        methods=[method.source for method in problem.methods.values()],
    )


def _imports(problem: Problem) -> str:
    nodes: set[str] = set()
    if problem.signature is not None:
        nodes = problem.signature.nodes
    for method in problem.methods.values():
        nodes |= method.nodes
    if not nodes:
        return ""
    return f"from trainer.structures import {', '.join(sorted(nodes))}"


def _wrap(text: str, width: int = 88) -> str:
    """Rewrap plain paragraphs; keep lists and indented blocks as written."""
    out = []
    for paragraph in text.strip().split("\n\n"):
        lines = paragraph.splitlines()
        if any(line.lstrip().startswith(("-", "*", "|")) or line.startswith("  ")
               for line in lines):
            out.append(paragraph)
        else:
            out.append(textwrap.fill(" ".join(line.strip() for line in lines), width))
    return "\n\n".join(out) + "\n"


def _docstring_safe(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


def _example(problem: Problem, example: Example) -> dict[str, Any]:
    if problem.is_design:
        return {
            "call": _docstring_safe(show_calls(problem.entry, example.input["calls"])),
            "output": _docstring_safe(repr(example.output)),
            "explanation": _docstring_safe(example.explanation.strip()),
        }
    args = ", ".join(f"{name}={value!r}" for name, value in example.input.items())
    return {
        "call": _docstring_safe(f"{problem.entry}({args})"),
        "output": _docstring_safe(repr(example.output)),
        "explanation": _docstring_safe(example.explanation.strip()),
    }
