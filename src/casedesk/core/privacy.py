"""Masking personal data for lists, exports and logs (full values only where a role needs them)."""

from __future__ import annotations


def mask_id(number: str | None) -> str | None:
    """370102195803121234 -> 370102********1234."""
    if not number:
        return number
    if len(number) <= 8:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def mask_phone(phone: str | None) -> str | None:
    """13905310001 -> 139****0001."""
    if not phone:
        return phone
    digits = phone.strip()
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 7) + digits[-4:]
