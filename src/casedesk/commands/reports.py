"""`casedesk report monthly --month YYYY-MM [--street S | --district D] -o FILE.pdf`."""

from __future__ import annotations

import argparse
from pathlib import Path

from casedesk.cli import CliContext, CommandTree
from casedesk.core.services.report_data import print_monthly


def register(tree: CommandTree) -> None:
    p = tree.group("report", help="报表").add_parser("monthly", help="月度报表（PDF）")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--street", help="街道名称（默认全市）")
    scope.add_argument("--district", help="区名称")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_monthly)


def cmd_monthly(args: argparse.Namespace, ctx: CliContext) -> int:
    path = print_monthly(
        ctx.session_factory,
        ctx.actor,
        args.month,
        args.output,
        street=args.street,
        district=args.district,
        today=ctx.today,
    )
    ctx.emit({"month": args.month, "file": str(path)}, f"已生成：{path}")
    return 0
