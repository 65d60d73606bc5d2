"""`casedesk roster import`, `casedesk tally`, `casedesk ballot set|withdraw`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casedesk.cli import CliContext, CommandTree
from casedesk.commands._args import iso_date
from casedesk.commands._text import table
from casedesk.core.consent import Policies
from casedesk.core.consent.explanation import (
    ADVICE_TITLE,
    CLAUSE_HEADERS,
    FIGURE_HEADERS,
    POLICIES_TITLE,
    TallyExplanation,
    explain,
)
from casedesk.core.consent.rules import RULE_SETS
from casedesk.core.domain.enums import Vote, VoteSource
from casedesk.core.roster.headers import HEADERS, field_named
from casedesk.core.services.consent import (
    override_rule_set,
    record_ballot,
    run_tally,
    tally_all,
    withdraw_ballot,
)
from casedesk.core.services.roster_import import (
    ImportReport,
    RosterRejected,
    import_roster,
    write_roster_template,
)


def register(tree: CommandTree) -> None:
    roster = tree.group("roster", help="业主名册")
    p = roster.add_parser("import", help="导入业主名册（.xlsx .xls .csv），全部成功或全部不导入")
    p.add_argument("case", metavar="CASE", help="案件编号")
    p.add_argument("file", metavar="FILE", type=Path, help="名册文件")
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入")
    p.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="表头=字段",
        type=column_assignment,
        help="把认不出的列对应到字段，如 '权属人=owner'、'房屋坐落=ignore'（可多次；导入后本办公室记住）",
    )
    p.set_defaults(handler=cmd_roster_import)
    p = roster.add_parser("template", help="生成空白业主名册模板（.xlsx，证件号码为文本格式，意见为下拉框）")
    p.add_argument("case", metavar="CASE", help="案件编号")
    p.add_argument("-o", "--output", metavar="FILE", type=Path, required=True, help="输出文件（.xlsx）")
    p.set_defaults(handler=cmd_roster_template)

    p = tree.add_parser("tally", help="表决统计")
    p.add_argument("case", metavar="CASE", help="案件编号")
    p.add_argument("--rule", choices=sorted(RULE_SETS), help="表决规则（默认按表决日期与区确定）")
    p.add_argument("--as-of", type=iso_date, help="截止日期（默认今天），之后签署的意见不计入")
    p.add_argument("--no-abstain-participation", action="store_true", help="弃权不计入参与表决")
    p.add_argument("--save", action="store_true", help="保存本次统计，以便日后原样重印")
    p.set_defaults(handler=cmd_tally)

    p = tree.add_parser("tallies", help="所有可见案件的当前表决结果（一次读取，适合全街道/全市）")
    p.add_argument("--as-of", type=iso_date, help="截止日期（默认今天）")
    p.add_argument("--outcome", help="只列出此结果，如：通过 / 未通过 / 需核实")
    p.set_defaults(handler=cmd_tallies)

    p = tree.group("case").add_parser("rule", help="主管指定本案件的表决规则（须填写理由）")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--rule", choices=sorted(RULE_SETS), help="表决规则；不填则恢复按日期与区自动确定")
    p.add_argument("--reason", required=True, help="理由（记入审计日志）")
    p.set_defaults(handler=cmd_case_rule)

    ballot = tree.group("ballot", help="表决意见")
    p = ballot.add_parser("set", help="登记或更改一户的表决意见")
    p.add_argument("case", metavar="CASE")
    p.add_argument("room", metavar="ROOM", help="房号")
    p.add_argument("vote", metavar="VOTE", help="同意 / 不同意 / 弃权")
    p.add_argument("--owner", help="共有人姓名或证件号后四位（房屋有多位共有人时必填）")
    p.add_argument("--on", type=iso_date, required=True, help="签署日期")
    p.add_argument("--agent", help="委托代理人姓名（凭授权委托书签署时）")
    p.add_argument("--reason", help="意见理由")
    p.set_defaults(handler=cmd_ballot_set)
    p = ballot.add_parser("withdraw", help="撤回一户的表决意见（记录保留）")
    p.add_argument("case", metavar="CASE")
    p.add_argument("room", metavar="ROOM")
    p.add_argument("--owner")
    p.add_argument("--reason")
    p.set_defaults(handler=cmd_ballot_withdraw)


def _report_text(report: ImportReport) -> str:
    lines = []
    if report.errors:
        lines.append(f"名册有 {len(report.errors)} 处错误，未导入任何数据：")
        lines += [f"  {e}" for e in report.errors]
    else:
        verb = "检查通过（未写入）" if report.dry_run else "已导入"
        lines.append(
            f"{verb}：{report.rows} 行；新增房屋 {report.flats_created}，更新房屋 {report.flats_updated}，"
            f"新增业主 {report.owners_added}，移出业主 {report.owners_ended}，"
            f"登记表决意见 {report.ballots_recorded}。"
        )
    if report.disputes_opened:
        lines.append(f"已自动登记纠纷 {len(report.disputes_opened)} 件：{'、'.join(report.disputes_opened)}")
    if report.warnings:
        lines.append(f"提示 {len(report.warnings)} 条：")
        lines += [f"  {w}" for w in report.warnings]
    return "\n".join(lines)


def column_assignment(text: str) -> tuple[str, str]:
    header, sep, name = text.rpartition("=")
    if not sep or not header.strip():
        raise argparse.ArgumentTypeError(f"应写成 表头=字段，如 '权属人=owner'：{text}")
    try:
        return header.strip(), field_named(name)
    except ValueError:
        fields = "、".join(sorted(HEADERS))
        raise argparse.ArgumentTypeError(f"没有字段 {name}（可用：{fields}，或 ignore）") from None


def cmd_roster_import(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        report = import_roster(
            ctx.session_factory,
            ctx.actor,
            args.case,
            args.file,
            today=ctx.today,
            dry_run=args.dry_run,
            mapping=dict(args.column) or None,
        )
    except RosterRejected as rejected:
        if ctx.json:
            ctx.emit(rejected.report.to_json())
        else:
            print(_report_text(rejected.report), file=sys.stderr)
        return 2
    ctx.emit(report.to_json(), lambda: _report_text(report))
    return 0


def cmd_roster_template(args: argparse.Namespace, ctx: CliContext) -> int:
    path = write_roster_template(ctx.session_factory, ctx.actor, args.case, args.output)
    ctx.emit({"case": args.case, "file": str(path)}, f"已生成空白名册模板：{path}")
    return 0


def cmd_tally(args: argparse.Namespace, ctx: CliContext) -> int:
    policies = Policies(abstain_counts_as_participation=not args.no_abstain_participation)
    run = run_tally(
        ctx.session_factory,
        ctx.actor,
        args.case,
        rule=args.rule,
        as_of=args.as_of or ctx.today,
        policies=policies,
        save=args.save,
    )
    ctx.emit(run.to_json(), lambda: tally_text(explain(run.result, run.rule_reason), run.saved_id))
    return 0


def cmd_tallies(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = tally_all(ctx.session_factory, ctx.actor, as_of=args.as_of or ctx.today)
    if args.outcome:
        rows = [r for r in rows if args.outcome in (r.outcome.label, r.outcome.value)]
    data = {
        "as_of": str(args.as_of or ctx.today),
        "cases": [
            {
                "case": r.case_no,
                "outcome": r.outcome.value,
                "rule": r.rule,
                "rule_version": r.rule_version,
                "rule_reason": r.rule_reason,
                "persons_agree": r.persons_agree,
                "persons_total": r.persons_total,
            }
            for r in rows
        ],
    }

    def text() -> str:
        counts: dict[str, int] = {}
        for r in rows:
            counts[r.outcome.label] = counts.get(r.outcome.label, 0) + 1
        body = table(
            ["案件编号", "结果", "表决规则", "同意人数"],
            [[r.case_no, r.outcome.label, r.rule, f"{r.persons_agree}/{r.persons_total}"] for r in rows],
        )
        summary = "，".join(f"{k} {v} 件" for k, v in sorted(counts.items()))
        return f"{body}\n共 {len(rows)} 件：{summary}"

    ctx.emit(data, text)
    return 0


def tally_text(e: TallyExplanation, saved_id: int | None = None) -> str:
    """The tally's explanation as text: the same figures, clauses and remarks as on screen and paper."""
    lines = [
        f"案件 {e.case_no}    {e.rule_line}",
        f"截止日期 {e.as_of}    结果：{e.outcome_label}",
        e.summary,
        "",
        table(list(FIGURE_HEADERS), [[f.label, f.area, str(f.persons)] for f in e.figures]),
        "",
        table(list(CLAUSE_HEADERS), [[c.label, c.formula, c.verdict, c.margin] for c in e.clauses]),
    ]
    lines += [f"{r.title}：{r.text}" for r in e.remarks]
    if e.advice:
        lines.append(f"{ADVICE_TITLE}：{e.advice}")
    lines.append(f"{POLICIES_TITLE}：" + "；".join(e.policies))
    if saved_id:
        lines.append(f"已保存（记录号 {saved_id}）")
    return "\n".join(lines)


def cmd_ballot_set(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        vote = Vote.from_label(args.vote)
    except ValueError:
        print(f"casedesk: 错误：表决意见应为 同意 / 不同意 / 弃权：{args.vote}", file=sys.stderr)
        return 2
    ballot_id = record_ballot(
        ctx.session_factory,
        ctx.actor,
        args.case,
        args.room,
        vote,  # type: ignore[arg-type]
        signed_on=args.on,
        owner=args.owner,
        source=VoteSource.AGENT if args.agent else VoteSource.PAPER,
        agent_name=args.agent,
        reason=args.reason,
        today=ctx.today,
    )
    ctx.emit({"ballot": ballot_id}, f"已登记 {args.room} 室的表决意见：{vote.label}")
    return 0


def cmd_ballot_withdraw(args: argparse.Namespace, ctx: CliContext) -> int:
    withdraw_ballot(ctx.session_factory, ctx.actor, args.case, args.room, args.owner, args.reason)
    ctx.emit({"withdrawn": True}, f"已撤回 {args.room} 室的表决意见")
    return 0


def cmd_case_rule(args: argparse.Namespace, ctx: CliContext) -> int:
    override_rule_set(ctx.session_factory, ctx.actor, args.case, args.rule, args.reason)
    ctx.emit(
        {"case": args.case, "rule": args.rule}, f"{args.case} 的表决规则：{args.rule or '按日期与区自动确定'}"
    )
    return 0
