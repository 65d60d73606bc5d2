"""The English translation: complete, placeholders intact (Electrum's check), and loaded by Qt."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from casedesk import paths
from casedesk.core.services.cases import NewCase, create_case
from casedesk.core.services.disputes import list_disputes
from casedesk.core.services.roster_import import import_roster
from casedesk.ui.i18n import CORE_CONTEXT, install_translator
from tests.shared_paths import REPO, SAMPLES

TS = paths.resource_dir() / "i18n" / "casedesk_en.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _messages(*, core: bool) -> list[ET.Element]:
    return [
        m
        for c in ET.parse(TS).iter("context")
        if (c.findtext("name") == CORE_CONTEXT) == core
        for m in c.iter("message")
    ]


def test_every_message_is_translated_with_the_same_placeholders() -> None:
    messages = _messages(core=False)
    assert len(messages) > 50
    for m in messages:
        source = m.find("source").text or ""
        translation = m.find("translation")
        assert translation.get("type") != "unfinished", source
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text or "")), (
            source
        )
    for m in _messages(core=True):  # the core's: those with English keep every placeholder
        source, translation = m.findtext("source") or "", m.find("translation")
        if translation.get("type") != "unfinished":
            assert sorted(PLACEHOLDER.findall(source)) == sorted(
                PLACEHOLDER.findall(translation.text or "")
            ), source


def test_english_is_shown_when_chosen(qtbot, database, sync_runner) -> None:
    from casedesk.ui.login import LoginDialog

    app = QApplication.instance()
    translator = install_translator(app, "en")
    assert translator is not None
    try:
        dialog = LoginDialog(database.session_factory, sync_runner)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Log in to CaseDesk"
    finally:
        app.removeTranslator(translator)
    again = LoginDialog(database.session_factory, sync_runner)
    qtbot.addWidget(again)
    assert again.windowTitle() == "登录 CaseDesk"


# --- Every screen in English: the walker --------------------------------------------------------

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_PUNCTUATION = re.compile(r"[、，；：（）“”《》]")
# What English mode may show in Chinese: the DATA, i.e. what people typed or imported and the
# database keeps as they wrote it. Nothing else: every text of the program (screens, and the core's
# N_() texts: stages, guards, tallies, rule sets, errors) has English.
PLACES = ("历下区", "文东街道", "青龙街社区", "山大北路小区")  # the place list: names
PEOPLE = ("李社工", "赵调解员", "朱主任", "系统")  # the accounts' display names
OFFICE = "文东街道办事处"  # the office's name (设置 › 办事处)
ROSTER = SAMPLES / "roster-sample.csv"
# The record's words that CaseDesk prints as the official record, kept in Chinese in either
# language (printed pages stay Chinese): the mediation record's blank outline, which the mediator
# fills in and which is printed as 调解笔录 (core/disputes/rules.MEETING_TEMPLATE).
RECORD_TEXTS = [r"(?s)时间：.*六、下次调解时间："]


# What the walked case's clerk typed (_walked_case): data too.
TYPED = (
    "王建国",
    "李秀兰",
    "山大北路小区2号楼1单元业主委员会",
    "单元门口公告栏",
    "刘红（社区网格员）",
    "赵明",
    "电梯井道挡住一层卧室采光",
    "已同意井道外移",
    "燃气管线需迁移",
    "一层住户阻拦施工",
    "加装透光板",
    "采光",
    "按协议施工",
)


def _roster_data() -> list[str]:
    """The sample roster's headings and cells (names, reasons, the area's source as written) and
    the area typed out in words in the broken copy (_broken_roster): data, shown as typed in either
    language (the import wizard shows the file's own columns)."""
    with ROSTER.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return [v for r in rows for v in r if v] + ["八十"]


def _broken_roster() -> Path:
    """The sample roster with an area typed out ("八十") and one left empty: the wizard's errors."""
    lines = ROSTER.read_text(encoding="utf-8-sig").splitlines()
    for index, value in ((2, "八十"), (5, "")):
        cells = lines[index].split(",")
        cells[2] = value
        lines[index] = ",".join(cells)
    broken = paths.data_dir() / "broken-roster.csv"
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return broken


def _core_messages() -> list[str]:
    """The core's N_() texts that have no English: none may be left (see the test below)."""
    return [
        m.findtext("source") or ""
        for c in ET.parse(TS).iter("context")
        if c.findtext("name") == CORE_CONTEXT
        for m in c.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]


def test_every_core_text_has_english() -> None:
    """All the core's N_() texts (stages, guards, tallies, errors, the rule sets) have English: a
    new one without it fails here, not on a clerk's screen."""
    assert _core_messages() == []


def _allowance(core: list[str]) -> list[list[re.Pattern[str]]]:
    """Patterns for the Chinese a screen may show in English mode: the data (places, people, the
    roster's names and reasons, the office, a building and unit) and the record's fixed words, plus
    *core* (texts without English, for the Chinese-mode check). Two orders, since a value may be a
    core text and a short template may eat part of a longer fixed text."""
    data = [*PLACES, *PEOPLE, OFFICE, "济南市街道办事处", *TYPED, *_roster_data()]
    constants = [re.escape(t) for t in data] + RECORD_TEXTS + [r"\d+号楼\d+单元"]  # building and unit
    templates: list[tuple[int, str]] = []
    for text in core:
        if not CJK.search(text):
            continue
        pieces = [re.escape(p) for p in re.split(r"\{[^{}]*\}", text)]
        if len(pieces) == 1:
            constants.append(pieces[0])
            continue
        # a value in the middle ends where the text goes on; one at the end runs to the line's end
        pattern = "[^\n]*?".join(pieces[:-1]) + ("[^\n]*" if pieces[-1] == "" else "[^\n]*?" + pieces[-1])
        templates.append((len(text), pattern))
    # Whole templates first (their values may be core labels too), then fixed texts, longest first.
    ordered_templates = [re.compile(p) for _n, p in sorted(templates, reverse=True)]
    ordered_constants = [re.compile(p) for p in sorted(constants, key=len, reverse=True)]
    return [ordered_templates + ordered_constants, ordered_constants + ordered_templates]


def _widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything a user can read in *root* and its children."""
    found: list[tuple[str, str]] = []

    def add(where: QObject, text: object) -> None:
        if isinstance(text, str) and text:
            found.append((f"{type(where).__name__}:{where.objectName()}", text))

    for w in [root, *root.findChildren(QWidget)]:
        if w.isWindow():
            add(w, w.windowTitle())
        add(w, w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            add(w, w.text())
        elif isinstance(w, QGroupBox):
            add(w, w.title())
        elif isinstance(w, QLineEdit):
            add(w, w.placeholderText())
            add(w, w.text())
        elif isinstance(w, QAbstractSpinBox):
            add(w, w.text())
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            add(w, w.toPlainText())
            add(w, w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, w.tabText(i))
                add(w, w.tabToolTip(i))
        elif isinstance(w, QMenu):
            add(w, w.title())
            for action in w.actions():
                add(w, action.text())
                add(w, action.toolTip() if action.toolTip() != action.text().replace("&", "") else None)
        elif isinstance(w, QMenuBar):
            for action in w.actions():
                add(w, action.text())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model, top = w.model(), QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
            for c in range(columns):
                add(w, model.headerData(c, Qt.Orientation.Horizontal))
                add(w, model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
            for r in range(min(model.rowCount(top), 40)):
                for c in range(columns):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(model.index(r, c), role)
                        add(w, value if isinstance(value, str) else None)
    for action in root.actions():  # shortcuts' and toolbars' actions
        add(root, action.toolTip() if action.toolTip() != action.text().replace("&", "") else None)
    return found


def _rest(text: str, patterns: list[re.Pattern[str]]) -> str:
    for pattern in patterns:
        if CJK.search(text) is None:
            break
        text = pattern.sub("", text)
    return text


def _chinese_left(
    texts: list[tuple[str, str]], allowed: list[list[re.Pattern[str]]]
) -> list[tuple[str, str]]:
    seen: dict[str, bool] = {}
    left = []
    for where, text in texts:
        if text not in seen:
            seen[text] = all(CJK.search(_rest(text, order)) for order in allowed)
        if seen[text]:
            left.append((where, text))
    return left


def _dialogs_besides(windows: list[QWidget]) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in windows]


def _read_dialogs(before: list[QWidget]) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    QApplication.processEvents()
    for dialog in _dialogs_besides(before):
        texts += _widget_texts(dialog)
        dialog.close()
    return texts


def _open_each(window: QWidget) -> list[tuple[str, str]]:
    """Click each visible, enabled "…" button (they open a dialog; a button's menu is read) and read
    what opened before closing it again."""
    texts: list[tuple[str, str]] = []
    buttons = [
        b
        for b in window.findChildren(QPushButton)
        if b.isVisible() and b.isEnabled() and b.text().endswith("…")
    ]
    for button in buttons:
        if button.menu() is not None:  # 主管操作…: its entries open dialogs too
            texts += _widget_texts(button.menu())
            for action in button.menu().actions():
                if action.isEnabled() and action.text().endswith("…"):
                    before = _dialogs_besides([])
                    action.trigger()
                    texts += _read_dialogs(before)
            continue
        before = _dialogs_besides([])
        button.click()
        texts += _read_dialogs(before)
    return texts


def _inner_tabs(window: QWidget) -> list[tuple[QTabWidget, int]]:
    """The tabs inside what is showing (设置's 办事处 … 表决规则, 调解's 概况 … 回访)."""
    return [
        (tabs, i)
        for tabs in window.findChildren(QTabWidget)
        if tabs.isVisible() and tabs.window() is window
        for i in range(tabs.count())
    ]


def _walk(qtbot, window: QWidget, pages: list) -> list[tuple[str, str]]:
    """Show every page and every tab inside it, then open each of its "…" dialogs, reading the page
    and each dialog before closing it again; then the menu bar's "…" entries."""
    texts: list[tuple[str, str]] = []
    for show in pages:
        before = _dialogs_besides([])
        show()
        texts += _widget_texts(window)
        texts += _read_dialogs(before)  # a page step may open a dialog itself
        texts += _open_each(window)
        for tabs, i in _inner_tabs(window):
            if tabs.currentIndex() == i or not tabs.isTabEnabled(i):
                continue
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            texts += _widget_texts(window)
            texts += _open_each(window)
    for menu in window.findChildren(QMenu):
        for action in menu.actions():
            if action.isEnabled() and action.text().endswith("…"):
                before = _dialogs_besides([])
                action.trigger()
                texts += _read_dialogs(before)
    return texts


@pytest.fixture
def english(qapp):
    app = QApplication.instance()
    translator = install_translator(app, "en")
    assert translator is not None
    yield
    app.removeTranslator(translator)


@pytest.fixture
def no_outside_world(monkeypatch):
    """File choosers and opened PDFs would block or leave the test; each answers "cancelled"."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda *a, **k: True)


def _walked_case(sf, actor, documents) -> str:
    """A case moved with the services from 受理登记 to 补贴拨付 (the same guards as the tabs), so
    its log, progress, notice, disputes and money tabs have every kind of line to show."""
    from casedesk.core.domain.enums import Stage
    from casedesk.core.services import workflow as wf
    from casedesk.core.services.costshare import compute_cost_share
    from casedesk.core.services.disputes import add_agreement, log_obstruction
    from casedesk.core.services.subsidy import pay_subsidy, record_subsidy_step
    from casedesk.core.workflow.stages import CHECKLISTS, MAIN_LINE

    day = date(2026, 3, 6)
    case_no = create_case(sf, actor, NewCase(*PLACES, "2", "1", 6, opened_on=day))
    wf.set_intake_facts(
        sf,
        actor,
        case_no,
        state_owned_land=True,
        in_expropriation_plan=False,
        representatives=["王建国", "李秀兰"],
        implementer="山大北路小区2号楼1单元业主委员会",
    )
    import_roster(sf, actor, case_no, ROSTER, today=day)
    current = Stage.INTAKE
    while current is not Stage.SUBSIDY:
        day += timedelta(days=1)
        for item in CHECKLISTS.get(current, ()):
            if item.required and item.code != "notice_photo":
                wf.mark_checklist_item(sf, actor, case_no, item.code, on=day, documents_dir=documents)
        if current is Stage.NOTICE:
            photo = documents.parent / "notice.png"
            photo.write_bytes(b"\x89PNG\r\n\x1a\n")
            ends = wf.post_notice(
                sf,
                actor,
                case_no,
                posted_on=day,
                places="单元门口公告栏",
                witness="刘红（社区网格员）",
                photo=photo,
                documents_dir=documents,
            )
            objection = wf.add_objection(
                sf, actor, case_no, objector="赵明", received_on=day, detail="电梯井道挡住一层卧室采光"
            )
            wf.resolve_objection(sf, actor, objection, response="已同意井道外移", on=day + timedelta(days=1))
            day = ends + timedelta(days=1)
        if current is Stage.STREET_REVIEW:
            wf.record_procedure(sf, actor, case_no, "design", on=day, number="GX-15", note="燃气管线需迁移")
        if current is Stage.CONSTRUCTION:
            for dispute_no in log_obstruction(sf, actor, case_no, on=day, description="一层住户阻拦施工"):
                add_agreement(
                    sf,
                    actor,
                    dispute_no,
                    terms="加装透光板",
                    signed_on=day,
                    parties="赵明",
                    facts="一层住户阻拦施工",
                    matters="采光",
                    performance_method="按协议施工",
                    performance_deadline=day + timedelta(days=30),
                )
        following = MAIN_LINE[MAIN_LINE.index(current) + 1]
        wf.advance(sf, actor, case_no, following, on=day)
        current = following
    compute_cost_share(
        sf, actor, case_no, total_fen=58_000_000, method="floor", exempt_floors=(1,), save=True
    )
    for offset, step in enumerate(("applied", "reviewed", "approved")):
        record_subsidy_step(sf, actor, case_no, step, on=day + timedelta(days=offset + 1))
    pay_subsidy(
        sf, actor, case_no, amount_fen=12_000_000, paid_on=day + timedelta(days=5), voucher_no="V-0417"
    )
    return case_no


def _screens(qtbot, database, actor, sync_runner) -> list[tuple[str, str]]:
    """The main window of an administrator (every page) and the case window of a case with the
    sample roster (whose 不同意 opened a dispute): all pages, tabs and "…" dialogs."""
    from casedesk.ui.case_detail import CaseWindow
    from casedesk.ui.main_window import MainWindow

    sf = database.session_factory
    case_no = create_case(sf, actor, NewCase(*PLACES, "1", "1", 6))
    import_roster(sf, actor, case_no, ROSTER, today=date(2026, 3, 20))
    [dispute] = list_disputes(sf, actor, case_no=case_no)  # opened by the roster's 不同意
    dispute_no = dispute.dispute_no
    main = MainWindow(database, actor, sync_runner, OFFICE)
    qtbot.addWidget(main)
    main.show()
    pages = [lambda i=i: main.nav.setCurrentRow(i) for i in range(main.nav.count())]
    mediation = main.page_keys.index("mediation")
    pages += [
        lambda: main.nav.setCurrentRow(mediation),
        lambda: main.pages.widget(mediation).show_dispute(dispute_no),
        main.change_password,  # (its menu entry is off for the built-in account)
    ]
    texts = _walk(qtbot, main, pages)
    case = CaseWindow(sf, actor, sync_runner, case_no)
    qtbot.addWidget(case)
    case.show()
    tabs = [lambda i=i: case.tabs.setCurrentIndex(i) for i in range(case.tabs.count())]
    texts += _walk(qtbot, case, [*tabs, lambda: case.ballots.preview_roster(_broken_roster())])
    walked = CaseWindow(sf, actor, sync_runner, _walked_case(sf, actor, paths.documents_dir_for(None)))
    qtbot.addWidget(walked)
    walked.show()
    texts += _walk(
        qtbot, walked, [lambda i=i: walked.tabs.setCurrentIndex(i) for i in range(walked.tabs.count())]
    )
    texts += _before_the_main_window(qtbot, database, sync_runner)
    for w in _dialogs_besides([]):
        w.close()
    return texts


def _before_the_main_window(qtbot, database, sync_runner) -> list[tuple[str, str]]:
    """The log-in dialog after a wrong password (the core's refusal, translated) and the first
    start's wizard after an empty submit."""
    from casedesk.ui.login import FirstRunWizard, LoginDialog

    login = LoginDialog(database.session_factory, sync_runner)
    qtbot.addWidget(login)
    login.show()
    qtbot.keyClicks(login.username, "nobody")
    qtbot.keyClicks(login.password, "wrong-password")
    login.login_button.click()
    assert login.message.text()
    texts = _widget_texts(login)
    wizard = FirstRunWizard(database.session_factory, sync_runner)
    qtbot.addWidget(wizard)
    wizard.show()
    texts += _widget_texts(wizard)
    return texts


def test_english_mode_shows_no_chinese_outside_the_data(
    qtbot, database, actor, sync_runner, english, no_outside_world
) -> None:
    texts = _screens(qtbot, database, actor, sync_runner)
    titles = {t for w, t in texts}
    # the walker reached the pages, tabs and dialogs
    for reached in (
        "Change password",
        "Record a dispute",
        "Change dispute status",
        "Cost sharing",
        "Post the notice",
        "About CaseDesk",  # a menu bar entry's dialog
        "Spring Festival",  # 设置 › 节假日, a tab inside a page
        "agreeing area × 4 ≥ area taking part × 3",  # 设置 › 表决规则: the rule set's formula
        "Intake → Owners' consent",  # the walked case's log
        "Row 3 [",  # the roster import wizard's errors
        "Wrong user name or password",  # the log-in dialog's refusal
        "The owner of flat 101 disagrees with adding the elevator",  # a dispute the core titled
    ):
        assert any(reached in t for t in titles), reached
    allowed = _allowance([])
    left = _chinese_left(texts, allowed)
    assert left == [], "\n".join(f"{w}: {t!r}" for w, t in left)
    # nor Chinese punctuation around English words ("Cases：LX-1（青龙街社区）", "Noise、Privacy")
    punctuated = {t for _w, t in texts if CJK_PUNCTUATION.search(_rest(t, allowed[0]))}
    assert punctuated == set(), punctuated


def test_the_walker_sees_chinese_in_chinese_mode(
    qtbot, database, actor, sync_runner, no_outside_world
) -> None:
    """The same walk without the translator: the screens' own Chinese is found (so the English
    test can fail), and the exceptions do not swallow it."""
    texts = _screens(qtbot, database, actor, sync_runner)
    left = {t for _w, t in _chinese_left(texts, _allowance(_core_messages()))}
    assert len(left) > 100
    for chinese in (
        "住户与表决",
        "登记纠纷…",
        "修改密码",
        "把当前筛选出的全部案件生成 PDF 以便打印",
        "区、街道与社区",
    ):
        assert any(chinese in t for t in left), chinese


def test_core_texts_are_shown_in_english_and_unknown_texts_as_they_are(english) -> None:
    from casedesk.core.domain.enums import DisputeStatus, Stage, Vote
    from casedesk.ui.i18n import core_tr

    assert core_tr(Stage.STREET_REVIEW.label) == "Street review"
    assert core_tr(DisputeStatus.IN_MEDIATION.label) == "In mediation"
    assert core_tr(Vote.ABSTAIN.label) == "Abstain"
    # filled in by the core: found by its template, and the value put in is translated too
    assert core_tr("缺少材料：增设电梯申请书") == "Missing document: Application to add an elevator"
    assert (
        core_tr("纠纷 JF-2026-0001 未解决（阻断）")
        == "Dispute JF-2026-0001 is not resolved (it blocks the case)"
    )
    # a text without English stays as it is: never an empty label (Qt took "" for a translation)
    assert core_tr("没有这句话") == "没有这句话"
    assert QApplication.translate("NoSuchClass", "没有这句话") == "没有这句话"
    # a helper's parent.tr("…") is asked for under the caller's class: found by its text
    assert QApplication.translate("MoneyTab", "楼层系数") == "Floor factor"


def test_core_texts_stay_chinese_without_the_translator() -> None:
    from casedesk.core.domain.enums import Stage
    from casedesk.ui.i18n import core_tr

    assert core_tr(Stage.STREET_REVIEW.label) == "街道审核"
    assert core_tr("缺少材料：增设电梯申请书") == "缺少材料：增设电梯申请书"
    assert core_tr("管线踏勘：编号 GX-1；燃气管线需迁移") == "管线踏勘：编号 GX-1；燃气管线需迁移"


def test_no_english_text_makes_a_mnemonic() -> None:
    """A "&" in a translation underlines the next letter on a tab or a button and disappears
    ("Owners_votes"): an English text says "and"."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("translations_en", REPO / "tools" / "translations_en.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for source, english in [*module.EN.items(), *module.EN_CORE.items()]:
        assert "&" not in english.replace("&&", "").replace("&nbsp;", "") or "&" in source, source


def test_every_translated_call_names_its_text() -> None:
    """lupdate sees only literal texts: `self.tr(variable)` or `self.tr(f"…")` would stay Chinese.
    A table's headers kept in a class attribute are marked with QT_TRANSLATE_NOOP where they are
    written (BallotGridModel.HEADERS) and translated by that context when shown."""
    import ast

    ui = REPO / "src" / "casedesk" / "ui"
    allowed = {("case_ballots.py", "QCoreApplication.translate('BallotGridModel', self.HEADERS[section])")}
    found = []
    for path in sorted(ui.rglob("*.py")):
        if path.name == "i18n.py":  # the translator itself passes texts on
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            text = node.args[0] if name == "tr" and node.args else None
            if name == "translate" and len(node.args) >= 2:
                text = node.args[1]
            if text is not None and not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                found.append((path.name, ast.unparse(node)))
    assert set(found) <= allowed, found


def test_a_tally_reads_in_english(qapp, english) -> None:
    """The tally's clauses and its failing summary are put together by the core from N_() pieces;
    each piece is found, so the whole reads in English."""
    from casedesk.core.consent.rules import JINAN_2021
    from casedesk.ui.i18n import core_tr

    assert (
        core_tr("同意面积占参与表决面积（四分之三以上）")
        == "Agreeing area of the area taking part (three-quarters or more)"
    )
    assert (
        core_tr("表决未通过：同意面积占参与表决面积，还差 60.00 ㎡；同意人数占参与表决人数，还差 1 人")
        == "The vote did not pass: Agreeing area of the area taking part, 60.00 m² short; "
        "Agreeing owners of the owners taking part, 1 owner(s) short"
    )
    assert core_tr(JINAN_2021.formula[0]) == "area taking part × 3 ≥ total area × 2"
    # a punctuation-only template never takes apart what it cannot put together in English
    assert core_tr("王建国（301 室）") == "王建国（301 室）"
    assert core_tr("春节") == "Spring Festival"
