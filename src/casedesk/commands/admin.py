"""`casedesk init` and `casedesk demo`."""

from __future__ import annotations

import argparse

from casedesk.cli import CliContext, CommandTree
from casedesk.commands._args import positive_int
from casedesk.core.domain.enums import Role
from casedesk.core.services.users import existing_usernames, generate_password

DEMO_ACCOUNTS = (
    ("admin", "演示管理员", Role.ADMIN),
    ("clerk", "演示社区工作人员", Role.CLERK),
    ("mediator", "演示调解员", Role.MEDIATOR),
    ("supervisor", "演示街道主管", Role.SUPERVISOR),
)


def register(tree: CommandTree) -> None:
    p = tree.add_parser("init", help="创建或升级数据库（先备份）")
    p.set_defaults(handler=cmd_init)
    p = tree.add_parser("demo", help="生成济南演示数据")
    p.add_argument("--units", type=positive_int, default=200, help="单元（案件）数，默认 200")
    p.add_argument("--seed", type=int, default=1, help="随机种子，相同种子生成相同数据")
    p.set_defaults(handler=cmd_demo)


def cmd_init(args: argparse.Namespace, ctx: CliContext) -> int:
    db = ctx.database
    report = db.migration
    data = {
        "database": ctx.shown_url,
        "from_revision": report.from_revision if report else None,
        "revision": report.to_revision if report else None,
        "backup": str(report.backup_file) if report and report.backup_file else None,
    }

    def text() -> str:
        if report is None or not report.changed:
            return f"数据库已是最新：{ctx.shown_url}"
        lines = [f"数据库已创建/升级：{ctx.shown_url}（结构版本 {report.to_revision}）"]
        if report.backup_file:
            lines.append(f"升级前备份：{report.backup_file}")
        return "\n".join(lines)

    ctx.emit(data, text)
    return 0


def cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    from casedesk.demo import DemoAccount, generate_demo  # the city builder, for this command only

    accounts = [
        DemoAccount(name, display, role, generate_password()) for name, display, role in DEMO_ACCOUNTS
    ]
    existing = existing_usernames(ctx.session_factory)  # their passwords are not theirs to print
    report = generate_demo(
        ctx.session_factory, ctx.actor, units=args.units, seed=args.seed, today=ctx.today, accounts=accounts
    )
    passwords = {a.username: a.password for a in accounts if a.username not in existing}
    data = {**report.to_json(), "accounts": passwords}

    def text() -> str:
        lines = [
            f"已生成演示数据：{report.cases} 个案件，{report.flats} 套房屋，{report.persons} 位业主，"
            f"{report.ballots} 张表决票，{report.disputes} 件纠纷，{report.meetings} 次调解会议。"
        ]
        if report.first_case:
            lines.append(f"第一个案件：{report.first_case}")
        if passwords:
            lines.append("演示账户（密码只显示这一次，请记下）：")
            lines += [f"  {name:<11} {pw}" for name, pw in passwords.items()]
        return "\n".join(lines)

    ctx.emit(data, text)
    return 0
