"""Printed forms and reports (ReportLab). Qt-free; fonts are embedded TrueType subsets."""
