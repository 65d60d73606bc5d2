"""Reading scanned ballots: pages out of the copier's files, the QR code out of each page.

Pure core: no database, no Qt. The service (core/services/scans.py) decides what a code means
for the case; this package only reads.
"""
