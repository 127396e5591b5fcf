"""How buttons sit in rows on a phone, the same for every screen and language."""

from __future__ import annotations

from collections.abc import Iterable

from flows.engine.effects import Button

NARROW = 20  # characters: a label this short may share its row with others


def rows(buttons: Iterable[Button], per_row: int = 2) -> tuple[tuple[Button, ...], ...]:
    """Up to `per_row` short buttons to a row, in order; a longer label gets a row of its own,
    so no label is cut on a narrow screen, in any language."""
    laid: list[tuple[Button, ...]] = []
    row: list[Button] = []
    for button in buttons:
        if len(button.label) > NARROW:
            if row:
                laid.append(tuple(row))
                row = []
            laid.append((button,))
            continue
        row.append(button)
        if len(row) == per_row:
            laid.append(tuple(row))
            row = []
    if row:
        laid.append(tuple(row))
    return tuple(laid)


def single(*buttons: Button) -> tuple[tuple[Button, ...], ...]:
    """One button per row."""
    return tuple((button,) for button in buttons)
