"""The terminal channel: the same flows as Telegram, read from stdin, printed to stdout.

Buttons are numbered; typing a number taps one, `/command` sends a command, anything else is
sent as text. Attachments are saved to files whose paths are printed.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from typing import TextIO

from bot.i18n import negotiate, translator
from flows.screens import Actor, Event, Reply, Screen
from framework.records import Source

LOCAL_CHAT = "local"
LOCAL_USER = "local:terminal"
TAG = re.compile(r"</?(b|i|code|u|s)>")


def plain(text: str) -> str:
    """Screen HTML as terminal text."""
    return html.unescape(TAG.sub("", text))


class Console:
    def __init__(
        self,
        flow: object,
        out: TextIO = sys.stdout,
        attachments_dir: Path | None = None,
        language_code: str | None = None,
    ) -> None:
        self.flow = flow
        self.out = out
        self.attachments_dir = attachments_dir or Path.cwd() / "mnr-exports"
        self.actor = Actor(LOCAL_CHAT, LOCAL_USER, Source.TERMINAL, language_code)
        self.t = translator(negotiate(language_code))
        self.keyboard: Screen | None = None

    def event_for(self, line: str) -> Event | None:
        line = line.strip()
        if not line:
            return None
        if line.startswith("/"):
            name, _, arg = line[1:].partition(" ")
            return Event.command(name, arg.strip())
        if line.isdigit() and self.keyboard is not None:
            flat = [b for row in self.keyboard.buttons for b in row if b.action]
            number = int(line)
            if 1 <= number <= len(flat):
                return Event.action(flat[number - 1].action or "", self.keyboard.step)
        return Event.text(line)

    async def send(self, event: Event) -> None:
        reply: Reply = await self.flow.handle(self.actor, event)  # type: ignore[attr-defined]
        self.render(reply)

    def render(self, reply: Reply) -> None:
        write = self.out.write
        if reply.toast:
            write(f"\n({reply.toast})\n")
        for screen in reply.screens:
            write("\n" + "─" * 60 + "\n")
            write(plain(screen.text) + "\n")
            for attachment in screen.attachments:
                self.attachments_dir.mkdir(parents=True, exist_ok=True)
                path = self.attachments_dir / attachment.filename
                path.write_bytes(attachment.data)
                write(self.t.gettext("[{caption}: saved to {path}]").format(
                    caption=attachment.caption, path=path
                ) + "\n")
            flat = [b for row in screen.buttons for b in row]
            if flat:
                self.keyboard = screen
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
        self.out.flush()

    async def run(self, source: TextIO = sys.stdin) -> None:
        self.out.write(self.t.gettext(
            "MNR Assistant in the terminal. Type a number to tap a button, /help for commands; "
            "anything else is sent as text. Ctrl-D quits."
        ) + "\n")
        await self.send(Event.command("start"))
        for line in source:
            event = self.event_for(line)
            if event is not None:
                await self.send(event)
        self.out.write("\n" + self.t.gettext("Bye. Your answers are saved.") + "\n")
