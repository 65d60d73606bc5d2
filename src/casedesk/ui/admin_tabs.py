"""The administration tabs of 设置: accounts, annual targets, the holiday calendar and the rule sets.

Thin widgets over core/services/admin.py: every rule (never the last admin, a reason for each
reassignment, valid dates) lives in the service and comes back here as its message.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.domain.enums import Role
from casedesk.core.services import admin
from casedesk.ui.i18n import core_tr
from casedesk.ui.operations import Changed, OpContext


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _item(text: str, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class _AdminTab(QWidget):
    def __init__(self, ops: OpContext):
        super().__init__()
        self.ops, self.actor = ops, ops.actor
        self.status = QLabel()
        self.status.setWordWrap(True)

    def failed(self, error: BaseException) -> None:
        from casedesk.ui.errors import user_error_to_label

        user_error_to_label(self.status, error)


# --- accounts ------------------------------------------------------------------------------------


class UserDialog(QDialog):
    """New account or changes to one: name, role, communities, active."""

    def __init__(self, communities: list[str], user: admin.UserView | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("新建账户") if user is None else self.tr("修改账户 {u}").format(u=user.username)
        )
        self.username = QLineEdit(user.username if user else "")
        self.username.setEnabled(user is None)
        self.display_name = QLineEdit(user.display_name if user else "")
        self.role = QComboBox()
        for role in (Role.CLERK, Role.MEDIATOR, Role.SUPERVISOR, Role.ADMIN):
            self.role.addItem(core_tr(role.label), role)
        if user is not None:
            self.role.setCurrentIndex(self.role.findData(user.role))
        self.active = QCheckBox(self.tr("启用"))
        self.active.setChecked(user.active if user else True)
        self.communities = QListWidget()
        for name in communities:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = user is not None and name in user.communities
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.communities.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("用户名（登录用）"), self.username)
        form.addRow(self.tr("姓名"), self.display_name)
        form.addRow(self.tr("角色"), self.role)
        form.addRow(self.tr("负责社区（社区工作人员、调解员）"), self.communities)
        form.addRow("", self.active)
        form.addRow(buttons)
        self.resize(460, 480)

    def chosen_communities(self) -> list[str]:
        return [
            self.communities.item(i).text()
            for i in range(self.communities.count())
            if self.communities.item(i).checkState() == Qt.CheckState.Checked
        ]


class UsersTab(_AdminTab):
    def __init__(self, ops: OpContext):
        super().__init__(ops)
        self.table = _table(
            [self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态"), self.tr("负责社区")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.new_button = QPushButton(self.tr("新建账户…"))
        self.edit_button = QPushButton(self.tr("修改…"))
        self.password_button = QPushButton(self.tr("重设密码"))
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.password_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.users: list[admin.UserView] = []
        self.communities: list[str] = []
        self.dialog: UserDialog | None = None
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        self.table.doubleClicked.connect(lambda _i: self.edit(self.selected()))
        self.password_button.clicked.connect(self.reset_password)

    def reload(self) -> None:
        self.ops.query(
            lambda sf, actor: (admin.list_users(sf, actor), admin.all_communities(sf)),
            self._show,
            self.failed,
        )

    def _show(self, loaded: tuple[list[admin.UserView], list[str]]) -> None:
        self.users, self.communities = loaded
        self.table.setRowCount(len(self.users))
        for i, u in enumerate(self.users):
            state = self.tr("启用") if u.active else self.tr("已停用")
            for c, text in enumerate(
                (u.username, u.display_name, core_tr(u.role.label), state, "、".join(u.communities))
            ):
                self.table.setItem(i, c, _item(text))

    def selected(self) -> admin.UserView | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def edit(self, user: admin.UserView | None) -> None:
        if user is None and self.sender() is self.edit_button:
            self.status.setText(self.tr("请先选择一个账户"))
            return
        dialog = UserDialog(self.communities, user, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._save(user, dialog))
        dialog.open()

    def _save(self, user: admin.UserView | None, dialog: UserDialog) -> None:
        username, name = dialog.username.text().strip(), dialog.display_name.text()
        role, communities, active = (
            Role(dialog.role.currentData()),
            dialog.chosen_communities(),
            dialog.active.isChecked(),
        )
        if user is None:
            self.ops.change(
                lambda sf, actor: admin.add_user(sf, actor, username, name, role, communities),
                Changed.OFFICE,
                None,
                lambda password: self._show_password(username, password),
                self.failed,
            )
        else:
            self.ops.change(
                lambda sf, actor: admin.update_user(
                    sf, actor, username, display_name=name, role=role, active=active, communities=communities
                ),
                Changed.OFFICE,
                None,
                lambda _r: (self.status.setText(self.tr("已保存账户 {u}").format(u=username)), self.reload()),
                self.failed,
            )

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            self.status.setText(self.tr("请先选择一个账户"))
            return
        username = user.username
        self.ops.change(
            lambda sf, actor: admin.reset_password(sf, actor, username),
            Changed.OFFICE,
            None,
            lambda password: self._show_password(username, password),
            self.failed,
        )

    def _show_password(self, username: str, password: str) -> None:
        """Shown once, selectable for copying; only its hash is stored."""
        self.reload()
        text = self.tr(
            "账户 {u} 的密码：{p}\n请当面交给本人，首次登录后由本人保管。此密码不会再次显示。"
        ).format(u=username, p=password)
        self.status.setText(self.tr("账户 {u} 已设置新密码").format(u=username))
        self.password_box = QMessageBox(QMessageBox.Icon.Information, self.tr("新密码"), text, parent=self)
        self.password_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_box.open()


# --- annual targets ------------------------------------------------------------------------------


class TargetsTab(_AdminTab):
    def __init__(self, ops: OpContext):
        super().__init__(ops)
        self.year = QSpinBox(minimum=2017, maximum=2100, value=date.today().year)
        self.table = _table(
            [self.tr("区"), self.tr("街道"), self.tr("开工目标（台）"), self.tr("验收目标（台）")]
        )
        self.save_button = QPushButton(self.tr("保存目标"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.rows: list[admin.TargetRow] = []
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.save_button.clicked.connect(self.save)

    def reload(self) -> None:
        year = self.year.value()
        self.ops.query(lambda sf, actor: admin.list_targets(sf, actor, year), self._show, self.failed)

    def _show(self, rows: list[admin.TargetRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            self.table.setItem(i, 0, _item(r.district))
            self.table.setItem(i, 1, _item(r.street or self.tr("（全区）")))
            self.table.setItem(i, 2, _item(str(r.starts), editable=True))
            self.table.setItem(i, 3, _item(str(r.acceptances), editable=True))

    def save(self) -> None:
        changed = []
        for i, r in enumerate(self.rows):
            try:
                starts, accepts = int(self.table.item(i, 2).text()), int(self.table.item(i, 3).text())
            except ValueError:
                self.status.setText(self.tr("第 {n} 行的目标不是整数").format(n=i + 1))
                return
            if (starts, accepts) != (r.starts, r.acceptances):
                changed.append((r, starts, accepts))

        rows = [
            admin.TargetChange(r.year, r.district, r.street, starts, accepts)
            for r, starts, accepts in changed
        ]

        def write(sf, actor) -> int:
            return admin.set_targets(sf, actor, rows)  # one transaction: a refused row saves none

        def done(n: int) -> None:
            self.status.setText(self.tr("已保存 {n} 项目标").format(n=n))
            self.reload()

        self.ops.change(write, Changed.OFFICE, None, done, self.failed)


# --- holiday calendar ----------------------------------------------------------------------------


class HolidaysTab(_AdminTab):
    def __init__(self, ops: OpContext):
        super().__init__(ops)
        self.year = QSpinBox(minimum=2017, maximum=2100, value=date.today().year + 1)
        self.table = _table([self.tr("日期"), self.tr("类型"), self.tr("名称"), self.tr("来源")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        today = QDate.currentDate()
        self.first = QDateEdit(today, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.last = QDateEdit(today, calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("放假"), "holiday")
        self.kind.addItem(self.tr("调休上班"), "workday")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("如：春节"))
        self.add_button = QPushButton(self.tr("添加"))
        self.remove_button = QPushButton(self.tr("删除所选（仅本办事处添加的）"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        add = QHBoxLayout()
        for widget in (
            QLabel(self.tr("从")),
            self.first,
            QLabel(self.tr("到")),
            self.last,
            self.kind,
            self.name,
        ):
            add.addWidget(widget)
        add.addWidget(self.add_button)
        hint = QLabel(
            self.tr(
                "内置国务院公布的 2017–2027 年节假日安排；新一年的安排公布后，在此补充调休上班日等。"
                "公示期按此日历计算（民法典第二百零一、二百零三条）。"
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(add)
        layout.addWidget(self.status)
        self.rows: list[admin.HolidayRow] = []
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)

    def reload(self) -> None:
        year = self.year.value()
        self.ops.query(lambda sf, _actor: admin.list_holidays(sf, year), self._show, self.failed)

    def _show(self, rows: list[admin.HolidayRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        kinds = {"holiday": self.tr("放假"), "workday": self.tr("调休上班")}
        sources = {"built-in": self.tr("内置"), "office": self.tr("本办事处")}
        for i, r in enumerate(rows):
            for c, text in enumerate((r.day.isoformat(), kinds[r.kind], r.name, sources[r.source])):
                self.table.setItem(i, c, _item(text))

    def add(self) -> None:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        kind, name = self.kind.currentData(), self.name.text()

        def done(n: int) -> None:
            self.status.setText(self.tr("已设置 {n} 天").format(n=n))
            self.year.setValue(first.year)
            self.reload()

        self.ops.change(
            lambda sf, actor: admin.set_holiday(sf, actor, first, last, kind, name),
            Changed.OFFICE,
            None,
            done,
            self.failed,
        )

    def remove(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self.status.setText(self.tr("请先选择一天"))
            return
        day = self.rows[row].day
        self.ops.change(
            lambda sf, actor: admin.remove_holiday(sf, actor, day),
            Changed.OFFICE,
            None,
            lambda _r: self.reload(),
            self.failed,
        )


# --- rule sets -----------------------------------------------------------------------------------


class RulesTab(QWidget):
    """Which rule set applies by date and district. It is law, not a preference: it is fixed in the
    program (with tests for every boundary), and a supervisor can override it per case with a reason."""

    def __init__(self) -> None:
        super().__init__()
        from casedesk.core.consent.rules import RULE_SETS

        view = QTextBrowser()
        rows = "".join(
            # By name and version: the rule-set ids are internal codes, never shown to a user.
            f"<tr><td>{core_tr(rule.name)}</td><td>{rule.version}</td><td>{core_tr(rule.basis)}</td>"
            f"<td>{'；'.join(core_tr(line) for line in rule.formula)}</td></tr>"
            for rule in RULE_SETS.values()
        )
        view.setHtml(
            self.tr(
                "<h3>表决规则按日期和区自动确定</h3>"
                "<ul><li>莱芜区、钢城区：《济南市既有多层住宅增设电梯规定》；</li>"
                "<li>表决日期在 2021-01-01 之前（试点各区）：试行办法；</li>"
                "<li>2021-01-01 起：《民法典》第二百七十八条（双三分之二参与、双四分之三同意）。</li></ul>"
                "<p>规则由法律规定，不能在此修改；个别案件确需改用其他规则的，由主管在案件的“主管操作”中指定并填写理由，"
                "理由记入案件日志。</p>"
            )
            + f"<table border='1' cellpadding='4' cellspacing='0'>{rows}</table>"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(view)
