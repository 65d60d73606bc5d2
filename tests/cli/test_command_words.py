"""A command loads only the command modules that add its word (cli.COMMAND_WORDS); the table must
name every word each module adds, or a command would go missing from the command line."""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys

from casedesk import cli


def _words_added_by(module: str) -> set[str]:
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers(dest="command")
    importlib.import_module(module).register(cli.CommandTree(subparsers, cli._common_options()))
    return set(subparsers.choices)


def test_the_table_names_every_word_each_module_adds() -> None:
    for module, words in cli.COMMAND_WORDS.items():
        assert _words_added_by(module) == set(words), module


def test_a_command_loads_only_the_modules_of_its_word() -> None:
    assert cli._modules_for(["--db", "x.sqlite3", "--user", "li", "case", "list"]) == [
        "casedesk.commands.cases",
        "casedesk.commands.consent",
        "casedesk.commands.workflow",
        "casedesk.commands.disputes",
    ]
    assert cli._modules_for(["--json", "form", "tally"]) == ["casedesk.commands.forms"]
    assert cli._modules_for(["--help"]) == cli.COMMAND_MODULES
    assert cli._modules_for(["no-such-command"]) == cli.COMMAND_MODULES


def test_case_list_does_not_load_the_pdf_library(tmp_path) -> None:
    db = tmp_path / "office.sqlite3"
    probe = (
        "import sys; from casedesk.cli import main; code = main(['--db', sys.argv[1], 'case', 'list']); "
        "print(code, 'reportlab' in sys.modules, 'casedesk.commands.forms' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe, str(db)], capture_output=True, text=True, timeout=120)
    assert done.stdout.splitlines()[-1] == "0 False False", done.stdout + done.stderr
