"""Decode input bytes to text (SPEC §4: a leading BOM dropped, nothing else changed)."""

from __future__ import annotations

from briefgen.errors import InputError

BOM = "\ufeff"


def strip_bom(text: str) -> str:
    return text[1:] if text.startswith(BOM) else text


def decode(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode article bytes; returns the text and any warnings about how it was read."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return strip_bom(data.decode("utf-16")), ()
    try:
        return strip_bom(data.decode("utf-8")), ()
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), ("input is not UTF-8; read as Windows-1252",)
    except UnicodeDecodeError as exc:
        raise InputError("input is not valid text", "save it as UTF-8") from exc
