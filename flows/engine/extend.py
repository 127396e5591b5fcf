"""Extension points: a flow adds to another flow's screen, or to a document, by registration.

A `Place` is declared once by whoever draws it (a screen "on each priority", the report);
a flow lists its `Addition`s in its declaration (`Flow(adds=...)`), and whoever draws the
place asks the router for them (`Router.additions`) and draws each with the place's subject.
Neither side imports the other: both import the place. A button added elsewhere is one of the
adding flow's actions declared with `enters=True`: pressed there, it takes the chat into the
adding flow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from flows.engine.translator import Translator

S = TypeVar("S")  # what the place is about (a priority's capability, a round's report)
D = TypeVar("D")  # what an addition draws there (a button, a section)


@dataclass(frozen=True, eq=False)
class Place(Generic[S, D]):
    """A declared place others may add to: `name` for errors and listings."""

    name: str


@dataclass(frozen=True)
class Addition(Generic[S, D]):
    """What a flow adds to a place: drawn with the translator and the place's subject; None
    where it has nothing to add."""

    place: Place[S, D]
    draw: Callable[[Translator, S], D | None]


def drawn(additions: tuple[Addition[Any, Any], ...], place: Place[S, D], t: Translator,
          subject: S) -> list[D]:
    """What the additions to `place` draw for `subject`, in the order the flows were given."""
    return [item for a in additions if a.place is place
            if (item := a.draw(t, subject)) is not None]
