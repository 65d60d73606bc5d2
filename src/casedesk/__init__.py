"""CaseDesk: case management for elevator retrofits (既有住宅增设电梯) in Jinan sub-district offices."""

__version__ = "0.1.0"
