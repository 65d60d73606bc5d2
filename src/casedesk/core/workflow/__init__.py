"""The case workflow: stages, guards, checklists, deadlines and the notice-period calendar."""
