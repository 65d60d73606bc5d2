"""The `casedesk` command line: the same services as the GUI, for IT staff and scripts.

Like calibredb it works on the GUI's database. Every command migrates the database first (with a
backup), `--json` prints exactly one JSON document on stdout, and user mistakes print one line on
stderr with a non-zero exit, never a traceback. Without arguments it starts the GUI.

Feature modules in casedesk.commands each add their subcommands through `register(tree)`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casedesk import __version__, paths
from casedesk.core.errors import CaseDeskError, KnownError
from casedesk.core.services.actor import SYSTEM_ACTOR, Actor

if TYPE_CHECKING:  # the database layer (SQLAlchemy) is imported when a command needs it, so
    # that starting the GUI puts its first window on screen before loading it (app.py)
    from casedesk.core.db.database import Database
    from casedesk.core.db.engine import SessionFactory

log = logging.getLogger("casedesk.cli")

# Each module exposes register(tree: CommandTree), and adds these top-level words. Order = order
# in --help. A command loads only the modules that add its word, so `casedesk case list` does not
# load the PDF and spreadsheet libraries that `form` or `export` need; --help and a mistyped
# command load them all. tests/cli/test_command_words.py keeps the words in step with the modules.
COMMAND_WORDS: dict[str, tuple[str, ...]] = {
    "casedesk.commands.admin": ("init", "demo"),
    "casedesk.commands.cases": ("case",),
    "casedesk.commands.places": ("place",),
    "casedesk.commands.consent": ("roster", "tally", "tallies", "case", "ballot"),
    "casedesk.commands.scans": ("ballot",),
    "casedesk.commands.workflow": ("case", "checklist", "notice", "objection", "document", "queue"),
    "casedesk.commands.subsidy": ("subsidy", "fund", "costshare"),
    "casedesk.commands.forms": ("form",),
    "casedesk.commands.dossier": ("dossier",),
    "casedesk.commands.disputes": ("dispute", "meeting", "agreement", "visit", "case"),
    "casedesk.commands.reports": ("report",),
    "casedesk.commands.safety": ("backup", "restore", "check", "migrate-to", "export"),
    "casedesk.commands.account": ("passwd",),
}
COMMAND_MODULES: list[str] = list(COMMAND_WORDS)
# Options before the command that take a value (the value is not the command's word).
_OPTIONS_WITH_VALUE = ("--db", "--user")

EXIT_USER_ERROR = 2
EXIT_ENVIRONMENT = 3
EXIT_BUG = 70


class CommandTree:
    """Hands feature modules the places to add subcommands: top level or a named group."""

    def __init__(self, subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser):
        self._subparsers = subparsers
        self._common = common
        self._groups: dict[str, argparse._SubParsersAction] = {}

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        kwargs.setdefault("parents", [self._common])
        return self._subparsers.add_parser(name, **kwargs)

    def group(self, name: str, help: str = "") -> CommandTree:
        """Subcommands under `casedesk NAME ...` (e.g. `case`), created on first use."""
        if name not in self._groups:
            parser = self._subparsers.add_parser(name, help=help)
            self._groups[name] = parser.add_subparsers(dest=f"{name}_command", metavar="COMMAND")
            self._groups[name].required = True
        return CommandTree(self._groups[name], self._common)


@dataclass
class CliContext:
    """What a command handler gets: database access, who is acting, and output."""

    args: argparse.Namespace
    json: bool = False
    _database: Database | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        from casedesk.core.db.location import resolve_url

        return resolve_url(getattr(self.args, "db", None), paths.default_database_path())

    @property
    def shown_url(self) -> str:
        """The database location for output: a server password is never printed (finding 9)."""
        from casedesk.core.db.location import redact

        return redact(self.url)

    @property
    def database(self) -> Database:
        if self._database is None:
            from casedesk.core.db.database import open_database
            from casedesk.core.db.location import check_url

            url = self.url
            check_url(url)  # a folder or a MySQL URL is the user's mistake, not an internal error
            self._database = open_database(url)
            if self._database.location_warning:
                print(f"警告：{self._database.location_warning}", file=sys.stderr)
        return self._database

    @property
    def session_factory(self) -> SessionFactory:
        return self.database.session_factory

    @cached_property
    def actor(self) -> Actor:
        username = getattr(self.args, "user", None)
        if not username:
            return SYSTEM_ACTOR
        from casedesk.core.services.users import actor_for_username

        return actor_for_username(self.session_factory, username)

    @property
    def today(self) -> date:
        return date.today()

    def emit(self, data: Any, text: str | Callable[[], str] | None = None) -> None:
        """Print *data* as JSON with --json, else *text* (a string or a function making one)."""
        if self.json:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_json_default)
            sys.stdout.write("\n")
            return
        if callable(text):
            text = text()
        if text is None:
            text = json.dumps(data, ensure_ascii=False, indent=2, default=_json_default)
        print(text)

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _common_options() -> argparse.ArgumentParser:
    # SUPPRESS keeps a subcommand's unset option from overwriting the same option given earlier
    # on the line (`casedesk --db X case list`), while still accepting it after the subcommand.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", default=argparse.SUPPRESS, metavar="PATH", help="数据库文件或 URL（默认：用户数据文件夹）"
    )
    common.add_argument("--user", default=argparse.SUPPRESS, metavar="NAME", help="以此用户身份操作")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="输出 JSON")
    return common


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line and exit 2, like every user mistake
        self.exit(EXIT_USER_ERROR, f"casedesk: 参数错误：{message}\n（使用 casedesk --help 查看用法）\n")


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser for *argv*'s command (every command when *argv* names none or an unknown one)."""
    common = _common_options()
    parser = _Parser(prog="casedesk", description="CaseDesk 加装电梯案件管理（命令行）")
    parser.add_argument("--version", action="version", version=f"CaseDesk {__version__}")
    parser.add_argument("--db", metavar="PATH", help="数据库文件或 URL（默认：用户数据文件夹）")
    parser.add_argument("--user", metavar="NAME", help="以此用户身份操作（默认：system）")
    parser.add_argument("--json", action="store_true", help="输出 JSON")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    tree = CommandTree(subparsers, common)
    for name in _modules_for(argv):
        importlib.import_module(name).register(tree)
    return parser


def _modules_for(argv: Sequence[str]) -> list[str]:
    words = iter(argv)
    for word in words:
        if word in _OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return [m for m in COMMAND_MODULES if word in COMMAND_WORDS[m]] or COMMAND_MODULES
    return COMMAND_MODULES


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (len(argv) == 2 and argv[0] == "--db"):
        # No command: the program itself (optionally on another database), as a shortcut would start it.
        from casedesk.app import run_gui  # imports Qt only when the GUI is wanted

        return run_gui(argv)
    from casedesk.logsetup import setup_logging

    log_file = setup_logging()
    parser = build_parser(argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors: keep main() callable in-process
        return int(exc.code or 0)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USER_ERROR
    user = getattr(args, "user", None)
    if user is not None and not user.strip():
        # An empty name used to mean "system", the one account with every right: a script whose
        # $USER variable was unset would silently act as the administrator.
        print(
            "casedesk: 错误：--user 后的用户名为空。请写出用户名，或去掉 --user 以系统身份操作。",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    folder = _folder_given_as_file(args)
    if folder is not None:
        print(
            f"casedesk: 错误：{folder} 是一个文件夹，这里需要文件名。请写成例如 {folder / '文件名'}。",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    ctx = CliContext(args=args, json=bool(getattr(args, "json", False)))
    try:
        try:
            return int(handler(args, ctx) or 0)
        except Exception as exc:
            from casedesk.core.db.dialect import user_facing_error

            translated = user_facing_error(exc)
            if translated is exc:
                raise
            raise translated from exc
    except KnownError as exc:
        print(f"casedesk: {exc}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    except CaseDeskError as exc:
        print(f"casedesk: 错误：{exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a path the user gave, or the disk under it: never an internal error
        code, message = _file_error(exc)
        print(f"casedesk: {message}", file=sys.stderr)
        return code
    except Exception:
        from casedesk.core.db.location import redact_argv

        log.exception("unexpected error in %s", redact_argv(argv))
        print(f"casedesk: 内部错误，详情已写入日志 {log_file}", file=sys.stderr)
        return EXIT_BUG
    finally:
        ctx.close()


# Options whose value is a folder; every other path option names a file to read or write.
_FOLDER_OPTIONS = {"documents"}


def _folder_given_as_file(args: argparse.Namespace) -> Path | None:
    """An existing folder given where a file is wanted (`-o D:/备份`), caught before anything runs:
    writers go through a temporary file and would otherwise fail on the final rename."""
    for name, value in vars(args).items():
        if isinstance(value, Path) and name not in _FOLDER_OPTIONS and value.is_dir():
            return value
    return None


def _file_error(exc: OSError) -> tuple[int, str]:
    """A file the user named could not be written or read: the exit code (2 for a wrong path,
    3 for the disk or its permissions) and what happened and what to do, in one line."""
    import errno

    # a rename onto the final name reports the temporary file first and the user's name second
    name = exc.filename2 or exc.filename or ""
    if isinstance(exc, IsADirectoryError) or exc.errno == errno.EISDIR:
        return EXIT_USER_ERROR, f"错误：{name} 是一个文件夹。请在后面写上文件名，例如 {name}/输出文件。"
    if isinstance(exc, FileNotFoundError):
        return EXIT_USER_ERROR, f"错误：找不到 {name}。请检查路径（文件夹是否存在）后重试。"
    if exc.errno == errno.ENOSPC:
        return EXIT_ENVIRONMENT, f"错误：磁盘已满，无法写入 {name}。请腾出空间或换一个位置后重试。"
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return EXIT_ENVIRONMENT, f"错误：没有权限写入 {name}（只读或受保护）。请换一个可写的位置后重试。"
    return EXIT_ENVIRONMENT, f"错误：无法读写文件 {name}：{exc.strerror or exc}。请检查路径和磁盘后重试。"


if __name__ == "__main__":
    raise SystemExit(main())
