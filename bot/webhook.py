"""Webhook mode: Telegram posts each update to `/telegram`; this process answers 200 only
once the update has been handled (saved, answered and its screens sent), so an update a
process received but did not finish (it was killed) is delivered again, to any process.

Every request must carry Telegram's secret token (`X-Telegram-Bot-Api-Secret-Token`): it is
checked on the request's head, before a byte of its body is read (the body is streamed, and
only into memory once the secret and a size of at most `MAX_BODY` bytes are known). A
connection idle, or a head or body not sent within `WEBHOOK_TIMEOUT_SECONDS`, is closed; at
most `MAX_IN_HAND` updates are handled at once (Telegram is told to open at most
`MAX_CONNECTIONS`), more get 503; refusals are logged once a minute, with their count.
`/health` says whether this process can reach the database and still takes updates. On
SIGTERM the process stops taking updates (health turns 503 and new posts are refused with
503, which Telegram delivers again elsewhere), finishes those in hand, then stops.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import signal
import time
from typing import Any
from urllib.parse import urlsplit

import tornado.httpserver
import tornado.web
from telegram import Update
from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application
from tornado.http1connection import HTTP1Connection

from bot.logs import describe
from bot.presenter import room_of, routes as presenter_routes
from bot.settings import Settings
from bot.telegram import ALLOWED_UPDATES, attach, build_application, detach, start_failed

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
Bot = Application[Any, Any, Any, Any, Any, Any]
MAX_BODY = 1 << 20  # an update is a few kilobytes; 1 MB leaves room for any Telegram sends
MAX_CONNECTIONS = 100  # what the bot asks Telegram to open at most
MAX_IN_HAND = 200  # requests handled at once; beyond, 503 (Telegram delivers it again)
REFUSALS_LOGGED_EVERY = 60.0  # seconds


class Refusals:
    """Refused requests, logged at most once a minute with their count: anyone can send
    them, and they must not be able to fill the log."""

    def __init__(self, every: float = REFUSALS_LOGGED_EVERY) -> None:
        self.every = every
        self.counts: dict[int, int] = {}
        self._logged_at = -every

    def count(self, status: int) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1
        now = time.monotonic()
        if now - self._logged_at >= self.every:
            self._logged_at = now
            said = ", ".join(f"{n} with {code}" for code, n in sorted(self.counts.items()))
            log.warning("Webhook requests refused since the last report: %s", said)
            self.counts.clear()


class Gate:
    """The updates this process has in hand; closed on a stop."""

    def __init__(self) -> None:
        self.open = True
        self.in_hand = 0
        self.handled = 0
        self._idle = asyncio.Event()
        self._idle.set()

    def enter(self) -> bool:
        if not self.open:
            return False
        self.in_hand += 1
        self._idle.clear()
        return True

    def leave(self) -> None:
        self.in_hand -= 1
        self.handled += 1
        if not self.in_hand:
            self._idle.set()

    async def drained(self) -> None:
        await self._idle.wait()


@tornado.web.stream_request_body
class UpdateHandler(tornado.web.RequestHandler):
    def initialize(self, bot_app: Bot, secret: str, gate: Gate, refusals: Refusals) -> None:
        self.bot_app = bot_app
        self.secret = secret
        self.gate = gate
        self.refusals = refusals
        self.body = bytearray()
        self.entered = False

    def check_xsrf_cookie(self) -> None:
        return None  # Telegram posts JSON with its secret header, not a form

    def refuse(self, status: int) -> None:
        self.refusals.count(status)
        self.set_status(status)
        self.set_header("Connection", "close")  # the unread body is not ours to wait for
        self.finish()

    async def prepare(self) -> None:
        """On the request's head alone: the secret, the size, and room to take it."""
        if self.request.method != "POST":
            self.refuse(405)
            return
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            self.refuse(403)
            return
        try:
            length = int(self.request.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self.refuse(413 if length > MAX_BODY else 400)
            return
        if isinstance(self.request.connection, HTTP1Connection):
            self.request.connection.set_max_body_size(MAX_BODY)
        if self.gate.in_hand >= MAX_IN_HAND or not self.gate.enter():
            self.refuse(503)  # busy or stopping: Telegram delivers it again, elsewhere
            return
        self.entered = True

    def data_received(self, chunk: bytes) -> None:
        self.body += chunk

    def on_finish(self) -> None:
        if self.entered:
            self.entered = False
            self.gate.leave()

    def on_connection_close(self) -> None:
        self.on_finish()

    async def post(self) -> None:
        try:
            data = json.loads(bytes(self.body))
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
        except (ValueError, RecursionError):  # deep nesting raises RecursionError
            self.refuse(400)
            return
        try:
            bot = self.bot_app.bot
            try:
                update = Update.de_json(data, bot)
            except Exception as exc:  # acknowledged, or Telegram would send it forever
                log.warning("Skipped update %s: it could not be read (%s)", data["update_id"],
                            type(exc).__name__)
                self.write({"ok": True})
                return
            processor = self.bot_app.update_processor
            await processor.process_update(update, self.bot_app.process_update(update))
        finally:
            self.on_finish()
        self.write({"ok": True})


class HealthHandler(tornado.web.RequestHandler):
    def initialize(self, bot_app: Bot, gate: Gate) -> None:
        self.bot_app = bot_app
        self.gate = gate

    async def get(self) -> None:
        app = self.bot_app.bot_data.get("app")
        database = False
        if app is not None:
            try:
                await asyncio.wait_for(app.store.ping(), 5)
                database = True
            except Exception as exc:
                log.warning("Health: the database did not answer (%s)", describe(exc))
        healthy = database and self.gate.open
        self.set_status(200 if healthy else 503)
        self.write({"ok": healthy, "database": database, "taking_updates": self.gate.open,
                    "in_hand": self.gate.in_hand, "handled": self.gate.handled})


async def serve(settings: Settings, stop: asyncio.Event) -> None:
    url, secret = settings.require_webhook()
    application = build_application(settings)
    gate = Gate()
    application.bot_data["webhook"] = True
    await application.initialize()
    await attach(application)
    await application.start()
    await application.bot.set_webhook(
        url, secret_token=secret, allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False,
        max_connections=MAX_CONNECTIONS,
    )
    path = urlsplit(url).path or "/"
    refusals = Refusals()
    web = tornado.web.Application([
        (path, UpdateHandler, {"bot_app": application, "secret": secret, "gate": gate,
                               "refusals": refusals}),
        (r"/health", HealthHandler, {"bot_app": application, "gate": gate}),
        *presenter_routes(room_of(application, settings, webhook=True)),
    ], log_function=lambda _handler: None)
    timeout = settings.webhook_timeout_seconds
    server = tornado.httpserver.HTTPServer(
        web, xheaders=True, max_body_size=MAX_BODY, max_buffer_size=MAX_BODY,
        idle_connection_timeout=timeout, body_timeout=timeout, max_header_size=16 << 10,
    )
    server.listen(settings.port, settings.webhook_listen)
    log.info("Taking updates on port %s at %s", settings.port, path)
    try:
        await stop.wait()
    finally:
        log.info("Stopping: finishing %d updates in hand", gate.in_hand)
        gate.open = False
        server.stop()  # no new connections; requests on open ones get 503
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(gate.drained(), settings.stop_grace_seconds)
        await server.close_all_connections()
        await application.stop()
        await detach(application)
        await application.shutdown()
        log.info("Stopped after %d updates", gate.handled)


def run_webhook(settings: Settings) -> int:
    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for name in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(name, stop.set)
        await serve(settings, stop)

    try:
        asyncio.run(main())
    except (InvalidToken, NetworkError) as exc:
        return start_failed(settings, exc)
    return 0
