"""The items a session asks about (the six domain pulse questions, or the 21 capabilities) and
how an item is named and shown, from the framework's content."""

from __future__ import annotations

from dataclasses import dataclass

from flows.engine.translator import Translator
from framework.model import Framework

PULSE, FULL = "pulse", "full"
MODES = (PULSE, FULL)


def capability_ids() -> list[str]:
    """Every capability's id, as a button's argument (for `Arg`: read when first checked)."""
    from framework import load_framework

    return [str(c.id) for c in load_framework().capabilities]


def session_items(fw: Framework, mode: str) -> tuple[str, ...]:
    if mode == PULSE:
        return tuple(d.item for d in fw.domains)
    return tuple(c.item for c in fw.capabilities)


@dataclass(frozen=True)
class Item:
    """What a question of a session shows, from the framework's content."""

    name: str
    question: str
    briefs: tuple[str, ...]
    phases: tuple[str, ...]


def item_of(t: Translator, fw: Framework, item: str) -> Item:
    if item.startswith("pulse:"):
        domain = fw.domain(item.removeprefix("pulse:"))
        return Item(t.content(domain.name), t.content(domain.pulse_question),
                    tuple(t.content(b) for b in domain.briefs),
                    tuple(t.content(p) for p in domain.phases))
    cap = fw.capability(int(item.removeprefix("cap:")))
    return Item(f"{cap.id}. {t.content(cap.name)}", t.content(cap.question),
                tuple(t.content(b) for b in cap.briefs),
                tuple(t.content(p) for p in cap.phases))


def short_name(t: Translator, fw: Framework, item: str) -> str:
    if item.startswith("pulse:"):
        return t.content(fw.domain(item.removeprefix("pulse:")).name)
    cap = fw.capability(int(item.removeprefix("cap:")))
    return f"{cap.id}. {t.content(cap.label)}"
