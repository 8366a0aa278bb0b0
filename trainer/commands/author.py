from __future__ import annotations

import json

import click

from trainer.commands.support import workspace_catalogue


@click.command("new")
@click.argument("slug")
@click.option("--json", "as_json", is_flag=True, help="Print the files written as JSON.")
def new_command(slug: str, as_json: bool) -> None:
    """Scaffold a new problem: problems/SLUG/ with a commented problem.yaml, a
    reference.py to complete and an example wrong/ solution.

    The placeholders are tagged !FILL; `trainer validate SLUG` points at the first one
    left until the problem is complete. Never writes over an existing folder."""
    from trainer.problems.scaffold import scaffold_problem

    workspace, catalogue = workspace_catalogue()
    topics = sorted({problem.topic for problem in catalogue.index.values()})
    scaffold = scaffold_problem(workspace.problems, slug, topics)
    files = [workspace.relative(path) for path in scaffold.files]
    if as_json:
        click.echo(json.dumps({"slug": slug, "folder": workspace.relative(scaffold.folder),
                               "files": files}))
        return
    click.echo(f"Wrote {workspace.relative(scaffold.folder)}/:")
    for name in files:
        click.echo(f"  {name}")
    click.echo(f"\nReplace every !FILL in {files[0]}, write the reference and a wrong/ "
               f"solution per mistake learners make, then prove it: trainer validate {slug}")
