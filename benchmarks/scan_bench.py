"""Scan intake bench (issue 25): a 200-page scanned PDF of signed ballots read and filed by
`scan_ballots`, against rasterising the same pages alone with pypdfium2 at the same resolution
(the least any reader must do). Called from run.py (`make bench`, measure "scan").

The stack is built like the tests' (tests/scan/paper.py): the case's own printed ballots,
rasterised, tilted ±1.5°, blurred, greyscale, JPEG-compressed at quality 60, in one PDF.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

PAGES = int(os.environ.get("CASEDESK_BENCH_SCAN_PAGES", "200"))
REPEATS = int(os.environ.get("CASEDESK_BENCH_SCAN_REPEATS", "3"))  # a run reads 200 pages
BUDGET = 2.5
FLATS_PER_FLOOR = 8
HEADER = "房号,楼层,专有部分面积,面积来源,业主姓名,证件号码,联系电话,表决意见,签署日期,占用专有部分,意见理由"


def _roster(path: Path, flats: int) -> None:
    from casedesk.core.domain.idnumber import id_check_digit

    lines = [HEADER]
    for i in range(flats):
        floor, n = 1 + i // FLATS_PER_FLOOR, 1 + i % FLATS_PER_FLOOR
        first17 = f"370102{1950 + i % 50}{1 + i % 12:02d}{1 + i % 28:02d}{i % 1000:03d}"
        lines.append(
            f"{floor}{n:02d},{floor},{70 + i % 30}.{i % 100:02d},不动产登记簿,业主{i},"
            f"{first17}{id_check_digit(first17)},139{i:08d},同意,2026-03-02,否,"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _scanned_stack(ballots: Path, out: Path, dpi: int) -> None:
    import pypdfium2
    from PIL import Image, ImageFilter

    pdf = pypdfium2.PdfDocument(ballots)
    pages = []
    try:
        for i in range(len(pdf)):
            page = pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            page = page.rotate(
                1.5 if i % 2 else -1.5, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC
            )
            page = page.filter(ImageFilter.GaussianBlur(1.0))
            if i % 17 == 5:
                page = page.rotate(180)  # a few sheets laid upside down
            pages.append(page)
    finally:
        pdf.close()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=dpi, quality=60)


def scan_measure(tmp: Path, make_result: Callable[..., Any]) -> Any:
    from casedesk.core.db.database import open_database
    from casedesk.core.db.location import sqlite_url
    from casedesk.core.scan.pages import READ_DPI
    from casedesk.core.services.actor import SYSTEM_ACTOR
    from casedesk.core.services.cases import NewCase, create_case
    from casedesk.core.services.forms import print_form
    from casedesk.core.services.roster_import import import_roster
    from casedesk.core.services.scans import scan_ballots

    today = date(2026, 11, 25)
    floors = -(-PAGES // FLATS_PER_FLOOR)
    master = tmp / "scan-master.sqlite3"
    d = open_database(sqlite_url(master))
    case_no = create_case(
        d.session_factory,
        SYSTEM_ACTOR,
        NewCase("历下区", "文东街道", "青龙街社区", "扫描小区", "1", "1", floors),
    )
    roster = tmp / "scan-roster.csv"
    _roster(roster, PAGES)
    import_roster(d.session_factory, SYSTEM_ACTOR, case_no, roster, today=today)
    ballots = print_form(
        d.session_factory, SYSTEM_ACTOR, "ballot", case_no, tmp / "scan-ballots.pdf", today=today
    )
    d.dispose()
    stack = tmp / "scan-stack.pdf"
    t = time.perf_counter()
    _scanned_stack(ballots, stack, READ_DPI)
    print(
        f"scan bench: {PAGES}-page scanned PDF ({stack.stat().st_size / 1e6:.1f} MB)"
        f" built in {time.perf_counter() - t:.1f} s"
    )

    runs = iter(range(1_000_000))

    def ours() -> float:
        n = next(runs)
        db = tmp / f"scan-{n}.sqlite3"
        shutil.copy(master, db)
        d = open_database(sqlite_url(db), migrate=False)
        try:
            t = time.perf_counter()
            report = scan_ballots(d.session_factory, SYSTEM_ACTOR, case_no, [stack], tmp / f"scan-docs-{n}")
            elapsed = time.perf_counter() - t
        finally:
            d.dispose()
        assert len(report.matched) == PAGES and report.clean, (len(report.matched), report.unmatched[:3])
        return elapsed

    def baseline() -> float:
        import pypdfium2

        t = time.perf_counter()
        pdf = pypdfium2.PdfDocument(stack)
        for i in range(len(pdf)):
            page = pdf[i]
            page.render(scale=READ_DPI / 72).to_pil()
            page.close()
        pdf.close()
        return time.perf_counter() - t

    pairs = [(ours(), baseline()) for _ in range(REPEATS)]
    ours_s = [o for o, _ in pairs]
    o, b = statistics.median(ours_s), statistics.median(b for _, b in pairs)
    ratio = o / b if b else float("inf")
    print(
        f"scan bench: read and filed {PAGES} pages in {o:.1f} s ({o / PAGES * 1000:.0f} ms a page);"
        f" rasterising alone {b:.1f} s"
    )
    return make_result(
        f"ballot scan: {PAGES}-page scanned PDF read and filed",
        o,
        b,
        max(ours_s) - min(ours_s),
        f"≤ {BUDGET}×",
        ratio,
        ratio <= BUDGET,
    )


if __name__ == "__main__":  # on its own: python benchmarks/scan_bench.py
    import sys
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    with tempfile.TemporaryDirectory(prefix="casedesk-scan-bench-") as tmpdir:
        print(scan_measure(Path(tmpdir), lambda *a: a))
