"""Extension points: a flow adds to another flow's screen, or to a document, by registration.

A `Place` is declared once by whoever draws it (a screen "on each priority", the report);
a flow lists its `Addition`s in its declaration (`Flow(adds=...)`), and whoever draws the
place asks the router for them (`Router.additions`) and draws each with the place's subject.
Neither side imports the other: both import the place. A button added elsewhere is one of the
adding flow's actions declared with `enters=True`: pressed there, it takes the chat into the
adding flow.

An addition comes in one of two forms:

- `Addition(place, draw)`: drawn from the translator and the subject alone (a button whose
  subject says all it needs); `drawn` draws these where the place is drawn.
- `Addition(place, load=...)`: it reads the database first, as a screen's loader does. `load`
  runs inside the transaction with the subject and returns a `Drawer`, a pure function of the
  translator that draws from what was read. Documents are drawn after the transaction, in a
  worker (`Turn.attach`), so the place's owner calls `prepared` in the transaction (the job,
  the screen's loader) and `drawn_by` when it draws. `prepared` gives both forms, so a place
  prepared this way takes either; `drawn` refuses a loading addition, which it cannot serve.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from flows.engine.store import Transaction
from flows.engine.translator import Translator

S = TypeVar("S")  # what the place is about (a priority's capability, a round's report)
D = TypeVar("D")  # what an addition draws there (a button, a section)

# What an addition draws once its data are read: pure, run after the transaction.
Drawer = Callable[[Translator], D | None]


@dataclass(frozen=True, eq=False)
class Place(Generic[S, D]):
    """A declared place others may add to: `name` for errors and listings."""

    name: str


class ExtensionError(Exception):
    """An addition declared or drawn the wrong way (a programming error)."""


@dataclass(frozen=True)
class Addition(Generic[S, D]):
    """What a flow adds to a place: drawn with the translator and the place's subject, or
    loaded first (`load`: in the transaction, giving a drawer); None where it has nothing to
    add. Exactly one of `draw` and `load`."""

    place: Place[S, D]
    draw: Callable[[Translator, S], D | None] | None = None
    load: Callable[[Transaction, S], Awaitable[Drawer[D]]] | None = None

    def __post_init__(self) -> None:
        if (self.draw is None) == (self.load is None):
            raise ExtensionError(f"an addition to {self.place.name!r} needs draw or load, "
                                 "not both")


def drawn(additions: Sequence[Addition[Any, Any]], place: Place[S, D], t: Translator,
          subject: S) -> list[D]:
    """What the additions to `place` draw for `subject`, in the order the flows were given
    (a place drawn without a transaction: an addition that loads has no place here)."""
    out = []
    for a in additions:
        if a.place is not place:
            continue
        if a.draw is None:
            raise ExtensionError(f"{place.name!r} is drawn without loading: an addition that "
                                 "loads needs its place prepared (extend.prepared)")
        if (item := a.draw(t, subject)) is not None:
            out.append(item)
    return out


async def prepared(additions: Sequence[Addition[Any, Any]], place: Place[S, D],
                   tx: Transaction, subject: S) -> tuple[Drawer[D], ...]:
    """In the transaction: the additions to `place` ready to draw for `subject` (those that
    load have read what they need), in the order the flows were given."""
    out: list[Drawer[D]] = []
    for a in additions:
        if a.place is not place:
            continue
        if a.load is not None:
            out.append(await a.load(tx, subject))
        else:
            out.append(_bound(a, subject))
    return tuple(out)


def _bound(addition: Addition[S, D], subject: S) -> Drawer[D]:
    draw = addition.draw
    assert draw is not None
    return lambda t: draw(t, subject)


def nothing(t: Translator) -> None:
    """The drawer of an addition with nothing to add this time."""
    return None


def drawn_by(drawers: Sequence[Drawer[D]], t: Translator) -> list[D]:
    """What prepared additions draw, after the transaction (in a worker, for a document)."""
    return [item for draw in drawers if (item := draw(t)) is not None]
