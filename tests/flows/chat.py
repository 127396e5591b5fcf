"""Drives a flow as a person would: send commands and text, tap buttons by their label."""

from __future__ import annotations

from flows.assessment import AssessmentFlow
from flows.screens import Actor, Event, Reply, Screen
from framework.records import Source


class Chat:
    def __init__(self, flow: AssessmentFlow, user: str = "tg:1001", chat: str = "1001") -> None:
        self.flow = flow
        self.actor = Actor(chat, user, Source.PRIVATE, "en")
        self.replies: list[Reply] = []
        self.keyboard: Screen | None = None

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
        return [b.label for row in self.keyboard.buttons for b in row]

    async def send(self, event: Event) -> Reply:
        reply = await self.flow.handle(self.actor, event)
        self.replies.append(reply)
        for screen in reply.screens:
            if screen.buttons:
                self.keyboard = screen
        return reply

    async def command(self, name: str, arg: str = "") -> Reply:
        return await self.send(Event.command(name, arg))

    async def type(self, text: str) -> Reply:
        return await self.send(Event.text(text))

    def action_of(self, label: str, screen: Screen | None = None) -> tuple[str, int]:
        keyboard = screen or self.keyboard
        assert keyboard is not None, "no keyboard shown"
        for row in keyboard.buttons:
            for button in row:
                if button.label == label and button.action:
                    return button.action, keyboard.step
        raise AssertionError(f"no button {label!r}; buttons: {self.labels}")

    async def tap(self, label: str, screen: Screen | None = None) -> Reply:
        """Tap a button of the latest keyboard, or of an earlier `screen`."""
        action, step = self.action_of(label, screen)
        return await self.send(Event.action(action, step))

    async def start_round(self, country: str = "Moldova", sector: str = "Government") -> None:
        await self.command("start")
        await self.tap("I agree")
        await self.type(country)
        await self.tap(country)
        await self.tap(sector)
