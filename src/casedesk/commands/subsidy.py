"""`casedesk subsidy pay`: record the payment that lets a case reach 已完成."""

from __future__ import annotations

import argparse

from casedesk.cli import CliContext, CommandTree
from casedesk.commands._args import iso_date
from casedesk.core.domain.units import format_yuan, parse_yuan
from casedesk.core.services.subsidy import pay_subsidy


def _yuan(text: str) -> int:
    try:
        return parse_yuan(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(tree: CommandTree) -> None:
    subsidy = tree.group("subsidy", help="补贴")
    p = subsidy.add_parser("pay", help="登记补贴拨付（金额、日期、凭证号）")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--amount", type=_yuan, required=True, metavar="YUAN", help="金额（元）")
    p.add_argument("--on", type=iso_date, required=True, help="拨付日期")
    p.add_argument("--voucher", required=True, help="凭证号")
    p.set_defaults(handler=cmd_pay)


def cmd_pay(args: argparse.Namespace, ctx: CliContext) -> int:
    pay_subsidy(
        ctx.session_factory,
        ctx.actor,
        args.case,
        amount_fen=args.amount,
        paid_on=args.on,
        voucher_no=args.voucher,
    )
    ctx.emit(
        {
            "case": args.case,
            "amount": format_yuan(args.amount, grouping=False),
            "paid_on": args.on.isoformat(),
            "voucher": args.voucher,
        },
        f"已登记补贴拨付 ¥{format_yuan(args.amount)}",
    )
    return 0
