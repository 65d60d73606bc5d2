"""The dialogs of the 公示与异议 tab: post the notice, log an objection, reply to and resolve one.

Each is opened non-blocking (`open()`), refuses what it can check on its own (an empty name or
content) with a red line, and keeps `values` for the tab to send to the service on `accepted`.
When the service refuses (a notice dated in the future, a reply dated before the objection), the
tab calls `fail(message)`: the dialog opens again with everything typed and the reason in red.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from casedesk.core.services.workflow import ObjectionRow
from casedesk.ui.fields import date_edit
from casedesk.ui.form_dialog import FormDialog

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".heic", ".pdf")


def plain_label(text: str = "") -> QLabel:
    """Text a user typed (names, content) shown as plain text, never read as rich text."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class PostNoticeDialog(FormDialog):
    """张贴公示: the day it went up, where, who witnessed it, and a photo of it on the wall."""

    def __init__(self, parent: QWidget, places: str | None = None, witness: str | None = None):
        super().__init__(parent, parent.tr("张贴公示"), width_chars=30)
        self.posted_on = date_edit()
        self.places = QLineEdit(places or "")
        self.places.setPlaceholderText(self.tr("如：单元门口公告栏、小区公告栏"))
        self.witness = QLineEdit(witness or "")
        self.witness.setPlaceholderText(self.tr("见证人或见证单位，如：社区居委会 王主任"))
        self.photo_path = QLineEdit()
        self.photo_path.setReadOnly(True)
        self.photo_path.setPlaceholderText(self.tr("未选择（可稍后在“进度”中补交）"))
        self.choose_photo_button = QPushButton(self.tr("选择照片…"))
        self.choose_photo_button.clicked.connect(self.choose_photo)
        self.clear_photo_button = QPushButton(self.tr("不附照片"))
        self.clear_photo_button.clicked.connect(self.photo_path.clear)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_path, 1)
        photo_row.addWidget(self.choose_photo_button)
        photo_row.addWidget(self.clear_photo_button)
        self.form.addRow(self.tr("张贴日期"), self.posted_on)
        self.form.addRow(self.tr("张贴地点"), self.places)
        self.form.addRow(self.tr("见证人"), self.witness)
        self.form.addRow(self.tr("现场照片"), photo_row)
        self.add_hint(
            self.tr(
                "公示期自张贴次日起算，截止日由程序按规则和节假日计算；照片同时登记为“公示现场照片”材料。"
            )
        )
        self.finish_layout()

    def choose_photo(self) -> None:
        patterns = " ".join(f"*{s}" for s in PHOTO_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择公示现场照片"),
            "",
            self.tr("图片或 PDF ({p});;所有文件 (*)").format(p=patterns),
        )
        if path:
            self.photo_path.setText(path)

    def read(self) -> dict[str, Any]:
        places = self.places.text().strip()
        if not places:
            raise ValueError(self.tr("请填写张贴地点"))
        photo = self.photo_path.text().strip()
        return {
            "posted_on": self.posted_on.date().toPython(),
            "places": places,
            "witness": self.witness.text().strip() or None,
            "photo": Path(photo) if photo else None,
        }


class ObjectionDialog(FormDialog):
    """登记异议: who objects, how to reach them, when and how it came in, and what it says."""

    def __init__(self, parent: QWidget):
        super().__init__(parent, parent.tr("登记异议"), width_chars=30)
        self.objector = QLineEdit()
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("电话等，可不填"))
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("如：3号楼2单元501，可不填"))
        self.received_on = date_edit()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("书面"), True)
        self.kind.addItem(self.tr("口头"), False)
        self.detail = QPlainTextEdit()
        self.detail.setPlaceholderText(self.tr("异议的内容和理由"))
        self.form.addRow(self.tr("异议人"), self.objector)
        self.form.addRow(self.tr("联系方式"), self.contact)
        self.form.addRow(self.tr("住址"), self.address)
        self.form.addRow(self.tr("收到日期"), self.received_on)
        self.form.addRow(self.tr("书面/口头"), self.kind)
        self.form.addRow(self.tr("内容"), self.detail)
        self.add_hint(
            self.tr("书面异议须答复并处理后，案件才能进入下一阶段；口头异议登记在案，同样可以答复。")
        )
        self.finish_layout()

    def read(self) -> dict[str, Any]:
        objector = self.objector.text().strip()
        detail = self.detail.toPlainText().strip()
        if not objector:
            raise ValueError(self.tr("请填写异议人"))
        if not detail:
            raise ValueError(self.tr("请填写异议内容"))
        return {
            "objector": objector,
            "contact": self.contact.text().strip() or None,
            "address": self.address.text().strip() or None,
            "received_on": self.received_on.date().toPython(),
            "written": bool(self.kind.currentData()),
            "detail": detail,
        }


class ResolveObjectionDialog(FormDialog):
    """答复并处理: the reply given to the objector and the day it was given."""

    def __init__(self, parent: QWidget, objection: ObjectionRow):
        super().__init__(parent, parent.tr("答复并处理异议"), width_chars=30)
        self.objection = objection
        kind = self.tr("书面") if objection.written else self.tr("口头")
        self.about = plain_label(
            self.tr("{who}（{kind}，{on} 收到）：{detail}").format(
                who=objection.objector, kind=kind, on=objection.received_on, detail=objection.detail
            )
        )
        self.response = QPlainTextEdit()
        self.response.setPlaceholderText(self.tr("向异议人作出的答复和处理结果"))
        self.on = date_edit()
        self.form.addRow(self.tr("异议"), self.about)
        self.form.addRow(self.tr("答复"), self.response)
        self.form.addRow(self.tr("处理日期"), self.on)
        self.finish_layout()

    def read(self) -> dict[str, Any]:
        response = self.response.toPlainText().strip()
        if not response:
            raise ValueError(self.tr("请填写答复内容"))
        return {"response": response, "on": self.on.date().toPython()}
