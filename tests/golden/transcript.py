"""Runs a scripted conversation through the router on a fresh SQLite file and writes it down.

A script is a list of steps: ("command", "start"), ("text", "MD"), ("tap", "as.rate", "2").
Taps name the action and argument, not the label, so one script serves every language. The
transcript shows each event, then each effect with its screen's text (HTML as sent) and its
buttons as `[label](action:arg)`; round codes and times are masked.
"""

from __future__ import annotations

import asyncio
import re
import tempfile
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.i18n import CatalogLanguages, translator
from flows.engine.effects import (
    Attach,
    CardChanged,
    EditCard,
    Effect,
    PostCard,
    Reminders,
    Replace,
    RevokeInvites,
    RunJob,
    Screen,
    Send,
    Toast,
)
from flows.engine.events import Actor, Event, Scope
from flows.engine.router import Router
from flows.engine.store import Source
from flows.plan import quarters
from flows.plan.labels import quarter_label
from flows.routing import build_router
from framework import load_framework
from storage.migrate import migrate
from storage.store import SqlStore
from tests import database

HERE = Path(__file__).parent
Step = tuple[str, ...]
TIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC")
INVITE = re.compile(r"(start=)[A-Za-z0-9_-]{18}(?![A-Za-z0-9_-])")
HASH = re.compile(r"\b[0-9a-f]{12}…")
PRESENTER_URL = "https://mnr.example.org"  # the scripts' presenter page (flows.sessions.presenter)
PRESENTER = re.compile(r"(/p/)[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])")


def render_screen(screen: Screen) -> list[str]:
    lines = screen.text.split("\n")
    for row in screen.buttons:
        cells = []
        for button in row:
            if button.url:
                cells.append(f"[{button.label}]({button.url})")
            else:
                assert button.action is not None
                name = button.action.id
                target = f"{name}:{button.arg}" if button.arg else name
                cells.append(f"[{button.label}]({target})")
        lines.append(" ".join(cells))
    return lines


def render_effects(effects: Sequence[Effect]) -> list[str]:
    lines: list[str] = []
    for effect in effects:
        if isinstance(effect, Toast):
            lines.append(f"<<< toast: {effect.text}" + (" (alert)" if effect.alert else ""))
            continue
        if isinstance(effect, Attach):
            a = effect.attachment
            shield = " (protected)" if a.protect else ""
            lines.append(f"<<< attach {a.kind} {a.filename}{shield}: {a.caption}")
            continue
        if isinstance(effect, Reminders):
            lines.append(f"<<< reminders to {len(effect.due)} participants")
            continue
        if isinstance(effect, CardChanged):  # drawn by Router.drawn before this
            lines.append(f"<<< card {effect.card} changed")
            continue
        if isinstance(effect, RunJob):  # run by Router.drawn before this
            lines.append(f"<<< job {effect.job}")
            continue
        if isinstance(effect, RevokeInvites):  # the links are secrets: their number
            lines.append(f"<<< {len(effect.links)} invitations to {effect.chat} revoked")
            continue
        kind = {Replace: "replace", Send: "send", PostCard: "post card", EditCard: "edit card"}
        shield = " (protected)" if effect.screen.protect else ""  # a confidential round's
        lines.append(f"<<< {kind[type(effect)]}{shield}")
        lines += ["    " + line if line else "" for line in render_screen(effect.screen)]
    return lines


# Who acts in a step that starts with "@<who>": the default is "me" (in my private chat).
GROUP_CHAT = "-100"
# A session's links in a step's argument: the newest such link the bot has shown.
SESSION_LINKS = {"{setup}": "gs", "{details}": "gd", "{agree}": "ga", "{invite}": "invite"}
SESSION_LINK = re.compile(r"start=(g[sda][A-Za-z0-9_-]{16})")
# A round's invitation (the first one a screen shows: its participants'), for "{invite}".
INVITE_LINK = re.compile(r"start=([A-Za-z0-9_-]{18,})")


class GroupMembers:
    """Telegram's answer to getChatMember, for the scripts: everyone acting in the group is
    in it, nobody is in any other."""

    def known(self, chat: str, user: str) -> bool | None:
        return chat == GROUP_CHAT and user in {a[1] for a in ACTORS.values()}

    async def check(self, chat: str, user: str) -> bool:
        return bool(self.known(chat, user))
ACTORS = {
    "me": ("1001", "tg:1001", Source.PRIVATE),
    "group": (GROUP_CHAT, "tg:1001", Source.GROUP),  # me, in the group
    "member": ("1002", "tg:1002", Source.PRIVATE),
    "member-group": (GROUP_CHAT, "tg:1002", Source.GROUP),
    "stranger-group": (GROUP_CHAT, "tg:1003", Source.GROUP),  # never agreed to anything
    "voter": ("1004", "tg:1004", Source.PRIVATE),
    "voter-group": (GROUP_CHAT, "tg:1004", Source.GROUP),
    "other": ("1005", "tg:1005", Source.PRIVATE),
    "other-group": (GROUP_CHAT, "tg:1005", Source.GROUP),
    "fifth": ("1006", "tg:1006", Source.PRIVATE),
    "fifth-group": (GROUP_CHAT, "tg:1006", Source.GROUP),
}


class Scripted:
    """Plays a script; a card a step posts gets a message id, and taps in its chat carry
    the card's latest keyboard, as Telegram would send them."""

    def __init__(self, router: Router, language: str) -> None:
        self.router = router
        self.language = language
        self.keyboards: dict[str, Scope] = {}  # chat -> the latest keyboard's scope there
        self.cards: dict[int, int] = {}  # card -> its message id
        self.message = 0
        self.lines: list[str] = []
        self.effects: list[Effect] = []
        self.links: dict[str, str] = {}  # "gs" or "gd" -> the newest such payload shown
        self.seen_links: set[str] = set()

    def next_message(self) -> int:
        self.message = max(self.message + 1, time.time_ns() // 1000)
        return self.message

    async def step(self, step: Step) -> None:
        who = "me"
        if step[0].startswith("@"):
            who, step = step[0][1:], step[1:]
        chat, user, source = ACTORS[who]
        actor = Actor(chat, user, source, self.language)
        kind, *rest = step
        prefix = "" if who == "me" else f"@{who} "
        if kind == "command":
            self.lines.append(f">>> {prefix}/{' '.join(rest)}")
            rest = [self.links.get(SESSION_LINKS.get(part, ""), part) for part in rest]
            event = Event.command(rest[0], " ".join(rest[1:]), message=self.next_message())
        elif kind == "text":
            self.lines.append(f">>> {prefix}{rest[0]}")
            event = Event.text(rest[0], message=self.next_message())
        else:
            action, arg = rest[0], rest[1] if len(rest) > 1 else ""
            self.lines.append(f">>> {prefix}tap {action}" + (f":{arg}" if arg else ""))
            scope = self.keyboards.get(chat, Scope(version=0))
            tapped = self.cards.get(scope.card) if scope.card is not None else None
            event = Event.action(action, arg, scope, message=tapped)
        effects = await self.router.drawn(await self.router.handle(actor, event))
        for effect in effects:
            screen = getattr(effect, "screen", None)
            drawn = getattr(effect, "scope", None)
            for row in screen.buttons if screen is not None else ():
                for button in row:
                    found = SESSION_LINK.search(button.url or "")
                    if found:
                        self.links[found.group(1)[:2]] = found.group(1)
                        self.seen_links.add(found.group(1))
            # told apart by where they were shown, not by shape: an invitation's random code
            # may begin with a session's prefix (3 in 4,096 do), as the bot itself allows
            invited = INVITE_LINK.search(screen.text) if screen is not None else None
            if invited and invited.group(1) not in self.seen_links:
                self.links["invite"] = invited.group(1)
            if isinstance(effect, PostCard):
                self.cards[effect.card] = self.next_message()
                await self.router.cards.card_posted(effect.card, self.cards[effect.card])
                self.keyboards[effect.chat] = effect.scope
            elif isinstance(effect, EditCard):
                if effect.screen.buttons:
                    self.keyboards[GROUP_CHAT] = effect.scope
            elif screen is not None and screen.buttons and drawn is not None:
                target = getattr(effect, "chat", None) or chat
                self.keyboards[target] = drawn
        self.effects += effects
        self.lines += render_effects(effects)
        self.lines.append("")


@asynccontextmanager
async def fresh_router(url: str, admins: Sequence[str] = ()) -> AsyncIterator[Router]:
    """The router on a new, migrated database at `url` (closed after)."""
    database.migrated(url)
    await migrate(url)  # nothing to do: a check that the copy is the newest
    store = SqlStore.from_url(url)
    try:
        # screens only: the files a transcript names are drawn by tests of the documents
        yield build_router(load_framework(), store, CatalogLanguages(),
                           bot_username="mnr_test_bot", admins=admins, members=GroupMembers(),
                           draw_files=False, presenter_url=PRESENTER_URL)
    finally:
        await store.close()


async def run_script(name: str, language: str, script: Sequence[Step]) -> str:
    with tempfile.TemporaryDirectory() as folder:
        async with fresh_router(f"sqlite+aiosqlite:///{folder}/golden.sqlite3") as router:
            scripted = Scripted(router, language)
            for step in script:
                await scripted.step(step)
            async with router.store.transaction() as tx:
                codes = [p.round.code for p in await tx.rounds.participations("tg:1001")]
    text = "\n".join([
        f"# {name} in {language}: regenerate with `python -m tests.golden`",
        "",
        *scripted.lines,
    ])
    for number, code in enumerate(codes, start=1):
        text = text.replace(code, f"ROUND{number}")
    # today's date as the language writes it: a transcript must not change from day to day
    for day in {datetime.now(UTC), datetime.now()}:
        text = text.replace(day.strftime("%Y-%m-%d"), "<date>")  # in file names
        text = text.replace(translator(language).date(day), "<date>")
        for days in (7, 14, 28):  # a review's end
            later = translator(language).date(day + timedelta(days=days))
            text = text.replace(later, f"<date + {days} days>")
    # the quarters an action may be due in move with the calendar: by their place
    for number, quarter in enumerate(quarters.offered(datetime.now(UTC).date())):
        text = text.replace(quarter_label(translator(language), quarter), f"<quarter {number}>")
        text = text.replace(quarter, f"<quarter {number}>")
    text = text.replace(str(datetime.now(UTC).year), "<year>")  # default titles: "Moldova 2026"
    for payload in scripted.seen_links:  # a session's links, by what they are
        text = text.replace(payload, payload[:2] + "<token>")
    text = INVITE.sub(r"\1<invite>", text)
    text = PRESENTER.sub(r"\1<token>", text)
    text = HASH.sub("<hash>…", text)  # a snapshot's: it holds the day and the round's code
    return TIME.sub("<time>", text).rstrip() + "\n"


def path_of(name: str, language: str) -> Path:
    return HERE / "transcripts" / f"{name}.{language}.txt"


def transcript(name: str, language: str, script: Sequence[Step]) -> str:
    return asyncio.run(run_script(name, language, script))
