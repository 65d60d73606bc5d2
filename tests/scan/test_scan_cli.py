"""`casedesk ballot scan` and `casedesk ballot pending` as scripts call them (SPEC §4), and the
scans in the case dossier."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2
from pypdf import PdfReader

from tests.cli.helpers import NEW_CASE, run
from tests.scan.paper import as_scanned, blank_page, save_jpeg, save_pdf
from tests.shared_paths import SAMPLES


def test_scan_pending_and_dossier_from_the_command_line(tmp_path: Path, capsys, db_url, monkeypatch) -> None:
    documents = tmp_path / "documents"
    monkeypatch.setenv("CASEDESK_DOCUMENTS_DIR", str(documents))
    db = db_url
    code, out, _ = run(capsys, db, *NEW_CASE, "--json")
    case = json.loads(out)["case"]
    assert run(capsys, db, "roster", "import", case, str(SAMPLES / "roster-sample.csv"))[0] == 0
    forms = tmp_path / "ballots.pdf"
    assert run(capsys, db, "form", "ballot", case, "-o", str(forms))[0] == 0
    # the readable line under each code says what the code says
    assert "名册第 2 版　表号 1" in PdfReader(forms).pages[0].extract_text()
    pdf = pypdfium2.PdfDocument(forms)
    pages = [as_scanned(pdf[i].render(scale=200 / 72).to_pil().convert("L")) for i in range(len(pdf))]
    pdf.close()
    stack = save_pdf(tmp_path / "stack.pdf", [*pages[:10], blank_page(pages[0])])
    extra = save_jpeg(tmp_path / "101-again.jpg", pages[0])

    code, out, err = run(capsys, db, "ballot", "scan", case, str(stack), str(extra), "--json")

    assert code == 1, err  # pages left to look at: exit 1, the rest recorded
    data = json.loads(out)
    assert [m["room"] for m in data["matched"]] == [
        "101",
        "102",
        "201",
        "202",
        "301",
        "302",
        "401",
        "402",
        "501",
        "502",
    ]
    assert data["matched"][0] == {
        "file": str(stack),
        "page": 1,
        "room": "101",
        "owners": ["王建国"],
        "sha256": data["matched"][0]["sha256"],
        "serial": 1,
    }
    assert len(data["matched"][0]["sha256"]) == 64
    assert data["unmatched"] == [{"file": str(stack), "page": 11, "why": data["unmatched"][0]["why"]}]
    assert data["duplicates"] == [
        {
            "room": "101",
            "pages": [{"file": str(extra), "page": 1}],
            "kept": {"file": str(stack), "page": 1},
            "already_on_file": False,
        }
    ]

    code, out, _ = run(capsys, db, "ballot", "pending", case, "--json")
    assert code == 0
    assert json.loads(out)["pending"] == [
        {"room": "601", "floor": 6, "owners": ["冯涛"], "phones": ["139****0011"]},
        {"room": "602", "floor": 6, "owners": ["济南某房地产开发有限公司"], "phones": ["053******0000"]},
    ]
    reminder = tmp_path / "pending.pdf"
    code, out, _ = run(capsys, db, "ballot", "pending", case, "--pdf", str(reminder))
    assert code == 0 and "601" in out
    text = PdfReader(reminder).pages[0].extract_text()
    assert (
        "未交回意见征询表清单" in text
        and "冯涛" in text
        and "139****0011" in text
        and "13905310011" not in text
    )

    code, out, err = run(capsys, db, "ballot", "scan", case, str(tmp_path / "pages-6.pdf"))
    assert code == 1, err  # a missing file is listed as a page to look at, never a traceback
    assert "找不到文件" in out

    dossier = tmp_path / "dossier.pdf"
    assert run(capsys, db, "dossier", case, "-o", str(dossier))[0] == 0
    contents = PdfReader(dossier).pages[1].extract_text()
    assert contents.index("签字意见征询表（101 室）") < contents.index("签字意见征询表（502 室）")
