"""The document store: each attached file kept once, named by its SHA-256.

Layout: `<documents dir>/<first two hex digits>/<sha256>`; the original name lives in the
`document` table. Writing goes through a temporary file and an atomic rename, so a crash never
leaves a half-written document under a valid name.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from casedesk.core.errors import UserError
from casedesk.core.i18n import N_

MAX_DOCUMENT_BYTES = 200 * 1024 * 1024


def document_path(documents_dir: Path, sha256: str) -> Path:
    return documents_dir / sha256[:2] / sha256


def file_sha256(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def store_document(source: Path, documents_dir: Path) -> tuple[str, int]:
    """Copy *source* into the store unless an identical file is there; returns (sha256, size)."""
    if not source.is_file():
        raise UserError(N_("找不到文件：{p}").format(p=source))
    if source.stat().st_size > MAX_DOCUMENT_BYTES:
        raise UserError(N_("文件过大（超过 200 MB）：{p}").format(p=source))
    sha, size = file_sha256(source)
    target = document_path(documents_dir, sha)
    if target.exists():
        return sha, size
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            for chunk in iter(lambda: src.read(1 << 20), b""):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return sha, size
