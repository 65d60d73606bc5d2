"""The Qt-free core: domain, database, services, rules and reports.

Nothing under this package may import PySide6 (tests/test_architecture.py proves it), so the
command line, scripts and tests use exactly the code the GUI uses.
"""
