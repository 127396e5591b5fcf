"""What flows take in (events) and give back (screens), independent of any channel."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from framework.records import Source


class EventKind(StrEnum):
    COMMAND = "command"  # name = command without "/", arg = payload
    ACTION = "action"  # name = action id from a button, step = the screen's step
    TEXT = "text"  # arg = what was typed
    OTHER = "other"  # a sticker, photo, voice note...: name says what


@dataclass(frozen=True)
class Event:
    kind: EventKind
    name: str = ""
    arg: str = ""
    step: int | None = None

    @classmethod
    def command(cls, name: str, arg: str = "") -> Event:
        return cls(EventKind.COMMAND, name=name.lower(), arg=arg)

    @classmethod
    def action(cls, name: str, step: int | None) -> Event:
        return cls(EventKind.ACTION, name=name, step=step)

    @classmethod
    def text(cls, text: str) -> Event:
        return cls(EventKind.TEXT, arg=text)

    @classmethod
    def other(cls, what: str) -> Event:
        return cls(EventKind.OTHER, name=what)


@dataclass(frozen=True)
class Actor:
    """Who sent an event and where: a chat key and a person key, never a name."""

    chat: str
    user: str
    source: Source
    language_code: str | None = None


@dataclass(frozen=True)
class Button:
    label: str
    action: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Attachment:
    kind: str  # "image" or "document"
    data: bytes
    filename: str
    caption: str = ""


@dataclass(frozen=True)
class Screen:
    text: str  # translated, HTML-safe (only <b>, <i>, <code> tags)
    buttons: tuple[tuple[Button, ...], ...] = ()
    attachments: tuple[Attachment, ...] = ()
    new_message: bool = False  # False: replaces the message that was tapped
    step: int = 0


@dataclass(frozen=True)
class Reply:
    screens: tuple[Screen, ...] = ()
    toast: str | None = None  # for the tap that caused this reply
