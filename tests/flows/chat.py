"""Drives the router as a person would: send commands and text, tap buttons by their label."""

from __future__ import annotations

import time
from dataclasses import dataclass

from flows.engine.effects import Effect, Replace, Screen, Send, Toast, screens_of
from flows.engine.events import Actor, Event, Scope
from flows.engine.router import Router
from flows.engine.store import Source


@dataclass(frozen=True)
class Reply:
    effects: tuple[Effect, ...]

    @property
    def screens(self) -> list[Screen]:
        return screens_of(self.effects)

    @property
    def toast(self) -> str | None:
        found = next((e for e in self.effects if isinstance(e, Toast)), None)
        return found.text if found else None


class Chat:
    def __init__(
        self, router: Router, user: str = "tg:1001", chat: str = "1001", language: str = "en"
    ) -> None:
        self.router = router
        self.actor = Actor(chat, user, Source.PRIVATE, language)
        self.replies: list[Reply] = []
        self.keyboard: tuple[Screen, Scope] | None = None
        self._message = 0

    @property
    def last(self) -> Reply:
        return self.replies[-1]

    @property
    def screen(self) -> Screen:
        """The most recent screen shown."""
        for reply in reversed(self.replies):
            if reply.screens:
                return reply.screens[-1]
        raise AssertionError("no screen yet")

    @property
    def labels(self) -> list[str]:
        assert self.keyboard is not None
        return [b.label for row in self.keyboard[0].buttons for b in row]

    def next_message(self) -> int:
        # Message ids keep increasing for a chat, as Telegram's do, across Chat objects too.
        self._message = max(self._message + 1, time.time_ns() // 1000)
        return self._message

    async def send(self, event: Event) -> Reply:
        reply = Reply(await self.router.handle(self.actor, event))
        self.replies.append(reply)
        for effect in reply.effects:
            if isinstance(effect, Replace | Send) and effect.screen.buttons:
                self.keyboard = (effect.screen, effect.scope or Scope(version=0))
        return reply

    async def command(self, name: str, arg: str = "") -> Reply:
        return await self.send(Event.command(name, arg, message=self.next_message()))

    async def type(self, text: str) -> Reply:
        return await self.send(Event.text(text, message=self.next_message()))

    def event_of(self, label: str, keyboard: tuple[Screen, Scope] | None = None) -> Event:
        screen, scope = keyboard or self.keyboard or (None, None)
        assert screen is not None and scope is not None, "no keyboard shown"
        for row in screen.buttons:
            for button in row:
                if button.label == label and button.action:
                    return Event.action(button.action.id, button.arg, scope)
        raise AssertionError(f"no button {label!r}; buttons: {self.labels}")

    async def tap(self, label: str, keyboard: tuple[Screen, Scope] | None = None) -> Reply:
        """Tap a button of the latest keyboard, or of an earlier one."""
        return await self.send(self.event_of(label, keyboard))

    async def start_round(self, country: str = "Moldova", sector: str = "Government") -> None:
        await self.command("start")
        await self.tap("I agree")
        await self.type(country)
        await self.tap(country)
        await self.tap(sector)
        await self.tap("Start (question 1)")  # after the introduction
