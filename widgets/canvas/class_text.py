"""How a class is named on screen: its id as in the label files (0-based) and its name, with the
digit key that picks it as a separate hint (key 1 is class 0, ... key 9 is class 8).

    class_text(0, ["circle"])      -> "0 circle"
    key_hint(0)                    -> "[1]"
    class_entry(0, ["circle"])     -> "0 circle  [1]"
"""

from __future__ import annotations

DIGIT_KEYS = 9  # classes 0..8 have a digit key (1..9)


def class_text(class_id: int, names: list[str]) -> str:
    """'0 circle'; an id outside the names: '7 class 7?'."""
    c = int(class_id)
    return f"{c} {names[c]}" if 0 <= c < len(names) else f"{c} class {c}?"


def digit_key(class_id: int) -> str:
    """The digit key that picks the class ('' for class 9 and above)."""
    return str(int(class_id) + 1) if 0 <= int(class_id) < DIGIT_KEYS else ""


def key_hint(class_id: int) -> str:
    k = digit_key(class_id)
    return f"[{k}]" if k else ""


def class_entry(class_id: int, names: list[str]) -> str:
    """A list or menu entry: the class as in the files, then its key as a hint."""
    hint = key_hint(class_id)
    return class_text(class_id, names) + (f"  {hint}" if hint else "")
