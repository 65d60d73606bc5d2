"""What the command-line tests share: a new-case command line and an in-process runner."""

from __future__ import annotations

from casedesk.cli import main

NEW_CASE = [
    "case",
    "new",
    "--district",
    "历下区",
    "--street",
    "文东街道",
    "--community",
    "青龙街社区",
    "--compound",
    "山大北路小区",
    "--building",
    "3",
    "--unit",
    "2",
    "--floors",
    "6",
]


def run(capsys, db: str, *args: str) -> tuple[int, str, str]:
    """`casedesk --db DB ARGS…` in-process: (exit code, stdout, stderr)."""
    code = main(["--db", db, *args])
    out = capsys.readouterr()
    return code, out.out, out.err
