"""Text for menus and buttons: a literal '&' (\"Color & channels\") must be doubled, or Qt takes it
as a mnemonic marker and shows \"Color _channels\"."""

from __future__ import annotations


def escape_mnemonic(text: str) -> str:
    return text.replace("&", "&&")
