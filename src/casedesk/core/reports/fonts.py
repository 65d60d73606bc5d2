"""Register the bundled Noto Sans SC with ReportLab once per process.

Never the built-in CID font STSong-Light: it is not embedded, so a PC without a Chinese font
shows empty boxes (tech-notes §4). A registration failure is raised, never swallowed, so a
missing font cannot silently fall back to Helvetica and print nothing.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from casedesk import paths

REGULAR = "NotoSansSC"
BOLD = "NotoSansSC-Bold"
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    global _registered
    with _lock:
        if _registered:
            return
        pdfmetrics.registerFont(TTFont(REGULAR, str(paths.font_path("NotoSansSC-Regular.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(paths.font_path("NotoSansSC-Bold.ttf"))))
        # <b> in Paragraph markup picks the bold face.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
