"""Every printed form as a reviewer reads it back (pdftotext, pdffonts): the saved tally and the
forms that cite it, no internal codes on paper, a cost-share table that adds up, the mediation
record and agreement with what 人民调解法 asks, the notice, subsidy and acceptance fields, and a
layout that keeps signatures with what they sign."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from casedesk.core.consent import Policies
from casedesk.core.consent.rules import RULE_SETS
from casedesk.core.db.models import Agreement, Case, Tally
from casedesk.core.domain.enums import MeetingOutcome, PartyRole, Role, Vote
from casedesk.core.errors import UserError
from casedesk.core.services import disputes as ds
from casedesk.core.services.actor import Actor
from casedesk.core.services.admin import add_user
from casedesk.core.services.consent import record_ballot, run_tally
from casedesk.core.services.costshare import METHODS, compute_cost_share
from casedesk.core.services.forms import FORM_KINDS, print_form
from casedesk.core.settings import OfficeSettings
from tests.reports import test_forms as _base
from tests.reports.test_forms import pdftotext

TODAY = date(2026, 3, 20)
case_no = _base.case_no  # the shared case fixture: roster imported, notice posted, one objection


def compact(text: str) -> str:
    return "".join(text.split())


def raw_text(path: Path) -> str:
    """Reading order without -layout: a wrapped cell stays in one piece."""
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def assert_fonts_embedded(path: Path) -> None:
    assert shutil.which("pdffonts"), "poppler-utils must be installed"
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        assert "NotoSansSC" in row, row
        # columns: name type encoding emb sub uni object ID
        assert re.search(r"\byes\s+yes\s+yes\s+\d+\s+\d+$", row), row


@pytest.fixture
def clerk(session_factory, actor) -> Actor:
    add_user(session_factory, actor, "liwen", "李文", Role.CLERK, [])
    with session_factory() as s:
        from casedesk.core.db.models import UserAccount

        user_id = s.scalar(select(UserAccount.id).where(UserAccount.username == "liwen"))
    return Actor(user_id=user_id, username="liwen", role=Role.CLERK, display_name="李文")


def _tally_rows(session_factory) -> int:
    with session_factory() as s:
        return s.scalar(select(func.count(Tally.id))) or 0


# --- 1. the saved tally ----------------------------------------------------------------------


def test_tally_prints_the_saved_tally_unchanged_after_later_ballots(
    session_factory, actor, clerk, case_no, tmp_path
) -> None:
    policies = Policies(abstain_counts_as_participation=False)
    saved = run_tally(session_factory, clerk, case_no, as_of=date(2026, 3, 4), policies=policies, save=True)
    # A later ballot changes the live figures; the saved tally must not move.
    record_ballot(
        session_factory, actor, case_no, "202", Vote.AGREE, signed_on=date(2026, 3, 15), today=TODAY
    )
    live = run_tally(session_factory, actor, case_no, as_of=date(2026, 12, 2))
    assert live.result.persons_agree != saved.result.persons_agree

    out = print_form(session_factory, actor, "tally", case_no, tmp_path / "t.pdf", today=date(2026, 12, 2))
    assert_fonts_embedded(out)
    text = compact(pdftotext(out))
    r = saved.result
    assert "统计截止日期：2026-03-04" in text and "2026-12-02" not in text.replace("打印日期：2026-12-02", "")
    assert compact(f"同意 {r.area_agree // 100}.{r.area_agree % 100:02d} {r.persons_agree}") in text
    assert compact(f"弃权 {r.area_abstain // 100}.{r.area_abstain % 100:02d} {r.persons_abstain}") in text
    assert f"统计结果：{r.outcome.label}" in text
    assert "弃权计入参与表决：否" in text  # the saved policies, in words
    assert compact(RULE_SETS[r.rule].name) in text
    assert "统计人：李文" in text and "统计时间：" in text and f"第{saved.saved_id}号" in text
    assert "经办人" not in text
    assert _tally_rows(session_factory) == 1  # printing a saved tally saves nothing new
    # A later tally becomes the one printed by default; the earlier one is still printable by number.
    later = run_tally(session_factory, clerk, case_no, as_of=date(2026, 3, 20), save=True)
    latest = compact(
        pdftotext(print_form(session_factory, actor, "tally", case_no, tmp_path / "l.pdf", today=TODAY))
    )
    assert "统计截止日期：2026-03-20" in latest and f"第{later.saved_id}号" in latest
    earlier = print_form(
        session_factory, actor, "tally", case_no, tmp_path / "e.pdf", today=TODAY, tally_id=saved.saved_id
    )
    assert "统计截止日期：2026-03-04" in compact(pdftotext(earlier))
    with pytest.raises(UserError, match="没有第 999 号表决统计记录"):
        print_form(session_factory, actor, "tally", case_no, tmp_path / "x.pdf", today=TODAY, tally_id=999)
    # The signature block shares its page with the figures (never alone on a page of its own).
    reader = PdfReader(out)
    last = compact(reader.pages[-1].extract_text())
    assert "复核人" in last and ("各项条件" in last or "统计结果" in last or len(reader.pages) == 1)


def test_printing_without_a_saved_tally_saves_one_and_says_so(
    session_factory, actor, case_no, tmp_path
) -> None:
    assert _tally_rows(session_factory) == 0
    out = print_form(session_factory, actor, "tally", case_no, tmp_path / "t.pdf", today=TODAY)
    assert _tally_rows(session_factory) == 1
    text = compact(pdftotext(out))
    assert "统计截止日期：2026-03-20" in text and "本表按打印日的表决意见统计并已保存" in text
    assert "统计人：系统（命令行）" in text
    # A second print reprints that tally, and no longer says it was just saved.
    again = compact(
        pdftotext(print_form(session_factory, actor, "tally", case_no, tmp_path / "u.pdf", today=TODAY))
    )
    assert _tally_rows(session_factory) == 1 and "并已保存" not in again


def test_notice_and_declaration_cite_the_saved_tally(session_factory, actor, case_no, tmp_path) -> None:
    saved = run_tally(session_factory, actor, case_no, as_of=date(2026, 3, 4), save=True)
    record_ballot(
        session_factory, actor, case_no, "202", Vote.AGREE, signed_on=date(2026, 3, 15), today=TODAY
    )
    r = saved.result
    figures = compact(f"同意 {r.area_agree // 100}.{r.area_agree % 100:02d} ㎡、{r.persons_agree} 人")
    for kind in ("notice", "street-declaration"):
        out = print_form(session_factory, actor, kind, case_no, tmp_path / f"{kind}.pdf", today=TODAY)
        assert_fonts_embedded(out)
        text = compact(raw_text(out))
        assert "依据2026-03-04保存的表决结果统计" in text, kind
        assert figures in text and f"第{saved.saved_id}号" in text, kind
        assert f"表决结果：{r.outcome.label}" in text
    assert _tally_rows(session_factory) == 1


# --- 2. no internal codes on paper -----------------------------------------------------------


def _forbidden() -> set[str]:
    import enum
    import inspect

    import casedesk.core.domain.enums as enums

    codes = set(RULE_SETS) | set(FORM_KINDS) | set(METHODS)
    codes |= {f for f in OfficeSettings.__dataclass_fields__}
    codes |= {"share", "compensation", "buy_in", "retrofit", "maintenance_fund", "construction", "running"}
    for _name, cls in inspect.getmembers(enums, inspect.isclass):
        if issubclass(cls, enum.Enum) and cls.__module__ == enums.__name__:
            codes |= {str(m.value) for m in cls} | {m.name for m in cls}
    return codes


def _print_everything(session_factory, actor, case_no: str, tmp_path: Path) -> dict[str, str]:
    compute_cost_share(
        session_factory,
        actor,
        case_no,
        total_fen=45_678_913,
        method="floor",
        compensation={"101": 2_000_000, "102": 2_000_000},
        save=True,
    )
    with session_factory.begin() as s:
        case = s.scalar(select(Case).where(Case.case_no == case_no))
        case.started_on, case.accepted_on = date(2026, 6, 1), date(2026, 11, 20)
    number = _dispute_with_agreement(session_factory, actor, case_no)
    texts = {}
    for kind in FORM_KINDS:
        target = number if kind.startswith("mediation-") else case_no
        out = print_form(session_factory, actor, kind, target, tmp_path / f"{kind}.pdf", today=TODAY)
        assert_fonts_embedded(out)
        texts[kind] = pdftotext(out)
    return texts


def _dispute_with_agreement(session_factory, actor, case_no: str, *, partial: bool = False) -> str:
    number = ds.open_dispute(
        session_factory,
        actor,
        case_no,
        title="101室要求补偿",
        opened_on=TODAY,
        parties=[
            ds.PartyInput("王建国", PartyRole.OBJECTOR, "101", 1),
            ds.PartyInput("张伟", PartyRole.REPRESENTATIVE, "201", 2),
            ds.PartyInput("孙强", PartyRole.REPRESENTATIVE, "302", 3),
        ],
    )
    for held, outcome, next_date in (
        (datetime(2026, 3, 21, 19), MeetingOutcome.ADJOURNED, date(2026, 3, 28)),
        (datetime(2026, 3, 28, 19), MeetingOutcome.AGREEMENT, None),
    ):
        ds.save_meeting(
            session_factory,
            actor,
            number,
            held_at=held,
            place="社区会议室",
            mediators="赵调解员",
            recorder="李社工",
            attendees=[{"name": "王建国"}, {"name": "张伟"}],
            notes="",
            outcome=outcome,
            next_date=next_date,
            positions=f"王建国：井道遮挡采光，要求补偿（{held:%m-%d}）",
            proposals=f"调解员建议：出资业主补偿 2 万元（{held:%m-%d}）",
        )
    ds.add_agreement(
        session_factory,
        actor,
        number,
        terms="出资业主补偿 101 室 20,000 元",
        signed_on=date(2026, 3, 28),
        parties="王建国；张伟",  # the agreement's own parties: 孙强 did not sign this one
        facts="井道影响采光",
        matters="补偿金额",
        performance_method="转账",
        performance_deadline=date(2026, 4, 30),
        partial=partial,
    )
    with session_factory.begin() as s:
        # No service sets it yet (see the report): the field exists on the model.
        agreement = s.scalar(select(Agreement).order_by(Agreement.id.desc()))
        agreement.responsibilities = "出资业主对采光影响负补偿责任；王建国配合施工"
    return number


def test_no_form_prints_an_internal_code(session_factory, actor, case_no, tmp_path) -> None:
    run_tally(session_factory, actor, case_no, as_of=date(2026, 3, 4), save=True)
    texts = _print_everything(session_factory, actor, case_no, tmp_path)
    forbidden = _forbidden()
    assert "jinan-2021" in forbidden and "pass" in forbidden and "office_name" in forbidden
    for kind, text in texts.items():
        for code in forbidden:
            assert not re.search(rf"(?<![A-Za-z0-9_\-]){re.escape(code)}(?![A-Za-z0-9_])", text), (kind, code)
        flat = compact(text)
        assert "建议优先征询" not in flat and "暂定" not in flat and "待文件确认" not in flat, kind


# --- 3. cost share ---------------------------------------------------------------------------


def test_cost_share_adds_up_with_compensation(session_factory, actor, case_no, tmp_path) -> None:
    table = compute_cost_share(
        session_factory,
        actor,
        case_no,
        total_fen=45_678_913,
        method="floor",
        compensation={"101": 2_000_000, "102": 2_000_000},
        save=True,
    )
    payers = sum(line.amount_fen for line in table.lines if line.kind == "share")
    assert payers == 49_678_913
    out = print_form(session_factory, actor, "cost-share", case_no, tmp_path / "c.pdf", today=TODAY)
    assert_fonts_embedded(out)
    text = pdftotext(out)
    flat = compact(text)
    assert "分摊总额：¥456,789.13" in flat and "出资业主合计：¥496,789.13" in flat
    total_row = [line for line in text.splitlines() if line.strip().startswith("合计")]
    assert compact(total_row[0]).endswith("496,789.13"), total_row
    assert compact(total_row[1]).endswith("40,000.00"), total_row  # what the compensated flats receive
    assert "系数" in flat and "0.70" in flat and "1.00" in flat  # the floor coefficients used
    # 101 and 102 appear once each, in the compensation list, not again among the payers.
    rooms = [
        line.split()[0] for line in text.splitlines() if line.split() and line.split()[0] in ("101", "102")
    ]
    assert rooms == ["101", "102"]
    assert "受偿房屋" in flat
    assert "出资合计¥496,789.13=分摊总额¥456,789.13+补偿款¥40,000.00" in flat
    assert "合计与分摊总额一致" not in flat


# --- 4. mediation ------------------------------------------------------------------------------


def test_mediation_record_prints_positions_proposals_and_next_date(
    session_factory, actor, case_no, tmp_path
) -> None:
    number = _dispute_with_agreement(session_factory, actor, case_no)
    out = print_form(session_factory, actor, "mediation-record", number, tmp_path / "r.pdf", today=TODAY)
    assert_fonts_embedded(out)
    text = compact(raw_text(out))
    assert "第1次调解" in text and "第2次调解" in text
    assert (
        "王建国：井道遮挡采光，要求补偿（03-21）" in text
        and "王建国：井道遮挡采光，要求补偿（03-28）" in text
    )
    assert "调解员建议：出资业主补偿2万元（03-21）" in text
    assert "下次调解日期：2026-03-28" in text and "下次调解日期：未定" in text
    assert "本次结果：休会" in text


def test_mediation_agreement_has_the_article_29_contents(session_factory, actor, case_no, tmp_path) -> None:
    number = _dispute_with_agreement(session_factory, actor, case_no, partial=True)
    out = print_form(session_factory, actor, "mediation-agreement", number, tmp_path / "a.pdf", today=TODAY)
    assert_fonts_embedded(out)
    text = compact(raw_text(out))
    assert "人民调解协议书（部分达成）" in text and "本协议为部分达成的协议" in text
    assert "370102********1234" in text and "370102195803121234" not in text  # masked
    assert "13905310001" in text  # the contact from the owner register
    assert "山大北路小区" in text and "101室" in text  # the address
    assert "各方当事人的责任：出资业主对采光影响负补偿责任；王建国配合施工" in text
    assert "签订日期：2026-03-28" in text
    assert "当事人（王建国）" in text and "当事人（张伟）" in text
    assert "孙强" not in text  # a party of the dispute, not of this agreement
    full = compact(
        raw_text(
            print_form(
                session_factory,
                actor,
                "mediation-agreement",
                number,
                tmp_path / "f.pdf",
                today=TODAY,
                full_ids=True,
            )
        )
    )
    assert "370102195803121234" in full


# --- 5. notice, subsidy, acceptance ------------------------------------------------------------


def test_notice_has_the_channel_the_posted_list_and_a_seal_line(
    session_factory, actor, case_no, tmp_path
) -> None:
    out = print_form(session_factory, actor, "notice", case_no, tmp_path / "n.pdf", today=TODAY)
    text = compact(raw_text(out))
    for expected in (
        "公示内容",
        "业主表决结果统计表",
        "费用分摊方案",
        "受理地点",
        "联系电话",
        "联系人",
        "（盖章）",
    ):
        assert expected in text, expected
    # None was saved: one is saved as of the posting day (2026-03-10) and cited.
    assert "依据2026-03-10保存的表决结果统计" in text
    # A tally saved after the posting does not change what the notice announced.
    run_tally(session_factory, actor, case_no, as_of=date(2026, 3, 19), save=True)
    again = compact(
        raw_text(print_form(session_factory, actor, "notice", case_no, tmp_path / "m.pdf", today=TODAY))
    )
    assert "依据2026-03-10保存的表决结果统计" in again
    declaration = print_form(
        session_factory, actor, "street-declaration", case_no, tmp_path / "d.pdf", today=TODAY
    )
    assert "依据2026-03-19保存的表决结果统计" in compact(raw_text(declaration))  # the latest, for the street


def test_subsidy_application_fields_and_refusal(session_factory, actor, case_no, tmp_path) -> None:
    with pytest.raises(UserError, match="尚未通过竣工验收"):
        print_form(session_factory, actor, "subsidy-application", case_no, tmp_path / "s.pdf", today=TODAY)
    assert not (tmp_path / "s.pdf").exists()
    compute_cost_share(session_factory, actor, case_no, total_fen=45_678_913, save=True)
    from casedesk.core.services.workflow import set_intake_facts

    set_intake_facts(session_factory, actor, case_no, representatives=["张伟"])
    with session_factory.begin() as s:
        s.scalar(select(Case).where(Case.case_no == case_no)).accepted_on = date(2026, 11, 20)
    out = print_form(session_factory, actor, "subsidy-application", case_no, tmp_path / "s.pdf", today=TODAY)
    assert_fonts_embedded(out)
    text = compact(raw_text(out))
    for expected in (
        "申请人（业主代表）张伟",
        "联系电话13905310003",
        "开户银行",
        "银行账号",
        "工程总造价（元）",
        "456,789.13",
        "¥200,000.00（大写：贰拾万元整）",
        "电梯制造单位",
        "额定载重量（kg）",
        "使用登记/注册代码",
        "监督检验报告编号",
        "2026-11-20",
        "（盖章）",
    ):
        assert expected in text, expected


def test_acceptance_record_fields(session_factory, actor, case_no, tmp_path) -> None:
    with session_factory.begin() as s:
        case = s.scalar(select(Case).where(Case.case_no == case_no))
        case.started_on, case.accepted_on = date(2026, 6, 1), date(2026, 11, 20)
    out = print_form(session_factory, actor, "acceptance", case_no, tmp_path / "a.pdf", today=TODAY)
    assert_fonts_embedded(out)
    text = compact(raw_text(out))
    for expected in (
        "2026-06-01",
        "2026-11-20",
        "监督检验报告编号",
        "监督检验结论",
        "□合格□不合格",
        "设计单位",
        "电梯制造单位",
        "第二十五条",
        "验收结论",
    ):
        assert expected in text, expected


# --- 6. layout ---------------------------------------------------------------------------------


def test_dates_and_masked_ids_stay_whole(session_factory, actor, case_no, tmp_path) -> None:
    from casedesk.core.services import workflow as wf

    wf.add_objection(
        session_factory, actor, case_no, objector="李秀英", received_on=date(2026, 11, 20), detail="噪音"
    )
    text = pdftotext(
        print_form(session_factory, actor, "objections", case_no, tmp_path / "o.pdf", today=TODAY)
    )
    assert "2026-11-20" in text  # one piece, not "2026-11-2 / 0"
    ballots = pdftotext(
        print_form(session_factory, actor, "ballot", case_no, tmp_path / "b.pdf", today=TODAY)
    )
    assert "370105********4444、370105********5555" in compact(ballots) or (
        "370105********4444" in ballots and "370105********5555" in ballots
    )


def test_a_heading_and_a_signature_block_never_stand_alone_at_a_page_foot(tmp_path) -> None:
    """Filler pushes a heading, then a closing sentence with its signatures, to the foot of a page:
    each must move to the next page together with what follows it."""
    from reportlab.platypus import Paragraph

    from casedesk.core.reports.page import PageInfo, closing, signature_block, styles, write_pdf

    st = styles()
    for filler in range(38, 48):  # without keep-with-next, 44 to 46 strand the heading
        story = [Paragraph(f"填充第{i}行", st["base"]) for i in range(filler)]
        story += [Paragraph("四、阶段停留时间与超期", st["h2"]), Paragraph("正文第一段" * 30, st["base"])]
        out = write_pdf(tmp_path / f"h{filler}.pdf", PageInfo("o", "t", "c", TODAY), story)
        pages = [compact(p.extract_text()) for p in PdfReader(out).pages]
        heading_page = next(i for i, p in enumerate(pages) if "四、阶段停留时间与超期" in p)
        assert "正文第一段" in pages[heading_page], filler
    for filler in range(40, 52):  # without closing(), 44 to 46 leave the signatures alone
        story = [Paragraph(f"填充第{i}行", st["base"]) for i in range(filler)]
        story.append(
            closing(Paragraph("以上情况属实。", st["base"]), signature_block(["制表人", "审核人"], st))
        )
        out = write_pdf(tmp_path / f"s{filler}.pdf", PageInfo("o", "t", "c", TODAY), story)
        pages = [compact(p.extract_text()) for p in PdfReader(out).pages]
        signature_page = next(i for i, p in enumerate(pages) if "审核人" in p)
        assert "以上情况属实" in pages[signature_page] and "制表人" in pages[signature_page], filler
