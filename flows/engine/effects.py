"""What the router gives back: screens, and where each goes.

A screen is text (translated, HTML-safe: only <b>, <i> and <code> tags) and rows of buttons,
laid out the same way for every screen and language (`rows`, `single`). An effect addresses
it: the tapped message, a given chat, or a stored card; a toast answers the tap. The engine
stamps every keyboard with its scope and version; channels turn that into callback data with
`flows.engine.actions.encode`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from flows.engine.actions import Action
from flows.engine.events import Scope
from flows.engine.store import DueReminder
from flows.engine.translator import Translator


@dataclass(frozen=True)
class Button:
    label: str
    action: Action | None = None  # declared in a flow's actions module (never a string)
    arg: str = ""
    url: str | None = None


def button(t: Translator, action: Action, arg: str = "", *, mark: str = "",
           **fields: object) -> Button:
    """The button of a declared action, in its declared words (filled with `fields`);
    `mark` goes before them (a tick on the current choice)."""
    if action.label is None:
        raise ValueError(f"{action.id} declares no label: give the Button its words")
    words = t.gettext(action.label)
    return Button(mark + (words.format(**fields) if fields else words), action, arg)


# How buttons sit in rows on a phone, the same for every screen and language.
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


@dataclass(frozen=True)
class Screen:
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()  # in reading order
    rtl: bool = False  # written right to left: a channel that draws rows mirrors them
    protect: bool = False  # of a confidential round: sent so that it cannot be forwarded or saved


@dataclass(frozen=True)
class Attachment:
    """A file to send: its bytes, or how to draw them, drawn once when first needed (the
    router draws them in a worker thread; a consumer that shows only screens, a golden
    transcript, never pays for a PDF)."""

    kind: str  # "image" or "document"
    source: bytes | Callable[[], bytes]
    filename: str
    caption: str = ""
    # of a confidential round: True; None follows the round; False: a copy a facilitator
    # confirmed they want unprotected
    protect: bool | None = None

    @functools.cached_property
    def data(self) -> bytes:
        return self.source if isinstance(self.source, bytes) else self.source()


@dataclass(frozen=True)
class Replace:
    """Replace the tapped message; a new message in the event's chat when nothing was tapped."""

    screen: Screen
    scope: Scope | None = None


@dataclass(frozen=True)
class Send:
    """A new message, in the event's chat or in `chat` (a facilitator's private chat)."""

    screen: Screen
    chat: str | None = None
    scope: Scope | None = None


@dataclass(frozen=True)
class PostCard:
    """Send a card; the channel keeps the card's key to the message id it gets back."""

    card: int
    chat: str
    screen: Screen
    scope: Scope


@dataclass(frozen=True)
class EditCard:
    """Show a card's current screen (after a move on it: a channel sends it before any count
    update)."""

    card: int
    screen: Screen
    scope: Scope
    # where the card's message is (None: not posted yet), so that no one reads it again
    chat: str = ""
    message_id: int | None = None


@dataclass(frozen=True)
class CardChanged:
    """A card's count changed. Nothing is drawn now: a channel with a sending budget draws the
    card from the database when it may send (`Router.cards.redraw_card`), so that many taps
    cost one edit; `Router.drawn` draws it at once for channels without one. It says where the
    card's message is, so the channel need not read the card to find it."""

    card: int
    chat: str = ""
    message_id: int | None = None


@dataclass(frozen=True)
class Reminders:
    """Reminders a facilitator asked for: a channel hands each to `Router.remind`, which
    sends it in the participant's own chat, language and conversation."""

    due: tuple[DueReminder, ...]


@dataclass(frozen=True)
class Toast:
    """The answer to a tap: a short text, as an alert, or a t.me link that opens a chat."""

    text: str | None = None
    alert: bool = False
    url: str | None = None


@dataclass(frozen=True)
class Attach:
    attachment: Attachment
    chat: str | None = None


@dataclass(frozen=True)
class RunJob:
    """Slow work recorded in the database (a report, a chart, a file): the channel hands it to
    `Router.run_job`, sends what it draws, then marks it done. Whichever process claims it
    first draws it: one killed meanwhile leaves it to the next."""

    job: int


@dataclass(frozen=True)
class RevokeInvites:
    """Invitations to a group (made for a session's presenter page) that end now: the channel
    revokes each; one already revoked, or a group the bot left, changes nothing."""

    chat: str
    links: tuple[str, ...]


Effect = (Replace | Send | PostCard | EditCard | CardChanged | Reminders | Toast | Attach
          | RunJob | RevokeInvites)


def toast_of(effects: tuple[Effect, ...]) -> Toast | None:
    return next((e for e in effects if isinstance(e, Toast)), None)


def screens_of(effects: tuple[Effect, ...]) -> list[Screen]:
    return [e.screen for e in effects if isinstance(e, Replace | Send | PostCard | EditCard)]


def with_file(draw: Callable[[], Effect], files: bool = True) -> Effect:
    """The effect `draw` makes, with its file's bytes drawn now if it attaches one and
    `files` (the router calls this in a worker thread: no PDF is drawn on the event loop)."""
    effect = draw()
    if files and isinstance(effect, Attach):
        effect.attachment.data  # noqa: B018  (drawn here, once)
    return effect
