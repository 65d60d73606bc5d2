"""Start-up baselines: a bare PySide6 window with an empty table, painted; prints the wall-clock time.

bare_window.py            the window alone (the baseline of CaseDesk's first window)
bare_window.py --models   the window after importing SQLAlchemy and CaseDesk's models, the
                          least any program showing this database's cases must load (the
                          baseline of CaseDesk's first page of cases)
"""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget

if "--models" in sys.argv:
    import sqlalchemy.orm  # noqa: F401

    import casedesk.core.db.models  # noqa: F401

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableWidget(50, 8))
window.resize(1200, 760)
window.show()
window.repaint()
print(f"PAINTED {time.time():.6f}", flush=True)
