"""Entry point of the frozen command line (casedesk-cli.exe), a console program over the same services."""

import sys

from casedesk.cli import main

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
