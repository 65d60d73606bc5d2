"""Owner rosters (业主名册) as offices send them: reading files and validating rows (SPEC §3)."""
