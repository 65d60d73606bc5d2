"""概况: the case's address, size, stage and vote rule at a glance, and its details to edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.consent.rules import RULE_SETS
from casedesk.core.domain.enums import Role
from casedesk.core.domain.units import format_area
from casedesk.core.domain.views import CaseDetail
from casedesk.core.errors import StaleVersion, UserError
from casedesk.core.privacy import mask_phone
from casedesk.core.services.cases import reveal_personal_data, update_case
from casedesk.ui.case_details_dialog import CaseDetailsDialog
from casedesk.ui.i18n import core_tr, sep
from casedesk.ui.operations import Changed, html_text

if TYPE_CHECKING:
    from casedesk.ui.case_detail import CaseWindow

# The roles update_case lets through (admins always pass the service's check).
EDITORS = (Role.CLERK, Role.SUPERVISOR, Role.ADMIN)


class OverviewTab(QWidget):
    kinds = Changed.CASE | Changed.BALLOTS

    def __init__(self, window: CaseWindow):
        super().__init__()
        self.w = window
        self.detail: CaseDetail | None = None
        self.dialog: CaseDetailsDialog | None = None
        self.rebase_dialog = False  # set by a stale-copy refusal: the next loaded case is the base
        self.view = QTextBrowser()
        self.edit_button = QPushButton(self.tr("修改案件信息…"))
        self.edit_button.setEnabled(False)  # until the case has loaded
        self.edit_button.setVisible(window.actor.role in EDITORS)
        self.edit_button.clicked.connect(self.edit_details)
        # Full ID and phone numbers are for the roles that verify owners; every look is audited.
        self.reveal_button = QPushButton(self.tr("查看完整证件号码与电话…"))
        self.reveal_button.setEnabled(False)
        self.reveal_button.setVisible(window.actor.role in (Role.CLERK, Role.SUPERVISOR))
        self.reveal_button.clicked.connect(self.reveal_personal_data)
        self.personal_dialog: PersonalDataDialog | None = None
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.reveal_button)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)

    def refresh(self) -> None:
        """The window loads the case itself (one query for all tabs) and calls show_case."""

    def show_case(self, d: CaseDetail) -> None:
        self.detail = d
        self.edit_button.setEnabled(True)
        self.reveal_button.setEnabled(bool(d.flats))
        if self.rebase_dialog and self.dialog is not None and self.dialog.isVisible():
            # The case reloaded after a stale-copy refusal: the next OK is checked against this version.
            self.rebase_dialog = False
            self.dialog.rebase(d)
        self.view.setHtml(self.case_html(d))

    def case_html(self, d: CaseDetail) -> str:
        s = d.summary
        rule = RULE_SETS.get(s.rule_set) if s.rule_set else None
        rule_text = core_tr(rule.name) if rule else (s.rule_set or self.tr("按表决日期与区自动确定"))

        def fact(value: bool | None) -> str:
            return self.tr("未确认") if value is None else (self.tr("是") if value else self.tr("否"))

        rows: list[tuple[str, str]] = [
            (self.tr("地址"), html_text(s.full_address)),
            (
                self.tr("规模"),
                self.tr("{floors} 层，{flats} 套房屋，专有部分总面积 {area} ㎡").format(
                    floors=s.floors, flats=s.flat_count, area=format_area(d.area_total_centi)
                ),
            ),
            (
                self.tr("阶段"),
                self.tr("{stage}（{since} 起）").format(
                    stage=html_text(core_tr(s.stage_text)), since=s.stage_entered_on
                ),
            ),
            (self.tr("受理日期"), str(s.opened_on)),
            (self.tr("表决规则"), html_text(rule_text)),
            (self.tr("国有土地"), fact(d.state_owned_land)),
            (self.tr("列入征收计划"), fact(d.in_expropriation_plan)),
            (self.tr("已有电梯"), fact(d.has_elevator)),
            (self.tr("实施主体"), html_text(d.implementer) or self.tr("未登记")),
            (self.tr("权属证明"), html_text(d.title_document) or self.tr("未登记")),
            (self.tr("业主代表"), self.representatives_html(d) or self.tr("未登记")),
        ]
        if d.notes:
            rows.append((self.tr("备注"), html_text(d.notes).replace("\n", "<br>")))
        body = "".join(
            f"<tr><td style='color:#555;padding-right:12px' valign='top'>{label}</td><td>{value}</td></tr>"
            for label, value in rows
        )
        return f"<h2>{html_text(s.case_no)}</h2><table cellpadding='3'>{body}</table>"

    def representatives_html(self, d: CaseDetail) -> str:
        people = []
        for r in d.representatives:
            extra = sep("，").join(
                x
                for x in (
                    self.tr("{room} 室").format(room=r.room) if r.room else "",
                    mask_phone(r.phone) or "",
                )
                if x
            )
            people.append(html_text(r.name) + (f"（{html_text(extra)}）" if extra else ""))
        return sep().join(people)

    def reveal_personal_data(self) -> None:
        """Audit the look first (one write), then show the owners' numbers in a closable window."""
        detail = self.detail
        if detail is None:
            return
        case_no = detail.summary.case_no

        def shown(_result: object) -> None:
            self.personal_dialog = PersonalDataDialog(detail, self)
            self.personal_dialog.open()

        # Nothing a tab shows changes; the bus still reloads the log, where the look is recorded.
        self.w.ctx.change(
            lambda sf, actor: reveal_personal_data(sf, actor, case_no), Changed.NOTHING, case_no, shown
        )

    # --- editing the details --------------------------------------------------------------------

    def edit_details(self) -> None:
        if self.detail is None:
            return
        self.dialog = CaseDetailsDialog(self.detail, self)
        self.dialog.save_requested.connect(self._save)
        self.dialog.open()

    def _save(self, changes: dict[str, Any]) -> None:
        dialog = self.dialog
        assert dialog is not None
        case_no, version = self.w.case_no, dialog.detail.version
        self.w.ctx.change(
            lambda sf, actor: update_case(sf, actor, case_no, expected_version=version, changes=changes),
            Changed.CASE,
            case_no,
            lambda _version: dialog.saved(),
            lambda error: self._refused(dialog, error),
        )

    def _refused(self, dialog: CaseDetailsDialog, error: BaseException) -> None:
        if not isinstance(error, UserError):
            dialog.refused(self.tr("未能保存。"))
            self.w.show_error(error)
            return
        text = str(error)
        if isinstance(error, StaleVersion):
            # Show the colleague's version in 概况 at once; what this clerk typed stays in the dialog.
            text += "\n" + self.tr(
                "概况中已显示最新内容；您没有改动的项已换成最新内容，您改动的项仍是您填写的。核对后按保存。"
            )
            dialog.refused(text)
            self.rebase_dialog = True
            self.w.reload()
            return
        dialog.refused(text)


class PersonalDataDialog(QDialog):
    """The owners' full 证件号码 and phones, shown after the look has been written to the log."""

    def __init__(self, detail: CaseDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("业主证件号码与电话（已记入日志）"))
        rows = [(f.room, o) for f in detail.flats for o in f.owners]
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("房号"), self.tr("业主"), self.tr("证件号码"), self.tr("电话")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (room, owner) in enumerate(rows):
            for col, value in enumerate((room, owner.name, owner.id_number or "", owner.phone or "")):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("仅用于核实业主身份，请勿抄录或外传。")))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 60, self.fontMetrics().height() * 24)
