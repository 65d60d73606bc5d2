"""Interface language: Chinese (the source language) or the English translation.

CASEDESK_LANG=en|zh chooses; otherwise an English system locale gets English and everything else
(Chinese, or the bare C locale of a server) keeps Chinese, the working language. Translations are
Qt Linguist files in resources/i18n (tools/update_translations.py).
"""

from __future__ import annotations

import functools
import logging
import os
import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casedesk import paths

log = logging.getLogger(__name__)

# Contexts made by tools/update_translations.py besides the classes' own.
CORE_CONTEXT = "core"  # the core's N_() texts
ANY_CONTEXT = "any"  # every screen string once, whatever class asks for it


class CaseDeskTranslator(QTranslator):
    """Qt asks for a string under the class of the object that calls tr() at run time, while
    lupdate files it under the class that encloses the call, or under the variable's name for a
    helper's `parent.tr("…")`; a subclass or a helper would then stay Chinese. After the exact
    context, the string is looked up once more by its source text alone."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context not in (CORE_CONTEXT, ANY_CONTEXT):
            found = super().translate(ANY_CONTEXT, source, disambiguation, n)
        # None, not "": Qt takes an empty string for a translation and would show nothing, while
        # "not found" lets it try the other translators and then show the source.
        return found or None


def wanted_language() -> str:
    chosen = os.environ.get("CASEDESK_LANG", "").strip().lower()
    if chosen in ("en", "zh"):
        return chosen
    return "en" if QLocale.system().name().lower().startswith("en") else "zh"


_CJK = re.compile(r"[\u3400-\u9fff]")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def core_tr(text: str) -> str:
    """A text made by the core (a stage name, a status, a guard reason) in the interface language:
    the core writes Chinese and marks it with N_(); the English is in the context "core". A text
    the core filled in ("缺少材料：增设电梯申请书") is found by its template ("缺少材料：{t}"), and
    the values put in are looked up in turn; a list the core joined with "；" is translated item by
    item. Without a translator every text comes back as is."""
    if not text or not _CJK.search(text):
        return text
    return _core_tr(text, QCoreApplication.translate(CORE_CONTEXT, _PROBE))


_PROBE = "公示"  # a core text that always has English: tells which language is installed


@functools.lru_cache(maxsize=8192)
def _core_tr(text: str, language: str) -> str:
    """core_tr for the language *language* names (the probe's translation): a log of a thousand
    lines repeats its templates, and a change of translator changes the key."""
    found = QCoreApplication.translate(CORE_CONTEXT, text)
    if found != text or language == _PROBE:
        return found
    # Every template that fits is tried, and the reading that leaves the least Chinese wins; between
    # readings equally English, one whose template begins with its own words: "纠纷 JF-1：101
    # 室业主不同意加装电梯" fits "纠纷 {no}：{t}" and also "{room} 室业主不同意加装电梯" with
    # "纠纷 JF-1：101" as the room, and the core wrote the first.
    best, best_rank = text, (len(_CJK.findall(text)), 1)
    for pattern, source, bare, longest in _core_templates():
        if longest not in text:
            continue  # a plain substring test first: most templates share no words with the text
        match = pattern.fullmatch(text)
        if not match:
            continue
        values = [core_tr(v) for v in match.groups()]
        if bare and any(_CJK.search(v) for v in values):
            continue  # "{label}，{margin}" takes apart only what it can put together in English
        english = QCoreApplication.translate(CORE_CONTEXT, source)
        names = _PLACEHOLDER.findall(source)
        candidate = _fill(english, dict(zip(names, values, strict=True)))
        rank = (len(_CJK.findall(candidate)), 1 if source.startswith("{") else 0)
        if rank < best_rank:
            best, best_rank = candidate, rank
            if rank == (0, 0):
                break
    if best is text and _LIST_SEPARATOR in text:
        items = text.split(_LIST_SEPARATOR)
        english_items = [core_tr(item) for item in items]
        if english_items != items:  # without English for any item the list stays as it was
            return "; ".join(english_items)
    return best


_LIST_SEPARATOR = "；"


def sep(chinese: str = "、") -> str:
    """The mark between a list's items ("、", "，" or "；", core.i18n.LIST_SEPARATORS) in the
    interface language: "Light and ventilation, Noise", not "Light and ventilation、Noise"."""
    return QCoreApplication.translate(CORE_CONTEXT, chinese)


def _fill(english: str, values: dict[str, str]) -> str:
    """*english* with each placeholder replaced by its value, by name: English may put the values
    in another order than the Chinese."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(), m.group()), english)


@functools.cache
def _core_templates() -> list[tuple[re.Pattern[str], str, bool, str]]:
    """The core's templates that have English, read once from the .ts beside the .qm (a .qm cannot
    be listed): (pattern, source, bare, longest), *longest* being the template's longest fixed
    piece, which a text it fits must contain. The most specific (the most fixed text) come first, so
    "施工受阻（{d}）" is tried before "{label}（{threshold}）". A bare template's fixed text is only
    punctuation; it would match any text with a bracket or a comma, so core_tr uses it only when
    every value it takes apart has English itself."""
    import xml.etree.ElementTree as ET  # English mode only: not loaded before the first window

    ts = paths.resource_dir() / "i18n" / "casedesk_en.ts"
    try:
        contexts = list(ET.parse(ts).getroot().iter("context"))
    except (OSError, ET.ParseError):
        log.warning("core templates not readable from %s", ts)
        return []
    templates = []
    for context in contexts:
        if context.findtext("name") != CORE_CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not translation.text:
                continue
            pieces = _PLACEHOLDER.split(source)
            fixed = "".join(pieces)
            if len(pieces) < 2 or not fixed.strip():
                continue  # "{a}{b}" cannot be taken apart
            pattern = re.compile("(.+?)".join(re.escape(p) for p in pieces), re.DOTALL)
            longest = max(pieces, key=len)
            templates.append((len(fixed), pattern, source, not _CJK.search(fixed), longest))
    templates.sort(key=lambda t: t[0], reverse=True)
    return [(pattern, source, bare, longest) for _n, pattern, source, bare, longest in templates]


def install_translator(app: QCoreApplication, language: str | None = None) -> QTranslator | None:
    language = language or wanted_language()
    if language == "zh":
        return install_qt_chinese(app)
    translator = CaseDeskTranslator(app)
    qm = paths.resource_dir() / "i18n" / f"casedesk_{language}.qm"
    if not translator.load(str(qm)):
        log.warning("translation %s not found; staying in Chinese", qm)
        return None
    app.installTranslator(translator)
    return translator


def install_qt_chinese(app: QCoreApplication) -> QTranslator | None:
    """Qt's own strings (OK/Cancel, file dialogs, context menus) in Chinese: Qt ships them as
    qtbase_zh_CN.qm; without it a Chinese dialog ends in an English "Cancel" button."""
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load("qtbase_zh_CN", folder):
        log.info("Qt's Chinese translation not found in %s", folder)
        return None
    app.installTranslator(translator)
    return translator
