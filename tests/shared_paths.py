"""Where ../shared sits: beside the repository in a checkout and in CI (override: CASEDESK_SHARED)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CASEDESK_SHARED", REPO.parent / "shared"))
SAMPLES = SHARED / "samples"
