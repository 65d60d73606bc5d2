"""A scanned page, large enough to read the ticked box, the signature and the date.

Fits the page to the pane's width by default (the form's top half, where the opinion and the
signature are, is then in view); Ctrl+wheel or the buttons zoom, and the pane scrolls.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.1, 8.0


class ZoomableImage(QGraphicsView):
    """The page itself: fit-to-width until the clerk zooms, then the chosen scale is kept."""

    def __init__(self) -> None:
        super().__init__()
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.fit_to_width = True
        self.zoom = 1.0

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.item.setPixmap(pixmap)
        self.scene().setSceneRect(self.item.boundingRect())
        self.fit_width()

    def fit_width(self) -> None:
        self.fit_to_width = True
        width = self.item.pixmap().width()
        if width:
            # the vertical scroll bar takes part of the width once the page is taller than the pane
            usable = self.viewport().width() - 2
            self._scale_to(usable / width)
        self.verticalScrollBar().setValue(0)

    def zoom_by(self, factor: float) -> None:
        self.fit_to_width = False
        self._scale_to(self.zoom * factor)

    def _scale_to(self, zoom: float) -> None:
        self.zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        self.resetTransform()
        self.scale(self.zoom, self.zoom)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit_to_width:
            self.fit_width()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)


class PageView(QWidget):
    """The selected flat's signed page with its zoom buttons, or a line saying there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.image = ZoomableImage()
        self.image.setToolTip(self.tr("Ctrl+滚轮缩放，拖动可移动"))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color:#555")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.image)
        # Tool buttons: compact, so the page keeps the width at 150 %.
        self.fit_button = QToolButton(text=self.tr("适应宽度"))
        self.zoom_in_button = QToolButton(text=self.tr("放大"))
        self.zoom_out_button = QToolButton(text=self.tr("缩小"))
        self.fit_button.clicked.connect(self.image.fit_width)
        self.zoom_in_button.clicked.connect(lambda: self.image.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.image.zoom_by(1 / ZOOM_STEP))
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        for b in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the ballot grid
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        self.path: Path | None = None
        self.show_nothing("")

    def show_page(self, path: Path, title: str) -> bool:
        """Show the stored page image; False (and a line saying so) if it cannot be read."""
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self.show_nothing(self.tr("扫描件无法打开：{path}").format(path=path))
            return False
        self.path = path
        self.title.setText(title)
        self.stack.setCurrentWidget(self.image)
        self.image.set_pixmap(pixmap)
        self._enable(True)
        return True

    def show_nothing(self, text: str) -> None:
        self.path = None
        self.title.setText("")
        self.empty.setText(text)
        self.image.item.setPixmap(QPixmap())
        self.stack.setCurrentWidget(self.empty)
        self._enable(False)

    def showing_image(self) -> bool:
        return self.path is not None and not self.image.item.pixmap().isNull()

    def _enable(self, on: bool) -> None:
        for b in (self.fit_button, self.zoom_in_button, self.zoom_out_button):
            b.setEnabled(on)
