"""What a channel hands to the router: who acted, where, and what they did."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from flows.engine.store import Source

if TYPE_CHECKING:
    from flows.engine.actions import Bound


class EventKind(StrEnum):
    COMMAND = "command"  # name = command without "/", arg = its payload
    ACTION = "action"  # name = "<flow code>.<action>", arg = the action's argument
    TEXT = "text"  # arg = what was typed
    OTHER = "other"  # a sticker, photo, voice note...: name says what


@dataclass(frozen=True)
class Scope:
    """What a keyboard belongs to, and at which version it was drawn.

    `card` is None for the person's own conversation in the chat, else a shared card's id.
    """

    version: int
    card: int | None = None


@dataclass(frozen=True)
class Event:
    kind: EventKind
    name: str = ""
    arg: str = ""
    scope: Scope | None = None  # actions: the tapped keyboard's scope
    message: int | None = None  # the message sent (or, for actions, the message tapped)
    # the channel's order of events (Telegram's update id), when processes may apply them
    # out of order
    order: int | None = None
    # the action as the registry decoded and checked it from callback data (the router then
    # checks it no more); None for events made otherwise (the terminal, tests)
    decoded: Bound[Any] | None = field(default=None, compare=False)

    @classmethod
    def command(cls, name: str, arg: str = "", message: int | None = None) -> Event:
        return cls(EventKind.COMMAND, name=name.lower(), arg=arg, message=message)

    @classmethod
    def action(
        cls, name: str, arg: str, scope: Scope, message: int | None = None,
        order: int | None = None, decoded: Bound[Any] | None = None,
    ) -> Event:
        return cls(EventKind.ACTION, name=name, arg=arg, scope=scope, message=message,
                   order=order, decoded=decoded)

    @classmethod
    def text(cls, text: str, message: int | None = None) -> Event:
        return cls(EventKind.TEXT, arg=text, message=message)

    @classmethod
    def other(cls, what: str, message: int | None = None) -> Event:
        return cls(EventKind.OTHER, name=what, message=message)


@dataclass(frozen=True)
class Actor:
    """Who sent an event and where: a chat key and a person key, never a name."""

    chat: str
    user: str
    source: Source
    language_code: str | None = None
