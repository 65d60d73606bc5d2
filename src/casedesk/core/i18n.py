"""Translation markers for user-visible strings produced by the core.

Chinese is the working language, so core strings are written in Chinese and `N_()` only marks
them for extraction; the UI may translate them (English is the second language) with
`QCoreApplication.translate("core", text)`. The core never depends on Qt to do so.
"""

from __future__ import annotations


def N_(text: str) -> str:
    """Mark *text* for translation without translating it here."""
    return text


# The marks between the items of a list, marked so that a screen can show them in its language
# (English: ", " and "; "); casedesk.ui.i18n.sep() looks them up.
LIST_SEPARATORS = (N_("、"), N_("，"), N_("；"))
