"""Webhook mode: Telegram posts each update to `/telegram`; this process answers 200 only
once the update has been handled (saved, answered and its screens sent), so an update a
process received but did not finish (it was killed) is delivered again, to any process.

Every request must carry Telegram's secret token (`X-Telegram-Bot-Api-Secret-Token`);
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
from typing import Any
from urllib.parse import urlsplit

import tornado.httpserver
import tornado.web
from telegram import Update
from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application

from bot.logs import describe
from bot.settings import Settings
from bot.telegram import ALLOWED_UPDATES, attach, build_application, detach, start_failed

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
Bot = Application[Any, Any, Any, Any, Any, Any]


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


class UpdateHandler(tornado.web.RequestHandler):
    def initialize(self, bot_app: Bot, secret: str, gate: Gate) -> None:
        self.bot_app = bot_app
        self.secret = secret
        self.gate = gate

    def check_xsrf_cookie(self) -> None:
        return None  # Telegram posts JSON with its secret header, not a form

    async def post(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            log.warning("A webhook request without the right secret token was refused")
            self.send_error(403)
            return
        try:
            data = json.loads(self.request.body)
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
        except ValueError:
            self.send_error(400)
            return
        if not self.gate.enter():
            self.send_error(503)  # stopping: Telegram delivers it again, elsewhere
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
            self.gate.leave()
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
    await application.initialize()
    await attach(application)
    await application.start()
    await application.bot.set_webhook(
        url, secret_token=secret, allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False,
        max_connections=100,
    )
    path = urlsplit(url).path or "/"
    web = tornado.web.Application([
        (path, UpdateHandler, {"bot_app": application, "secret": secret, "gate": gate}),
        (r"/health", HealthHandler, {"bot_app": application, "gate": gate}),
    ], log_function=lambda _handler: None)
    server = tornado.httpserver.HTTPServer(web, xheaders=True)
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
