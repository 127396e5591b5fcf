"""The Telegram channel: python-telegram-bot 22 around the same flows the terminal runs.

Order on a tap (DESIGN.md, Decisions): parse and validate the callback data, let the flow save
(one short transaction, step checked inside it), answer the callback with the flow's toast, then
edit or send the screen. Updates of different people run concurrently; one person's updates in
one chat run in order (`PerPersonUpdateProcessor`).
"""

from __future__ import annotations

import asyncio
import logging
import re
import sys
from collections.abc import Awaitable
from typing import Any

from telegram import (
    Bot,
    BotCommand,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    ContextTypes,
    TypeHandler,
)

from bot.i18n import translator
from bot.settings import Settings
from bot.wiring import App, build_app
from flows.ports import Translator
from flows.screens import Actor, Button, Event, Reply, Screen
from framework.records import Source

log = logging.getLogger(__name__)

CALLBACK_MAX_BYTES = 64
# An action id from a flow, then "|" and the step: "r:3|14". Anything else is refused.
CALLBACK = re.compile(r"^(?P<action>[A-Za-z0-9:_\-]{1,48})\|(?P<step>\d{1,9})$")
START_PAYLOAD = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
COMMANDS = ("start", "help", "summary", "language", "about", "privacy", "mydata", "forget",
            "cancel")


def file_base_url(base_url: str) -> str:
    """`https://api.telegram.org/bot` -> `https://api.telegram.org/file/bot`."""
    head, _, _ = base_url.rstrip("/").rpartition("/bot")
    return f"{head}/file/bot"


def callback_data(button: Button, step: int) -> str:
    data = f"{button.action}|{step}"
    if len(data.encode("utf-8")) > CALLBACK_MAX_BYTES or not CALLBACK.match(data):
        raise ValueError(f"action {button.action!r} does not fit Telegram's callback data")
    return data


def parse_callback(data: str | None) -> tuple[str, int] | None:
    """(action, step) from callback data we made; None for anything forged or malformed."""
    if data is None or len(data.encode("utf-8")) > CALLBACK_MAX_BYTES:
        return None
    match = CALLBACK.match(data)
    if match is None:
        return None
    return match["action"], int(match["step"])


def parse_start_payload(arg: str) -> str | None:
    """A deep-link payload (`t.me/bot?start=...`): kept only if it has Telegram's shape."""
    arg = arg.strip()
    return arg if START_PAYLOAD.match(arg) else None


def keyboard(screen: Screen) -> InlineKeyboardMarkup | None:
    if not screen.buttons:
        return None
    rows = []
    for row in screen.buttons:
        cells = []
        for button in row:
            if button.url:
                cells.append(InlineKeyboardButton(button.label, url=button.url))
            else:
                cells.append(
                    InlineKeyboardButton(button.label, callback_data=callback_data(button,
                                                                                   screen.step))
                )
        rows.append(cells)
    return InlineKeyboardMarkup(rows)


class PerPersonUpdateProcessor(BaseUpdateProcessor):
    """Concurrent across people; in order for one person in one chat.

    Serialising a whole group chat would make a burst of taps on a group card run one at a
    time; keying by (chat, user) keeps each person's events ordered and no more.
    """

    def __init__(self, max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[tuple[int | None, int | None], asyncio.Lock] = {}
        self._holders: dict[tuple[int | None, int | None], int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _person_key(update)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._holders[key] = self._holders.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
        finally:
            self._holders[key] -= 1
            if not self._holders[key]:
                del self._holders[key]
                del self._locks[key]

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


def _person_key(update: object) -> tuple[int | None, int | None]:
    if isinstance(update, Update):
        chat = update.effective_chat
        user = update.effective_user
        return (chat.id if chat else None, user.id if user else None)
    return (None, None)


OTHER_KINDS = ("sticker", "photo", "voice", "video", "video_note", "audio", "document",
               "animation", "location", "contact", "poll", "dice", "venue")


def event_of(message: Message, bot_username: str) -> Event | None:
    """The flow event a private message stands for."""
    text = message.text
    if text is not None:
        if text.startswith("/"):
            head, _, arg = text[1:].partition(" ")
            name, _, addressee = head.partition("@")
            if addressee and addressee.lower() != bot_username.lower():
                return None
            if name.lower() == "start":
                return Event.command("start", parse_start_payload(arg) or "")
            return Event.command(name, arg.strip())
        return Event.text(text)
    for kind in OTHER_KINDS:
        if getattr(message, kind, None):
            return Event.other(kind)
    return Event.other("message")


class TelegramChannel:
    def __init__(self, app: App, bot: Bot) -> None:
        self.app = app
        self.bot = bot

    def translator_for(self, update: Update) -> Translator:
        """For messages the channel itself writes (outside any flow)."""
        user = update.effective_user
        return translator(self.app.languages.negotiate(user.language_code if user else None))

    def actor(self, update: Update) -> Actor:
        chat, user = update.effective_chat, update.effective_user
        assert chat is not None and user is not None
        return Actor(str(chat.id), f"tg:{user.id}", Source.PRIVATE, user.language_code)

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.callback_query is not None:
            await self.on_callback(update, update.callback_query)
        elif update.message is not None and update.effective_user is not None:
            await self.on_message(update, update.message, context)

    async def on_message(
        self, update: Update, message: Message, context: ContextTypes.DEFAULT_TYPE
    ) -> None:
        if message.chat.type != ChatType.PRIVATE:
            await self.on_group_message(update, message, context)
            return
        event = event_of(message, context.bot.username)
        if event is None:
            return
        reply = await self.app.assessment.handle(self.actor(update), event)
        await self.render(message.chat_id, reply, edit=None)

    async def on_group_message(
        self, update: Update, message: Message, context: ContextTypes.DEFAULT_TYPE
    ) -> None:
        """Group sessions are not built yet: point people to a private chat."""
        event = event_of(message, context.bot.username)
        if event is None or event.kind != "command":
            return
        t = self.translator_for(update)
        link = f"https://t.me/{context.bot.username}"
        await message.reply_text(
            t.gettext("Assessments happen in a private chat with me for now."),
            reply_markup=InlineKeyboardMarkup(
                [[InlineKeyboardButton(t.gettext("Open a private chat"), url=link)]]
            ),
        )

    async def on_callback(self, update: Update, query: CallbackQuery) -> None:
        parsed = parse_callback(query.data)
        message = query.message
        if parsed is None or not isinstance(message, Message) or update.effective_user is None:
            t = self.translator_for(update)
            await answer_quietly(query, t.gettext("This button is not valid. Nothing changed."))
            return
        action, step = parsed
        reply = await self.app.assessment.handle(self.actor(update), Event.action(action, step))
        await answer_quietly(query, reply.toast)
        await self.render(message.chat_id, reply, edit=message)

    async def render(self, chat_id: int, reply: Reply, edit: Message | None) -> None:
        for screen in reply.screens:
            markup = keyboard(screen)
            if edit is not None and not screen.new_message:
                await self._edit(edit, screen.text, markup)
                edit = None  # only the first replacing screen edits the tapped message
            else:
                await self._send(chat_id, screen.text, markup)
            for attachment in screen.attachments:
                if attachment.kind == "image":
                    await self.bot.send_photo(
                        chat_id, attachment.data, caption=attachment.caption[:1024],
                        filename=attachment.filename,
                    )
                else:
                    await self.bot.send_document(
                        chat_id, attachment.data, filename=attachment.filename,
                        caption=attachment.caption[:1024],
                    )

    async def _edit(self, message: Message, text: str, markup: InlineKeyboardMarkup | None
                    ) -> None:
        try:
            await self.bot.edit_message_text(
                text, chat_id=message.chat_id, message_id=message.message_id,
                parse_mode=ParseMode.HTML, reply_markup=markup, link_preview_options=NO_PREVIEW,
            )
        except BadRequest as exc:
            problem = str(exc).lower()
            # A repeated tap re-renders the same screen: Telegram calls that an error.
            if "message is not modified" in problem:
                return
            # Old messages (about 48 hours) can no longer be edited: show the screen anew.
            if "can't be edited" in problem or "message to edit not found" in problem:
                await self._send(message.chat_id, text, markup)
                return
            raise

    async def _send(self, chat_id: int, text: str, markup: InlineKeyboardMarkup | None) -> None:
        await self.bot.send_message(
            chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup,
            link_preview_options=NO_PREVIEW,
        )


async def answer_quietly(query: CallbackQuery, toast: str | None) -> None:
    """Answer a press; a re-delivered update's query may already be answered or expired."""
    try:
        await query.answer(toast)
    except BadRequest as exc:
        log.info("Could not answer callback query %s: %s", query.id, exc)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    log.error("Error while handling an update", exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    channel: TelegramChannel = context.application.bot_data["channel"]
    t = channel.translator_for(update)
    text = t.gettext(
        "Sorry, something went wrong on my side. Your answers are saved; "
        "send /start to continue where you were."
    )
    if update.callback_query is not None:
        # usually answered already (the save came first); if not, stop the spinner
        await answer_quietly(update.callback_query, t.gettext("Sorry, something went wrong."))
    try:
        await context.bot.send_message(update.effective_chat.id, text)
    except (BadRequest, Forbidden):
        log.warning("Could not tell the person about the error")


async def set_commands(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """The command menu, in every language there is a catalog for."""
    app: App = application.bot_data["app"]
    for locale in app.languages.available:
        t = translator(locale)
        descriptions = {
            "start": t.gettext("Continue or start an assessment"),
            "help": t.gettext("How this assistant works"),
            "summary": t.gettext("Your maturity profile so far"),
            "language": t.gettext("Choose the language"),
            "about": t.gettext("About the MNR and this content"),
            "privacy": t.gettext("What is stored and why"),
            "mydata": t.gettext("See what is stored about you"),
            "forget": t.gettext("Delete your data"),
            "cancel": t.gettext("Stop what you are doing"),
        }
        commands = [BotCommand(name, descriptions[name]) for name in COMMANDS]
        language = None if locale == app.languages.default else locale.split("_")[0]
        await application.bot.set_my_commands(commands, language_code=language)


def build_application(settings: Settings) -> Application[Any, Any, Any, Any, Any, Any]:
    """The PTB Application; the database and flows are attached by `attach`."""
    token = settings.require_token()
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_api_base_url)
        .base_file_url(file_base_url(settings.telegram_api_base_url))
        .concurrent_updates(PerPersonUpdateProcessor())
        .rate_limiter(
            AIORateLimiter(
                overall_max_rate=settings.overall_per_second,
                overall_time_period=1,
                group_max_rate=settings.group_messages_per_window,
                group_time_period=settings.group_window_seconds,
                max_retries=3,
            )
        )
        .post_init(attach)
        .post_shutdown(detach)
        .build()
    )
    application.bot_data["settings"] = settings
    return application


async def attach(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Migrate, open the store and register handlers (PTB's post_init)."""
    settings: Settings = application.bot_data["settings"]
    app = await build_app(settings)
    application.bot_data["app"] = app
    channel = TelegramChannel(app, application.bot)
    application.bot_data["channel"] = channel
    application.add_handler(TypeHandler(Update, channel.on_update))
    application.add_error_handler(on_error)
    await set_commands(application)


async def detach(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app: App | None = application.bot_data.get("app")
    if app is not None:
        await app.close()


def run_polling(settings: Settings) -> int:
    application = build_application(settings)
    log.info("Starting long polling against %s", settings.telegram_api_base_url)
    try:
        application.run_polling(
            poll_interval=settings.poll_interval_seconds,
            allowed_updates=Update.ALL_TYPES,
            drop_pending_updates=False,
        )
    except InvalidToken:
        print("Configuration error: Telegram rejected TELEGRAM_BOT_TOKEN (InvalidToken).",
              file=sys.stderr)
        return 2
    return 0
