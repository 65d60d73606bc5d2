"""设置 (administrators): the office's name, seal text, numbering, time limits and backups, then the
administration tabs (accounts, annual targets, holidays, rule sets; ui/admin_tabs.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.services.actor import Actor
from casedesk.ui.operations import Changed, OpContext
from casedesk.ui.places_tab import PlacesTab
from casedesk.ui.tasks import TaskRunner


class SettingsPage(QWidget):
    def __init__(
        self,
        runner: TaskRunner,
        database,
        actor: Actor,
        parent: QWidget | None = None,
        ops: OpContext | None = None,
    ):
        super().__init__(parent)
        self.runner, self.db, self.actor = runner, database, actor
        self.ops = ops or OpContext(runner, database.session_factory, actor, self._failed)
        self.fields: dict[str, QLineEdit] = {}
        office = QGroupBox(self.tr("办事处"))
        form = QFormLayout(office)
        for key, label in (
            ("office_name", self.tr("办事处名称（打印在每页页眉）")),
            ("seal_text", self.tr("印章文字（表单盖章处）")),
            ("case_no_pattern", self.tr("案件编号格式")),
            ("dispute_no_pattern", self.tr("纠纷编号格式")),
            ("notice_period_days", self.tr("公示期（天）")),
            ("mediation_limit_days", self.tr("调解期限（天）")),
            ("stage_limits", self.tr("阶段时限（天，如 街道审核=15, 规划审查=30）")),
            ("backup_dir", self.tr("备份文件夹（留空为数据库旁的 backups）")),
        ):
            self.fields[key] = QLineEdit()
            form.addRow(label, self.fields[key])
            if key == "dispute_no_pattern":
                # The placeholders in the patterns are the one place codes are typed: say what each is.
                hint = QLabel(
                    self.tr(
                        "编号格式中：{district} 为区编号，{street} 为街道编号（见“区、街道与社区”），"
                        "{year} 为年份，{serial:04d} 为四位序号。"
                    )
                )
                hint.setWordWrap(True)
                form.addRow("", hint)
        self.save_button = QPushButton(self.tr("保存设置"))
        self.backup_button = QPushButton(self.tr("立即备份数据库"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        from casedesk.ui.admin_tabs import HolidaysTab, RulesTab, TargetsTab, UsersTab

        office_tab = QWidget()
        layout = QVBoxLayout(office_tab)
        layout.addWidget(office)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.users_tab = UsersTab(self.ops)
        self.targets_tab = TargetsTab(self.ops)
        self.holidays_tab = HolidaysTab(self.ops)
        self.places_tab = PlacesTab(self.ops)
        self.tabs = QTabWidget()
        self.tabs.addTab(office_tab, self.tr("办事处"))
        # Before the accounts: a new office sets up its communities, then gives them to clerks.
        self.tabs.addTab(self.places_tab, self.tr("区、街道与社区"))
        self.tabs.addTab(self.users_tab, self.tr("账户与社区"))
        self.tabs.addTab(self.targets_tab, self.tr("年度目标"))
        self.tabs.addTab(self.holidays_tab, self.tr("节假日"))
        self.tabs.addTab(RulesTab(), self.tr("表决规则"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.save_button.clicked.connect(self.save)
        self.backup_button.clicked.connect(self.backup)

    def _tab_shown(self, index: int) -> None:
        # A tab loads whenever it is shown (and again on F5), so it never shows stale accounts or dates.
        tab = self.tabs.widget(index)
        if hasattr(tab, "reload"):
            tab.reload()

    def reload(self) -> None:
        from casedesk.core.services.office import get_settings

        current = self.tabs.currentWidget()
        if current is not None and hasattr(current, "reload"):
            current.reload()

        self.ops.query(lambda sf, actor: get_settings(sf, actor), self._show, self._failed)

    def _show(self, settings) -> None:
        from casedesk.core.services.office import stage_limits_in_words

        values = settings.to_strings()
        values["stage_limits"] = stage_limits_in_words(values.get("stage_limits", ""))
        for key, edit in self.fields.items():
            edit.setText(values.get(key, ""))

    def save(self) -> None:
        from casedesk.core.services.office import update_settings

        changes = {key: edit.text() for key, edit in self.fields.items()}
        self.ops.change(
            lambda sf, actor: update_settings(sf, actor, changes),
            Changed.OFFICE,
            None,
            self._saved,
            self._failed,
        )

    def _saved(self, settings) -> None:
        self._show(settings)
        self.status.setText(self.tr("设置已保存"))

    def backup(self) -> None:
        from casedesk.core.backup import backup_database

        database, configured = self.db, self.fields["backup_dir"].text()
        # A read as far as the screens go: the copy changes nothing they show.
        self.ops.query(
            lambda _sf, actor: backup_database(database, configured, actor=actor),
            self._backed_up,
            self._failed,
        )

    def _backed_up(self, path) -> None:
        self.status.setText(self.tr("已备份到：{p}").format(p=path))

    def _failed(self, error: BaseException) -> None:
        from casedesk.ui.errors import user_error_to_label

        user_error_to_label(self.status, error)
