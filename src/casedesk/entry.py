"""The program's entry point (`casedesk`, `python -m casedesk`).

`casedesk --version` is answered here with nothing else loaded; everything else goes to the command
line (cli.py), which starts the GUI or runs a command. A script asking for the version, as
installers and support staff do, should not wait for the database layer and the PDF library.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        from casedesk import __version__

        print(f"CaseDesk {__version__}")
        return 0
    from casedesk.cli import main as cli_main

    return cli_main(args)
