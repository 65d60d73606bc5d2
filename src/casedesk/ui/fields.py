"""Small input widgets every dialog builds the same way (one place, so they look and read alike)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def date_edit(initial: date | None = None) -> QDateEdit:
    """A day, typed or picked from a calendar, shown as 2026-03-01 (today unless given)."""
    edit = QDateEdit(QDate(initial or date.today()), calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
