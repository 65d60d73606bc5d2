"""Disputes and people's mediation (人民调解): categories, status rules, time limits, templates."""
