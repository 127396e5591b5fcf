"""The presenter page of a group session, served by the bot's own web process.

In webhook mode it sits beside Telegram's updates (bot/webhook.py) at the public address; in
polling mode it has a port of its own when `PRESENTER_PORT` is set (bot/telegram.py). A
facilitator's link `/p/<token>` opens the page once: the token is exchanged for a cookie and
the browser is sent on to `/present/`, so the projected address bar shows nothing usable. The
page asks `/present/state` every 1.5 s; each answer is read from the database, so a vote
handled by any process shows at the next ask. Everything the page loads is served from here
(one HTML document with its style and script, the JSON, the join link's QR code).

Every address refuses alike (403, one sentence) for a wrong, used, ended, replaced or expired
link and a missing or unknown cookie. Each client (its cookie, else its address) may make
`REQUESTS_PER_MINUTE` requests; beyond that it gets 429, apart from Telegram's posts.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import secrets
import time
from collections import OrderedDict, deque
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from typing import Any

import segno
import tornado.httpserver
import tornado.web
from telegram import Bot
from telegram.error import TelegramError
from telegram.ext import Application

from bot.settings import Settings
from bot.wiring import App
from flows.engine.store.presenter import PresenterLink
from flows.engine.translator import Languages, Translator
from flows.sessions.presenter import LINK_PATH, Presenter, page_title, refusal, waiting_text

log = logging.getLogger(__name__)

COOKIE = "mnr_presenter"
PAGE_PATH = "/present/"
RETRY_JOIN_SECONDS = 60.0  # a join link Telegram would not make is asked for again after
REQUESTS_PER_MINUTE = 120  # a page asks 40 times a minute; a reload or two fit beside
CLIENTS_KEPT = 10_000
INVITE_NAME = "MNR group session"


@cache
def _asset(name: str) -> str:
    return (resources.files(__package__) / name).read_text(encoding="utf-8")


class Limits:
    """Requests per client in the last minute (a sliding window), for the page's addresses."""

    def __init__(self, per_minute: int = REQUESTS_PER_MINUTE) -> None:
        self.per_minute = per_minute
        self._seen: OrderedDict[str, deque[float]] = OrderedDict()

    def allow(self, client: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        times = self._seen.pop(client, None) or deque()
        while times and times[0] <= now - 60:
            times.popleft()
        allowed = len(times) < self.per_minute
        if allowed:
            times.append(now)
        self._seen[client] = times
        while len(self._seen) > CLIENTS_KEPT:
            self._seen.popitem(last=False)
        return allowed


class Room:
    """What the handlers share: the flows' door, the bot (for the join link), the limits."""

    def __init__(self, presenter: Presenter, languages: Languages, bot: Bot | None,
                 secure: bool) -> None:
        self.presenter = presenter
        self.languages = languages
        self.bot = bot
        self.secure = secure
        self.limits = Limits()
        self._tried: OrderedDict[int, float] = OrderedDict()  # link -> when a join was tried

    def needs_join(self, link: PresenterLink, ended: bool) -> bool:
        if self.bot is None:
            return False
        if ended:
            return bool(link.join_link) and link.join_revoked_at is None
        return not (link.join_link or link.join_title) and \
            self._tried.get(link.id, 0.0) < time.monotonic() - RETRY_JOIN_SECONDS

    async def join(self, link: PresenterLink, chat: str, ended: bool) -> None:
        """Makes the group's join link once (an invitation when the bot is an admin there,
        else its name). The bot revokes it when the session ends; one this page made in the
        same moment as the End is revoked here."""
        assert self.bot is not None
        if ended:
            if await self.presenter.join_revoked(link, datetime.now(UTC)):
                await revoke_invite(self.bot, chat, link.join_link or "")
            return
        self._tried[link.id] = time.monotonic()
        while len(self._tried) > CLIENTS_KEPT:
            self._tried.popitem(last=False)
        try:
            made, title = await self._invite(chat, link)
            kept = await self.presenter.set_join(link, made, title)
            if made and kept is not None and kept.join_link != made:
                # another process made one first: this one goes
                await self.bot.revoke_chat_invite_link(int(chat), made)
        except TelegramError as exc:
            log.info("Could not make a session's join link (%s)", type(exc).__name__)

    async def _invite(self, chat: str, link: PresenterLink) -> tuple[str | None, str | None]:
        assert self.bot is not None
        try:
            invite = await self.bot.create_chat_invite_link(
                int(chat), expire_date=link.expires_at, name=INVITE_NAME)
            return invite.invite_link, None
        except TelegramError:  # not an admin there (or not allowed to invite): its name
            found = await self.bot.get_chat(int(chat))
            return None, found.title or None


async def revoke_invite(bot: Bot, chat: str, link: str) -> None:
    """An invitation to a group ends; one already revoked, or a group the bot has left, is
    only logged."""
    try:
        await bot.revoke_chat_invite_link(int(chat), link)
    except TelegramError as exc:
        log.info("Could not revoke an invitation (%s)", type(exc).__name__)


class _Base(tornado.web.RequestHandler):
    def initialize(self, room: Room) -> None:
        self.room = room

    def set_default_headers(self) -> None:
        self.set_header("Cache-Control", "no-store")
        self.set_header("Referrer-Policy", "no-referrer")
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header("X-Frame-Options", "DENY")

    def client(self) -> str:
        cookie = self.get_cookie(COOKIE)
        if cookie:
            return "c:" + hashlib.sha256(cookie.encode()).hexdigest()[:16]
        return "a:" + (self.request.remote_ip or "")

    def limited(self) -> bool:
        if self.room.limits.allow(self.client()):
            return False
        self.set_status(429)
        self.set_header("Retry-After", "30")
        self.finish()
        return True

    def reader(self) -> Translator:
        """The refusal's language: the browser's, among the catalogs (it tells nothing)."""
        header = self.request.headers.get("Accept-Language", "")
        first = header.split(",")[0].split(";")[0].strip().replace("-", "_") or None
        return self.room.languages.translator(self.room.languages.negotiate(first))

    def refuse(self, as_json: bool = False) -> None:
        t = self.reader()
        self.set_status(403)
        if as_json:
            self.finish({"message": refusal(t)})
            return
        self.page(t, refusal(t), "", "document.body.classList.add('refused');")

    def page(self, t: Translator, heading: str, waiting: str, js: str) -> None:
        """The page's document, its style and script allowed by this response's nonce alone."""
        nonce = secrets.token_urlsafe(12)
        self.set_header("Content-Security-Policy", (
            "default-src 'none'; connect-src 'self'; img-src 'self'; "
            f"style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'none'"))
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.finish(_asset("page.html").format(
            lang=t.locale.replace("_", "-"), dir="rtl" if t.rtl else "ltr", nonce=nonce,
            title=page_title(t), heading=heading, waiting=waiting, css=_asset("page.css"),
            js=js))

    def now(self) -> datetime:
        return datetime.now(UTC)


class OpenHandler(_Base):
    """/p/<token>: the link from Telegram, traded once for the page's cookie."""

    async def get(self, token: str) -> None:
        if self.limited():
            return
        opened = await self.room.presenter.exchange(token, self.now())
        if opened is None:
            self.refuse()
            return
        cookie, link = opened
        lifetime = max(int((link.expires_at - self.now()).total_seconds()), 0)
        # Lax, not Strict: the page is opened from Telegram, another site
        self.set_cookie(COOKIE, cookie, path=PAGE_PATH, httponly=True, samesite="Lax",
                        secure=self.room.secure, max_age=lifetime)
        self.redirect(PAGE_PATH, status=303)


class PageHandler(_Base):
    """/present/: the page itself, in the group's language."""

    async def get(self) -> None:
        if self.limited():
            return
        cookie = self.get_cookie(COOKIE)
        t = await self.room.presenter.language_of(cookie, self.now()) if cookie else None
        if t is None:
            self.refuse()
            return
        self.page(t, page_title(t), waiting_text(t), _asset("page.js"))


class StateHandler(_Base):
    """/present/state: what the page shows now, as JSON."""

    async def get(self) -> None:
        if self.limited():
            return
        cookie = self.get_cookie(COOKIE)
        if not cookie:
            self.refuse(as_json=True)
            return
        found = await self.room.presenter.view(cookie, self.now(), qr_address)
        if found is None:
            self.refuse(as_json=True)
            return
        link, _, chat, ended = found
        if self.room.needs_join(link, ended):  # once per session, or at its end
            await self.room.join(link, chat, ended)
            found = await self.room.presenter.view(cookie, self.now(), qr_address)
            if found is None:
                self.refuse(as_json=True)
                return
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps(found[1], ensure_ascii=False))


class QrHandler(_Base):
    """/present/join.svg: the QR code of the group's join link, while the session runs."""

    async def get(self) -> None:
        if self.limited():
            return
        cookie = self.get_cookie(COOKIE)
        link = await self.room.presenter.link_of(cookie, self.now()) if cookie else None
        if link is None or not link.join_link or link.join_revoked_at is not None:
            self.refuse()
            return
        self.set_header("Content-Type", "image/svg+xml")
        self.set_header("Cache-Control", "private, max-age=300")
        self.finish(qr_svg(link.join_link))


def qr_address(link: PresenterLink) -> str | None:
    """The QR code's address, new for each join link (the browser may keep the image)."""
    if not link.join_link or link.join_revoked_at is not None:
        return None
    return "join.svg?v=" + hashlib.sha256(link.join_link.encode()).hexdigest()[:8]


@cache
def qr_svg(link: str) -> bytes:
    out = io.BytesIO()
    segno.make(link, error="m").save(out, kind="svg", scale=8, border=2, xmldecl=False,
                                     svgns=True, nl=False)
    return out.getvalue()


def routes(room: Room) -> list[tuple[str, type[tornado.web.RequestHandler], dict[str, Any]]]:
    extra = {"room": room}
    return [
        (LINK_PATH + r"([A-Za-z0-9_-]{1,64})", OpenHandler, extra),
        (PAGE_PATH, PageHandler, extra),
        (PAGE_PATH + "state", StateHandler, extra),
        (PAGE_PATH + "join.svg", QrHandler, extra),
    ]




def room_of(application: Application[Any, Any, Any, Any, Any, Any], settings: Settings,
            webhook: bool) -> Room:
    """The page's handlers' shared parts, once the flows are attached (bot.telegram.attach)."""
    app: App = application.bot_data["app"]
    base = settings.presenter_base(webhook) or ""
    presenter = Presenter(app.store, app.router.env.framework, app.languages)
    return Room(presenter, app.languages, application.bot, secure=base.startswith("https://"))


def serve_presenter(application: Application[Any, Any, Any, Any, Any, Any],
                    settings: Settings) -> tornado.httpserver.HTTPServer:
    """Polling mode: the page on a port of its own (PRESENTER_PORT, on PRESENTER_LISTEN)."""
    assert settings.presenter_port is not None
    web = tornado.web.Application(routes(room_of(application, settings, webhook=False)),
                                  log_function=lambda _handler: None)
    server = tornado.httpserver.HTTPServer(web, xheaders=False, idle_connection_timeout=60,
                                           body_timeout=10, max_body_size=1024)
    server.listen(settings.presenter_port, settings.presenter_listen)
    log.info("Presenter page on %s (listening on %s:%s)", settings.presenter_base(False),
             settings.presenter_listen, settings.presenter_port)
    return server
