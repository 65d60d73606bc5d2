"""`casedesk passwd`: a user changes their own password, as 文件 → 修改密码 does in the desktop.

It acts as `--user NAME` and asks for the current password, so that whoever can run the command
line still cannot take over a colleague's account without knowing it. The passwords are read with
getpass from the terminal, never from the command line (where `ps` and the shell history would
keep them); scripts give them on standard input with `--stdin`.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from casedesk.cli import CliContext, CommandTree
from casedesk.core.errors import UserError


def register(tree: CommandTree) -> None:
    p = tree.add_parser(
        "passwd",
        help="修改自己的密码（须用 --user 指明账户，并输入当前密码）",
        description="修改自己的密码，须输入当前密码（在终端中输入，不显示）。"
        "例：casedesk --user clerk passwd",
    )
    p.add_argument(
        "--stdin",
        action="store_true",
        help="从标准输入读取密码：第一行当前密码，第二行新密码（供脚本使用）",
    )
    p.set_defaults(handler=cmd_passwd)


def _ask() -> tuple[str, str]:
    if not sys.stdin.isatty():
        raise UserError("没有终端可输入密码；请在终端中运行，或使用 --stdin")
    current = getpass.getpass("当前密码：")
    new = getpass.getpass("新密码：")
    if getpass.getpass("再次输入新密码：") != new:
        raise UserError("两次输入的新密码不一致，密码未修改")
    return current, new


def _read_stdin() -> tuple[str, str]:
    lines = sys.stdin.read().splitlines()
    if len(lines) < 2:
        raise UserError("--stdin 需要两行：当前密码、新密码")
    return lines[0], lines[1]


def cmd_passwd(args: argparse.Namespace, ctx: CliContext) -> int:
    from casedesk.core.services.users import change_own_password

    if not getattr(args, "user", None):
        raise UserError("请用 --user 指明要修改密码的账户，例如：casedesk --user clerk passwd")
    actor = ctx.actor  # an unknown user is refused before any password is asked for
    current, new = _read_stdin() if args.stdin else _ask()
    change_own_password(ctx.session_factory, actor, current, new)
    ctx.emit({"user": args.user, "changed": True}, f"{actor.name} 的密码已修改")
    return 0
