"""The terminal channel: the same router as Telegram, read from stdin, printed to stdout.

Buttons are numbered; typing a number taps one, `/command` sends a command, anything else is
sent as text. Attachments are saved to files whose paths are printed.
"""

from __future__ import annotations

import html
import re
import sys
import time
from pathlib import Path
from typing import TextIO

from bot.i18n import negotiate, translator
from flows.engine.effects import Attach, EditCard, Effect, PostCard, Replace, Screen, Send, Toast
from flows.engine.events import Actor, Event, Scope
from flows.engine.router import Router
from flows.engine.store import Source

LOCAL_CHAT = "local"
LOCAL_USER = "local:terminal"
TAG = re.compile(r"</?(b|i|code|u|s)>")
NUMBER = re.compile(r"^[0-9]{1,4}$")


def plain(text: str) -> str:
    """Screen HTML as terminal text."""
    return html.unescape(TAG.sub("", text))


class Console:
    def __init__(
        self,
        router: Router,
        out: TextIO = sys.stdout,
        attachments_dir: Path | None = None,
        language_code: str | None = None,
    ) -> None:
        self.router = router
        self.out = out
        self.attachments_dir = attachments_dir or Path.cwd() / "mnr-exports"
        self.actor = Actor(LOCAL_CHAT, LOCAL_USER, Source.TERMINAL, language_code)
        self.t = translator(negotiate(language_code))
        self.keyboard: tuple[Screen, Scope] | None = None
        self._message = 0

    def _next_message(self) -> int:
        # Messages must keep increasing across runs of the terminal: the time in microseconds.
        self._message = max(self._message + 1, time.time_ns() // 1000)
        return self._message

    def event_for(self, line: str) -> Event | None:
        line = line.strip()
        if not line:
            return None
        if line.startswith("/"):
            name, _, arg = line[1:].partition(" ")
            return Event.command(name, arg.strip(), message=self._next_message())
        if NUMBER.match(line) and self.keyboard is not None:
            screen, scope = self.keyboard
            flat = [b for row in screen.buttons for b in row if b.action]
            number = int(line)
            if 1 <= number <= len(flat):
                button = flat[number - 1]
                return Event.action(button.action.id if button.action else "", button.arg, scope)
        return Event.text(line, message=self._next_message())

    async def send(self, event: Event) -> None:
        self.render(await self.router.drawn(await self.router.handle(self.actor, event)))

    def render(self, effects: tuple[Effect, ...]) -> None:
        write = self.out.write
        for effect in effects:
            if isinstance(effect, Toast):
                if effect.text:
                    write(f"\n({effect.text})\n")
            elif isinstance(effect, Replace | Send | PostCard | EditCard):
                self._screen(effect.screen, effect.scope)
            elif isinstance(effect, Attach):
                attachment = effect.attachment
                self.attachments_dir.mkdir(parents=True, exist_ok=True)
                path = self.attachments_dir / attachment.filename
                path.write_bytes(attachment.data)
                write(self.t.gettext("[{caption}: saved to {path}]").format(
                    caption=attachment.caption, path=path
                ) + "\n")
        self.out.flush()

    def _screen(self, screen: Screen, scope: Scope | None) -> None:
        write = self.out.write
        write("\n" + "─" * 60 + "\n")
        write(plain(screen.text) + "\n")
        if not screen.buttons:
            return
        self.keyboard = (screen, scope or Scope(version=0))
        number = 0
        for row in screen.buttons:
            cells = []
            for button in row:
                if button.action:
                    number += 1
                    cells.append(f"[{number}] {button.label}")
                elif button.url:
                    cells.append(f"{button.label}: {button.url}")
            write("   ".join(cells) + "\n")

    async def run(self, source: TextIO = sys.stdin) -> None:
        self.out.write(self.t.gettext(
            "MNR Assistant in the terminal. Type a number to tap a button, /help for commands; "
            "anything else is sent as text. Ctrl-D quits."
        ) + "\n")
        await self.send(Event.command("start", message=self._next_message()))
        for line in source:
            event = self.event_for(line)
            if event is not None:
                await self.send(event)
        self.out.write("\n" + self.t.gettext("Bye. Your answers are saved.") + "\n")
