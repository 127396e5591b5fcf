"""The declaration language of a flow: its states, the moves between them, what a state shows,
and the names every flow shares (the engine's own moves and events, versions, errors).

A flow is one `flows.engine.flow.Flow` declaration made of these: its states (what each
renders, which actions it accepts, what typed text does there), the moves between them with
their conditions (the table of its `transitions` machine), and its actions (buttons and
commands, in `flows.engine.actions`).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from pydantic import BaseModel

from flows.engine.actions import (
    Action,
    Handler,
    Trigger as Trigger,  # declared with the actions that take it
)
from flows.engine.effects import Screen
from flows.engine.translator import Translator

# A message whose save lost a race is applied again on what the winner left.
MESSAGE_ATTEMPTS = 3
# While the database is away (a restart), an event is tried again for this long.
UNAVAILABLE_SECONDS = 20.0
REMIND = "remind"  # the event the scheduler hands in for a due reminder
NOTIFY = "notify"  # and for a notice to tell someone once
EXPIRE_EVENT = "expire"  # and for text held unsaved too long, which the EXPIRE move drops
JOB = "job"  # and for slow work recorded earlier (a report, a chart, a file)
JOBS_KEPT = timedelta(hours=1)  # a done job, against the same press delivered again
JobHandler = Callable[[Any, dict[str, Any]], Awaitable[None]]
# what a flow tells a person once (a stored notice of its kind), drawn in their private chat:
# called with the turn and the notice, already claimed by this process
NoticeHandler = Callable[[Any, Any], Awaitable[None]]
# work a flow does on its own from time to time (the bot's scheduler calls it), in a
# transaction: given the transaction and the time now
Task = Callable[[Any, datetime], Awaitable[None]]

C = TypeVar("C", bound=BaseModel)


def next_version(seen: int) -> int:
    """Strictly increasing, and at least the current time in microseconds: a chat never sees a
    version again, even after /forget deletes its conversation."""
    return max(seen + 1, time.time_ns() // 1000)


class FlowError(RuntimeError):
    """A flow's declaration or handler does something its table does not allow."""


class Stale(Exception):
    """Another event changed the conversation or card first: the transaction is rolled back."""


D = TypeVar("D")


class View:
    """A state's screen: `load` reads what it needs (inside the transaction, after the writes),
    `render` draws it from that alone (outside, pure).

    Typed together where it is declared: what `load` returns is what `render` takes, or strict
    mypy says so (D belongs to the constructor, not the class, so that a state's declared type
    cannot make mypy take D as Any)."""

    def __init__(self, load: Callable[[Any], Awaitable[D]],
                 render: Callable[[Translator, D], Sequence[Screen]]) -> None:
        self.load: Callable[[Any], Awaitable[object]] = load
        self.render: Callable[[Translator, Any], Sequence[Screen]] = render


# Every flow's machine has this move from every state to itself: a redraw that must expire the
# keyboards drawn before it (a language change, a note saved and shown anew).
REFRESH = Trigger("refresh")
# The move a flow declares for a state that holds text unsaved, taken when it is left too long.
EXPIRE = Trigger("expire")


@dataclass(frozen=True)
class State:
    name: str
    view: View | None = None  # None: a state that is passed through, never shown
    actions: tuple[Action, ...] = ()  # the buttons accepted here
    text: Handler | None = None  # what typed text does here
    # its text handler meets a possible disclosure itself (a note is held for the person's
    # word); elsewhere the router meets it before any handler sees the text
    holds: bool = False
    # the chat's context holds text typed but not saved (waiting for the person's word): it
    # is dropped, with the flow's EXPIRE move, once the person has left it for a while
    held: bool = False


@dataclass(frozen=True)
class Move:
    trigger: Trigger
    source: str | tuple[str, ...]
    dest: str  # "=" stays in the state (and still bumps the version)
    when: tuple[Condition, ...] = ()  # pure checks of the loaded data and the move's arguments
    unless: tuple[Condition, ...] = ()
    then: Callable[..., None] | None = None  # what the move does to the context (pure)


Condition = Callable[..., bool]
