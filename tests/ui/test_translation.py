"""The English translation: complete, placeholders intact (Electrum's check), and loaded by Qt."""

from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from datetime import date

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
from tests.shared_paths import SAMPLES

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
PLACES = ("历下区", "文东街道", "青龙街社区", "山大北路小区")
PEOPLE = ("李社工", "赵调解员", "朱主任", "系统")
OFFICE = "文东街道办事处"
ROSTER = SAMPLES / "roster-sample.csv"


def _roster_data() -> list[str]:
    """Names and reasons typed into the sample roster: data, shown as typed in either language."""
    with ROSTER.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    return [v for r in rows for k, v in r.items() if k in ("业主姓名", "意见理由") and v]


def _core_messages() -> list[str]:
    """The core's N_() texts that have no English yet: shown in Chinese, a known exception. Those
    with English (stages, statuses, categories, votes, guards, the tally) must be translated on
    screen, so a screen that shows one of them in Chinese fails."""
    return [
        m.findtext("source") or ""
        for c in ET.parse(TS).iter("context")
        if c.findtext("name") == CORE_CONTEXT
        for m in c.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]


def _allowance(core: list[str]) -> list[list[re.Pattern[str]]]:
    """Patterns for the Chinese a screen may show in English mode: the data (places, people, the
    roster's names and reasons, the office) and the core's N_() texts that are not translated yet.
    Two orders, since a value may be a core text (a document's title in "缺少材料：{t}") and a short
    template may eat part of a longer fixed text: templates first, or fixed texts first."""
    data = [*PLACES, *PEOPLE, OFFICE, "济南市街道办事处", *_roster_data()]
    constants = [re.escape(t) for t in data] + [r"\d+号楼\d+单元"]  # building and unit
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
        elif isinstance(w, QMenu):
            for action in w.actions():
                add(w, action.text())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model, top = w.model(), QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
            for c in range(columns):
                add(w, model.headerData(c, Qt.Orientation.Horizontal))
            for r in range(min(model.rowCount(top), 40)):
                for c in range(columns):
                    value = model.data(model.index(r, c))
                    add(w, value if isinstance(value, str) else None)
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


def _walk(qtbot, window: QWidget, pages: list[QWidget]) -> list[tuple[str, str]]:
    """Show every page, then click each of its enabled "…" buttons (they open a dialog), reading the
    page and each dialog before closing it again."""
    texts: list[tuple[str, str]] = []
    for show in pages:
        before = _dialogs_besides([])
        show()
        QApplication.processEvents()
        texts += _widget_texts(window)
        for dialog in _dialogs_besides(before):  # a page step may open a dialog itself
            texts += _widget_texts(dialog)
            dialog.close()
        buttons = [
            b
            for b in window.findChildren(QPushButton)
            if b.isVisible() and b.isEnabled() and b.text().endswith("…")
        ]
        for button in buttons:
            if button.menu() is not None:
                texts += _widget_texts(button.menu())
                continue
            before = _dialogs_besides([])
            button.click()
            QApplication.processEvents()
            for dialog in _dialogs_besides(before):
                texts += _widget_texts(dialog)
                dialog.close()
    return texts


@pytest.fixture
def english():
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
    texts += _walk(qtbot, case, [lambda i=i: case.tabs.setCurrentIndex(i) for i in range(case.tabs.count())])
    for w in _dialogs_besides([]):
        w.close()
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
    ):
        assert any(t.startswith(reached) for t in titles), reached
    left = _chinese_left(texts, _allowance(_core_messages()))
    assert left == [], "\n".join(f"{w}: {t!r}" for w, t in left)


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
