"""Disputes and people's mediation (人民调解): the pure rules (rules.py), the one status writer
(transitions.py), what calls for a dispute (triggers.py) and the records the screens read (views.py)."""
