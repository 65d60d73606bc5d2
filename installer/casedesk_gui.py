"""Entry point of the frozen program's window (CaseDesk.exe): the GUI, or a CLI command if given."""

import sys

from casedesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
