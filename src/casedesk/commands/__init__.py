"""Subcommands of the `casedesk` command line, one module per feature (see casedesk.cli)."""
