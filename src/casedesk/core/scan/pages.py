"""The pages of what the office copier produced: multi-page PDFs and image files, one at a time.

PDF pages are rasterised with pypdfium2 (Chrome's PDFium) at READ_DPI: enough for a QR code
printed 24 mm wide and for a clerk to read a tick and a signature, small enough that 200 pages
stay quick. Pages are produced one by one so a 200-page batch never sits in memory at once.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps

from casedesk.core.i18n import N_

READ_DPI = 200
PDF_SUFFIXES = (".pdf",)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp")


@dataclass(frozen=True)
class ScanPage:
    file: Path
    number: int  # from 1, within its file
    image: Image.Image | None  # None when the file could not be read (see error)
    whole_file: bool = False  # the image is the file itself, unchanged (a one-page image file)
    error: str = ""
    # A copier's PDF page that is one JPEG filling the page: those bytes, exactly as the copier
    # wrote them, so the stored evidence is the scan itself and not a re-encoding of it
    jpeg: bytes | None = None


def is_pdf(path: Path) -> bool:
    return path.suffix.lower() in PDF_SUFFIXES


def page_count(path: Path) -> int:
    """Pages in *path*; an unreadable file counts as one page (it is reported as one)."""
    try:
        if is_pdf(path):
            import pypdfium2

            pdf = pypdfium2.PdfDocument(path)
            try:
                return max(1, len(pdf))
            finally:
                pdf.close()
        with Image.open(path) as img:
            return max(1, getattr(img, "n_frames", 1))
    except Exception:  # whatever the file is, it is reported, not raised
        return 1


def iter_pages(path: Path, dpi: int = READ_DPI) -> Iterator[ScanPage]:
    """Each page of *path* as an image, in order; an unreadable file yields one page saying why."""
    try:
        if is_pdf(path):
            yield from _pdf_pages(path, dpi)
        else:
            yield from _image_pages(path)
    except FileNotFoundError:
        yield ScanPage(path, 1, None, error=N_("找不到文件"))
    except Exception:  # a damaged or foreign file is listed, never a traceback
        yield ScanPage(path, 1, None, error=N_("无法读取该文件（不是 PDF 或图片，或文件已损坏）"))


def _pdf_pages(path: Path, dpi: int) -> Iterator[ScanPage]:
    import pypdfium2  # here: only scanning needs PDFium, and loading it costs start-up time

    pdf = pypdfium2.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                jpeg = _page_jpeg(page)
                if jpeg is not None:
                    yield ScanPage(path, index + 1, jpeg[1], jpeg=jpeg[0])
                    continue
                bitmap = page.render(scale=dpi / 72)
                image = bitmap.to_pil()
                # PDFium renders into its own buffer: copy before the page is closed
                yield ScanPage(path, index + 1, image.copy())
            finally:
                page.close()
    finally:
        pdf.close()


def _image_pages(path: Path) -> Iterator[ScanPage]:
    with Image.open(path) as img:
        frames = getattr(img, "n_frames", 1)
        # A photo turned by its EXIF tag is stored upright, re-encoded; otherwise as it came
        upright = img.getexif().get(0x0112, 1) == 1
        for index in range(frames):
            img.seek(index)
            frame = ImageOps.exif_transpose(img.copy()) if index == 0 else img.copy()
            if frame.mode not in ("L", "RGB"):
                frame = frame.convert("RGB")
            yield ScanPage(path, index + 1, frame, whole_file=frames == 1 and upright)


def _page_jpeg(page: Any) -> tuple[bytes, Image.Image] | None:
    """The page's only image, when it is a JPEG that fills an unrotated page: what a copier's PDF
    is made of. Decoding it is as quick as rasterising the page and keeps the copier's pixels;
    anything else (a drawn page, a rotated or cropped image, CMYK) is rasterised instead."""
    import pypdfium2.raw as pdfium_c

    if page.get_rotation() != 0:
        return None
    images = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=1))
    if len(images) != 1 or images[0].get_filters() != ["DCTDecode"]:
        return None
    image = images[0]
    m = image.get_matrix()
    if m.b != 0 or m.c != 0 or m.a <= 0 or m.d <= 0:
        return None
    width, height = page.get_size()
    left, bottom, right, top = image.get_bounds()
    slack = 0.02 * max(width, height)
    if abs(left) > slack or abs(bottom) > slack or abs(right - width) > slack or abs(top - height) > slack:
        return None
    data = bytes(image.get_data(decode_simple=False))
    picture = Image.open(io.BytesIO(data))
    if picture.mode not in ("L", "RGB"):
        return None
    picture.load()
    return data, picture
