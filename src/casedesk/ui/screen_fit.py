"""Windows that open inside the screen the clerk has.

A 1366×768 office screen at 150 % is 911×512 to Qt, at 125 % 1093×614: smaller than the size a
window asks for on a developer's monitor. Sizes here are Qt's logical pixels, so the same window
opens at its own size where there is room and at the screen's where there is not; its layout
(scrolling, splitters, tables) takes the rest.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# The share of the free screen height a window takes at most: its title bar and frame, which Qt
# does not count in resize(), need the rest.
HEIGHT_SHARE = 0.92


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Resize *window* to width×height, or to the free area of its screen where that is smaller."""
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width())
        height = min(height, int(room.height() * HEIGHT_SHARE))
    window.resize(width, height)
