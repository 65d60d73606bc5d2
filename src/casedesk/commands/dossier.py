"""`casedesk dossier CASE -o FILE.pdf [--full-contacts]`: the case dossier (案卷) in one PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from casedesk import paths
from casedesk.cli import CliContext, CommandTree
from casedesk.core.services.dossier import build_dossier


def register(tree: CommandTree) -> None:
    p = tree.add_parser(
        "dossier", help="打印案卷（封面、目录、全部表单、公示照片、异议、调解、附件、操作日志、附件校验清单）"
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument(
        "--full-contacts",
        action="store_true",
        help="完整显示联系电话（仅经办人、主管；记入操作日志）",
    )
    p.set_defaults(handler=cmd_dossier)


def cmd_dossier(args: argparse.Namespace, ctx: CliContext) -> int:
    result = build_dossier(
        ctx.session_factory,
        ctx.actor,
        args.case,
        args.output,
        documents_dir=paths.documents_dir_for(ctx.database.file),
        today=ctx.today,
        reveal=args.full_contacts,
    )
    ctx.emit(
        {
            "case": args.case,
            "file": str(result.path),
            "pages": result.pages,
            "contents": [{"title": t, "level": lvl, "page": p} for t, lvl, p in result.contents],
            "omitted": [{"form": f, "reason": r} for f, r in result.omitted],
        },
        lambda: "\n".join(
            [f"已生成：{result.path}（共 {result.pages} 页）"]
            + [f"  未收入：{f}（{r}）" for f, r in result.omitted]
        ),
    )
    return 0
