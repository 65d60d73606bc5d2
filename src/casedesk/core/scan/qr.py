"""Finding a ballot's QR code on a scanned page (zxing-cpp).

zxing-cpp finds codes in any direction and at several scales by itself; a copier's page that
defeats the first try (heavy blur, faint toner, a dark background) gets a few cheaper variants:
a global binariser, a halved image (blur shrinks with it) and stretched contrast. The first
CaseDesk code found wins; another kind of QR code (a payment code on a flyer) is noted as such.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import zxingcpp
from PIL import Image, ImageOps

from casedesk.core.scan.payload import BallotCode, parse_code

QR_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


@dataclass(frozen=True)
class PageCode:
    code: BallotCode | None  # None: a QR code was read, but it is not a CaseDesk ballot's
    text: str
    turn: int  # degrees (0, 90, 180, 270) to turn the page counter-clockwise to stand it upright


def _variants(grey: Image.Image) -> Iterator[tuple[Image.Image, zxingcpp.Binarizer]]:
    yield grey, zxingcpp.Binarizer.LocalAverage
    yield grey, zxingcpp.Binarizer.GlobalHistogram
    half = grey.reduce(2)
    yield half, zxingcpp.Binarizer.LocalAverage
    yield ImageOps.autocontrast(half, cutoff=2), zxingcpp.Binarizer.GlobalHistogram


def read_page_code(image: Image.Image) -> PageCode | None:
    """The page's code, or None when no QR code can be read on it."""
    grey = image if image.mode == "L" else image.convert("L")
    foreign: PageCode | None = None
    for variant, binarizer in _variants(grey):
        found = zxingcpp.read_barcodes(variant, formats=QR_ONLY, binarizer=binarizer)
        for barcode in found:
            code = parse_code(barcode.text)
            turn = _upright_turn(barcode.orientation)
            if code is not None:
                return PageCode(code, barcode.text, turn)
            foreign = foreign or PageCode(None, barcode.text, turn)
        if foreign is not None:
            return foreign
    return None


def _upright_turn(orientation: int) -> int:
    """zxing reports the code's rotation in degrees (clockwise); the page needs the opposite turn,
    to the nearest quarter: a page tilted 1.5° on the glass is stored as scanned."""
    return (round(orientation / 90) * 90) % 360


def upright(image: Image.Image, turn: int) -> Image.Image:
    """*image* turned so that its code, and so its text, stands upright."""
    return image if turn == 0 else image.rotate(turn, expand=True)
