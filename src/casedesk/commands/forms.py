"""`casedesk form KIND CASE -o FILE.pdf`."""

from __future__ import annotations

import argparse
from pathlib import Path

from casedesk.cli import CliContext, CommandTree
from casedesk.core.services.forms import FORM_KINDS, print_form


def register(tree: CommandTree) -> None:
    p = tree.add_parser("form", help="打印表单（PDF，内嵌中文字体）")
    p.add_argument("kind", metavar="KIND", choices=sorted(FORM_KINDS), help="、".join(FORM_KINDS))
    p.add_argument("case", metavar="CASE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_form)


def cmd_form(args: argparse.Namespace, ctx: CliContext) -> int:
    path = print_form(ctx.session_factory, ctx.actor, args.kind, args.case, args.output, today=ctx.today)
    ctx.emit({"case": args.case, "kind": args.kind, "file": str(path)}, f"已生成：{path}")
    return 0
