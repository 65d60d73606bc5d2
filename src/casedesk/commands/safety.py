"""`casedesk backup`, `casedesk restore`, `casedesk check`, `casedesk export xlsx`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casedesk import paths
from casedesk.cli import CliContext, CommandTree
from casedesk.core import backup as backups
from casedesk.core.db.location import sqlite_file
from casedesk.core.errors import UserError
from casedesk.core.integrity import check_database
from casedesk.core.settings import load_settings


def register(tree: CommandTree) -> None:
    p = tree.add_parser("backup", help="立即备份数据库（SQLite 在线备份）")
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="备份到指定文件（默认：备份文件夹）")
    p.set_defaults(handler=cmd_backup)
    p = tree.add_parser("restore", help="从备份恢复（先检查备份文件，再备份当前数据库）")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_restore)
    p = tree.add_parser("check", help="检查数据库完整性和所有材料文件")
    p.set_defaults(handler=cmd_check)
    p = tree.group("export", help="导出").add_parser("xlsx", help="导出为 Excel 工作簿")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    p.set_defaults(handler=cmd_export)


def _db_file(ctx: CliContext) -> Path:
    file = sqlite_file(ctx.url)
    if file is None:
        raise UserError("此命令用于 SQLite 数据库；PostgreSQL 请使用 pg_dump / pg_restore")
    return file


def cmd_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    file = _db_file(ctx)
    with ctx.session_factory() as s:  # opening migrates first, so the backup is of a current database
        folder = paths.backup_dir_for(file, load_settings(s).backup_dir)
    path = backups.backup_now(file, folder, target=args.output)
    ctx.emit({"backup": str(path)}, f"已备份到：{path}")
    return 0


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    file = _db_file(ctx)  # the database is deliberately not opened: its file is about to be replaced
    safety = backups.restore(file, args.file, paths.backup_dir_for(file))
    ctx.emit(
        {"restored": str(args.file), "previous_saved_as": str(safety) if safety else None},
        f"已从 {args.file} 恢复。原数据库已另存为：{safety}" if safety else f"已从 {args.file} 恢复。",
    )
    return 0


def cmd_check(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database
    report = check_database(db.engine, paths.documents_dir_for(db.file))
    if ctx.json:
        ctx.emit(report.to_json())
    elif report.ok:
        print(f"检查通过：数据库完整，{report.checked_documents} 个材料文件均与登记的 SHA-256 一致。")
    else:
        print(f"发现 {len(report.problems)} 个问题：", file=sys.stderr)
        for problem in report.problems:
            print(f"  - {problem}", file=sys.stderr)
    return 0 if report.ok else 1


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from casedesk.core.export import export_xlsx

    counts = export_xlsx(ctx.session_factory, ctx.actor, args.output)
    ctx.emit(
        {"file": str(args.output), "sheets": counts},
        f"已导出：{args.output}（" + "，".join(f"{k} {v} 行" for k, v in counts.items()) + "）",
    )
    return 0
