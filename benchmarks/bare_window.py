"""Start-up baseline: a bare PySide6 window with an empty table, painted; prints the wall-clock time."""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QTableWidget(50, 8))
window.resize(1200, 760)
window.show()
window.repaint()
print(f"PAINTED {time.time():.6f}", flush=True)
