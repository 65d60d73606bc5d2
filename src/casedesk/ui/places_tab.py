"""设置 › 区、街道与社区: the office's places, set up before the first case.

The tree shows 区 › 街道 › 社区. Type a name, then: 添加区; or select a district and 添加街道;
or select a street and 添加社区; or select any place and 改名. The rules (no duplicates, no empty
names, who may) are the places service's; its refusals show in the status line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.core.services import places
from casedesk.ui.operations import Changed, OpContext

PATH = Qt.ItemDataRole.UserRole  # each item's (district, street, community) names, as far as it goes


class PlacesTab(QWidget):
    kinds = Changed.OFFICE

    def __init__(self, ops: OpContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("名称"), self.tr("编号（用于案件编号）")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("名称，如：文东街道"))
        self.add_district_button = QPushButton(self.tr("添加区"))
        self.add_street_button = QPushButton(self.tr("在所选区下添加街道"))
        self.add_community_button = QPushButton(self.tr("在所选街道下添加社区"))
        self.rename_button = QPushButton(self.tr("所选改为此名称"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "新办事处请先在此设置所辖的区、街道和社区：登记案件时可从列表中选择，"
                "也可在“账户与社区”中把社区分配给社区工作人员。改名不会改变已有的案件编号。"
            )
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.name, 1)
        for button in (
            self.add_district_button,
            self.add_street_button,
            self.add_community_button,
            self.rename_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.add_district_button.clicked.connect(self.add_district)
        self.add_street_button.clicked.connect(self.add_street)
        self.add_community_button.clicked.connect(self.add_community)
        self.rename_button.clicked.connect(self.rename)
        self.tree.currentItemChanged.connect(self._selected)
        self._select_after: tuple[str, ...] = ()

    # --- showing ----------------------------------------------------------------------------

    def reload(self) -> None:
        self.ops.query(places.list_places, self._show, self._failed)

    def refresh(self) -> None:
        self.reload()

    def _show(self, districts: list[places.DistrictPlaces]) -> None:
        self.tree.clear()
        wanted = None
        for d in districts:
            d_item = self._item(self.tree, d.name, d.code, (d.name,))
            for s in d.streets:
                s_item = self._item(d_item, s.name, s.code, (d.name, s.name))
                for c in s.communities:
                    self._item(s_item, c, "", (d.name, s.name, c))
        self.tree.expandAll()
        for item in self._items():
            if item.data(0, PATH) == self._select_after:
                wanted = item
        if wanted is not None:
            self.tree.setCurrentItem(wanted)
        self._selected(self.tree.currentItem())

    def _item(self, parent, name: str, code: str, path: tuple[str, ...]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [name, code])
        item.setData(0, PATH, path)
        return item

    def _items(self) -> list[QTreeWidgetItem]:
        found, stack = [], [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def selected_path(self) -> tuple[str, ...]:
        item = self.tree.currentItem()
        return tuple(item.data(0, PATH)) if item is not None else ()

    def _selected(self, item: QTreeWidgetItem | None, *_args: object) -> None:
        depth = len(item.data(0, PATH)) if item is not None else 0
        self.add_street_button.setEnabled(depth == 1)
        self.add_community_button.setEnabled(depth == 2)
        self.rename_button.setEnabled(depth > 0)

    # --- changing ---------------------------------------------------------------------------

    def _run(self, work, then_select: tuple[str, ...], done_text: str) -> None:
        def done(_result: object) -> None:
            self._select_after = then_select
            self.name.clear()
            self.status.setText(done_text)
            self.reload()

        self.ops.change(work, Changed.OFFICE, on_ok=done, on_err=self._failed)

    def add_district(self) -> None:
        name = places.clean_name(self.name.text())
        self._run(
            lambda sf, actor: places.add_district(sf, actor, name),
            (name,),
            self.tr("已添加区：{n}").format(n=name),
        )

    def add_street(self) -> None:
        path, name = self.selected_path(), places.clean_name(self.name.text())
        if len(path) != 1:
            self.status.setText(self.tr("请先在列表中选择一个区"))
            return
        self._run(
            lambda sf, actor: places.add_street(sf, actor, path[0], name),
            (path[0], name),
            self.tr("已添加街道：{n}").format(n=name),
        )

    def add_community(self) -> None:
        path, name = self.selected_path(), places.clean_name(self.name.text())
        if len(path) != 2:
            self.status.setText(self.tr("请先在列表中选择一个街道"))
            return
        self._run(
            lambda sf, actor: places.add_community(sf, actor, path[0], path[1], name),
            path,  # stay on the street: communities are usually added several at a time
            self.tr("已添加社区：{n}").format(n=name),
        )

    def rename(self) -> None:
        path, name = self.selected_path(), places.clean_name(self.name.text())
        if not path:
            self.status.setText(self.tr("请先在列表中选择要改名的区、街道或社区"))
            return
        if len(path) == 1:
            work = lambda sf, actor: places.rename_district(sf, actor, path[0], name)  # noqa: E731
        elif len(path) == 2:
            work = lambda sf, actor: places.rename_street(sf, actor, path[0], path[1], name)  # noqa: E731
        else:
            work = lambda sf, actor: places.rename_community(sf, actor, *path, name)  # noqa: E731
        self._run(work, (*path[:-1], name), self.tr("已改名：{a} → {b}").format(a=path[-1], b=name))

    def _failed(self, error: BaseException) -> None:
        from casedesk.ui.errors import user_error_to_label

        user_error_to_label(self.status, error)
