"""`casedesk backup`, `restore`, `check`, `export xlsx`, and `migrate-to` (SQLite to a server)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casedesk import paths
from casedesk.cli import CliContext, CommandTree
from casedesk.core import backup as backups
from casedesk.core.db.database import NotADatabase
from casedesk.core.db.dialect import is_postgres_url
from casedesk.core.db.filecheck import DatabaseDamaged
from casedesk.core.db.location import sqlite_file
from casedesk.core.errors import UserError
from casedesk.core.integrity import CheckReport, check_database
from casedesk.core.services.actor import SYSTEM_ACTOR


def register(tree: CommandTree) -> None:
    p = tree.add_parser(
        "backup",
        help="立即备份数据库（SQLite 在线备份；PostgreSQL 用 pg_dump；仅管理员）",
        description="先检查数据库是否完好；副本校验无误后才以最终文件名保存。",
    )
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="备份到指定文件（默认：备份文件夹）")
    p.add_argument("--force", action="store_true", help="-o 指定的文件已存在时替换它")
    p.set_defaults(handler=cmd_backup)
    p = tree.add_parser(
        "restore",
        help="从备份恢复（仅管理员；先检查备份文件，再备份当前数据库）",
        description="数据库仍被其他 CaseDesk 程序打开时拒绝恢复，并说明是谁。",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_restore)
    p = tree.add_parser("check", help="检查数据库完整性和所有材料文件")
    p.set_defaults(handler=cmd_check)
    p = tree.add_parser(
        "migrate-to",
        help="把本数据库复制到一个空的 PostgreSQL 数据库并逐表、逐个材料文件校验",
        description="例：casedesk migrate-to postgresql+psycopg://casedesk:密码@服务器/casedesk",
    )
    p.add_argument("target", metavar="URL", help="目标数据库地址（必须是空库）")
    p.add_argument(
        "--documents",
        type=Path,
        metavar="DIR",
        help="目标材料文件夹（各电脑共用的文件夹；默认：CASEDESK_DOCUMENTS_DIR 或本机数据文件夹）",
    )
    p.set_defaults(handler=cmd_migrate_to)
    p = tree.group("export", help="导出").add_parser("xlsx", help="导出为 Excel 工作簿")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    p.set_defaults(handler=cmd_export)


def _db_file(ctx: CliContext) -> Path:
    file = sqlite_file(ctx.url)
    if file is None:
        raise UserError("此命令用于 SQLite 数据库；PostgreSQL 请使用 pg_dump / pg_restore")
    return file


def cmd_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    backups.require_whole_database_right(ctx.actor)
    from casedesk.core.services.office import get_settings

    # Reading the settings opens (and so migrates) the database first: the backup is of a current one.
    configured = get_settings(ctx.session_factory, ctx.actor).backup_dir
    path = backups.backup_database(
        ctx.database, configured, actor=ctx.actor, target=args.output, force=args.force
    )
    if ctx.database.file is None:
        ctx.emit(
            {"backup": str(path), "tool": "pg_dump"}, f"已用 pg_dump 备份到：{path}（用 pg_restore 恢复）"
        )
    else:
        ctx.emit({"backup": str(path), "tool": "sqlite"}, f"已备份到：{path}")
    return 0


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    file = _db_file(ctx)
    actor = SYSTEM_ACTOR
    if getattr(args, "user", None):
        # The named account's role is read from the current database, which is then closed again:
        # its file is about to be replaced.
        try:
            actor = ctx.actor
        except (DatabaseDamaged, NotADatabase) as exc:
            raise UserError(
                "当前数据库无法读取，不能核对该用户的角色；请由管理员不带 --user 运行 restore"
            ) from exc
        finally:
            ctx.close()
            ctx._database = None
    safety = backups.restore(file, args.file, paths.backup_dir_for(file), actor=actor)
    ctx.emit(
        {"restored": str(args.file), "previous_saved_as": str(safety) if safety else None},
        f"已从 {args.file} 恢复。原数据库已另存为：{safety}" if safety else f"已从 {args.file} 恢复。",
    )
    return 0


def cmd_check(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        db = ctx.database
    except (DatabaseDamaged, NotADatabase) as exc:  # damage is what check looks for: a finding
        report = CheckReport(problems=[str(exc)])
    else:
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


def cmd_migrate_to(args: argparse.Namespace, ctx: CliContext) -> int:
    from casedesk.core.db.transfer import copy_database

    backups.require_whole_database_right(ctx.actor)
    if not is_postgres_url(args.target):
        raise UserError("目标应是 PostgreSQL 数据库地址，例如 postgresql+psycopg://用户:密码@服务器/casedesk")
    source = ctx.database
    # Where this office's files are now: beside its SQLite file, whatever CASEDESK_DOCUMENTS_DIR
    # says about the shared folder they are going to.
    source_docs = source.file.parent / "documents" if source.file else paths.documents_dir_for(None)
    target_docs = args.documents or paths.documents_dir_for(None)

    def progress(table: str, rows: int) -> None:
        if not ctx.json:
            print(f"\r  {table}: {rows} 行", end="", file=sys.stderr, flush=True)

    report = copy_database(
        source, args.target, source_documents=source_docs, target_documents=target_docs, progress=progress
    )
    if not ctx.json:
        print(file=sys.stderr)
    ctx.emit(
        report.to_json(),
        lambda: (
            f"已复制到 {report.target}：{len(report.tables)} 张表共 {sum(report.tables.values())} 行，"
            f"材料文件 {report.documents_verified} 个，全部校验一致（{report.seconds:.1f} 秒）。\n"
            f"各电脑设置 CASEDESK_DATABASE_URL 为该地址、CASEDESK_DOCUMENTS_DIR 为 {target_docs} 后即可共用。"
        ),
    )
    return 0


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from casedesk.core.export import export_xlsx

    counts = export_xlsx(ctx.session_factory, ctx.actor, args.output)
    ctx.emit(
        {"file": str(args.output), "sheets": counts},
        f"已导出：{args.output}（" + "，".join(f"{k} {v} 行" for k, v in counts.items()) + "）",
    )
    return 0
