"""The Telegram channel: python-telegram-bot 22 around the router the terminal uses too.

Order on a tap: decode the callback data (the registry refuses anything
it did not make), let the router save (one short transaction, the version compared and set in
it), answer the callback with the toast, then edit or send the screens. Updates of different
people run concurrently; one person's updates in one chat run in order
(`PerPersonUpdateProcessor`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import ssl
import sys
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from datetime import timedelta
from functools import cache, partial
from typing import Any, TypeVar

import httpx
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
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    TelegramError,
)
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    BaseUpdateProcessor,
    ContextTypes,
    ExtBot,
    TypeHandler,
)
from telegram.request import HTTPXRequest

from bot.budget import SharedBudget
from bot.drawing import CardDrawings, fingerprint
from bot.i18n import translator
from bot.logs import describe
from bot.members import TelegramMembers
from bot.outbox import GroupOutbox, Job, Slot
from bot.presenter import revoke_invite, serve_presenter
from bot.retrying import RetryingRequest
from bot.settings import Settings
from bot.wiring import App, build_app
from flows.engine.actions import Registry
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
    toast_of,
)
from flows.engine.events import Actor, Event, Scope
from flows.engine.router import Router
from flows.engine.store import DueReminder, Notice, Source
from flows.engine.translator import Translator

log = logging.getLogger(__name__)
# python-telegram-bot warns on every 429 unless its coming `retry_after` type (a timedelta)
# is chosen; nothing here reads it, so the coming type is chosen.
os.environ.setdefault("PTB_TIMEDELTA", "1")

START_PAYLOAD = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
# The only updates the bot handles; asking for others would only bring work and risk.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.MY_CHAT_MEMBER]
# On a stop, how long what waits for a group's budget may still take to go out.
STOP_WAIT_SECONDS = 10.0


def file_base_url(base_url: str) -> str:
    """`https://api.telegram.org/bot` -> `https://api.telegram.org/file/bot`."""
    head, _, _ = base_url.rstrip("/").rpartition("/bot")
    return f"{head}/file/bot"


def parse_start_payload(arg: str) -> str | None:
    """A deep-link payload (`t.me/bot?start=...`): kept only if it has Telegram's shape."""
    arg = arg.strip()
    return arg if START_PAYLOAD.match(arg) else None


def keyboard(registry: Registry, screen: Screen, scope: Scope | None
             ) -> InlineKeyboardMarkup | None:
    if not screen.buttons:
        return None
    scope = scope or Scope(version=0)
    rows = []
    for row in screen.buttons:
        # Telegram does not mirror keyboards for right-to-left readers: a row runs from the
        # right when its screen is read from the right.
        row = tuple(reversed(row)) if screen.rtl else row
        cells = []
        for button in row:
            if button.url:
                cells.append(InlineKeyboardButton(button.label, url=button.url))
            else:
                assert button.action is not None
                data = registry.encode(button.action.id, button.arg, scope)
                cells.append(InlineKeyboardButton(button.label, callback_data=data))
        rows.append(cells)
    return InlineKeyboardMarkup(rows)


Dropped = Callable[[object], Awaitable[None]]
T = TypeVar("T", DueReminder, Notice)


class PerPersonUpdateProcessor(BaseUpdateProcessor):
    """Concurrent across people; in order for one person in one chat; fair under a flood.

    Serialising a whole group chat would make a burst of taps on a group card run one at a
    time; keying by (chat, user) keeps each person's events ordered and no more. At most
    `per_person` of one person's updates wait; the rest are dropped at once (`dropped` answers
    a dropped tap), so a flood neither fills the shared slots nor queues without bound, nor
    spends the bot's sending budget on replies nobody can read.
    """

    def __init__(self, max_concurrent_updates: int = 4096, per_person: int = 8) -> None:
        super().__init__(max_concurrent_updates)
        self.per_person = per_person
        self.dropped: Dropped | None = None
        self._locks: dict[tuple[int | None, int | None], asyncio.Lock] = {}
        self._holders: dict[tuple[int | None, int | None], int] = {}
        self._drops: dict[tuple[int | None, int | None], int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _person_key(update)
        if key != (None, None) and self._holders.get(key, 0) >= self.per_person:
            if isinstance(coroutine, Coroutine):
                coroutine.close()  # never started: nothing of it ran
            self._drops[key] = self._drops.get(key, 0) + 1
            if self.dropped is not None:
                await self.dropped(update)
            return
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
                if key in self._drops:
                    log.info("Dropped %d updates of one person (too many waiting at once)",
                             self._drops.pop(key))

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None


class SafeBot(ExtBot[int]):
    """A bot whose polling survives an update python-telegram-bot cannot read.

    Unparsed, such an update stops everything: the library fetches the same batch again, many
    times a second, forever. Here the batch is fetched once more and read update by update; the
    unreadable one is replaced by an empty update with its id (so the offset moves past it) and
    logged once, by its id only.
    """

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        try:
            return await super().get_updates(*args, **kwargs)
        except TelegramError:
            raise  # the network loop retries those
        except Exception:
            # The updater passes everything by keyword; fetch the same batch again, raw.
            data = {key: kwargs.get(key) for key in ("offset", "limit", "allowed_updates")}
            raw = await self._post("getUpdates", {**data, "timeout": 0})
            return tuple(self._read(item) for item in raw if isinstance(item, dict)
                         and isinstance(item.get("update_id"), int))

    def _read(self, item: dict[str, Any]) -> Update:
        try:
            update = Update.de_json(item, self)
        except Exception as exc:
            log.warning("Skipped update %s: it could not be read (%s)", item["update_id"],
                        type(exc).__name__)
            update = Update(update_id=item["update_id"])
            update.set_bot(self)
        return update


def _person_key(update: object) -> tuple[int | None, int | None]:
    if isinstance(update, Update):
        chat = update.effective_chat
        user = update.effective_user
        return (chat.id if chat else None, user.id if user else None)
    return (None, None)


OTHER_KINDS = ("sticker", "photo", "voice", "video", "video_note", "audio", "document",
               "animation", "location", "contact", "poll", "dice", "venue")


def event_of(message: Message, bot_username: str) -> Event | None:
    """The flow event a message stands for (None: a command addressed to another bot)."""
    text = message.text
    mid = message.message_id
    if text is not None:
        if text.startswith("/"):
            head, _, arg = text[1:].partition(" ")
            name, _, addressee = head.partition("@")
            if addressee and addressee.lower() != bot_username.lower():
                return None
            if name.lower() == "start":
                return Event.command("start", parse_start_payload(arg) or "", message=mid)
            return Event.command(name, arg.strip(), message=mid)
        return Event.text(text, message=mid)
    for kind in OTHER_KINDS:
        if getattr(message, kind, None):
            return Event.other(kind, message=mid)
    return Event.other("message", message=mid)


class TelegramChannel:
    def __init__(self, app: App, bot: Bot) -> None:
        self.app = app
        self.router: Router = app.router
        self.bot = bot
        settings = app.settings
        self.drawings = CardDrawings(self.router.cards, settings.group_card_interval_seconds)
        self._outboxes: dict[int, GroupOutbox] = {}  # group chat id -> what waits for it
        # private chat -> the message whose buttons are the current ones there (this
        # process's knowledge: another process's sends it may not know)
        self._keyboards: dict[int, int] = {}
        self._reminding: set[asyncio.Task[int]] = set()  # a facilitator's reminders going out

    # groups: everything sent there goes through the group's budget --------------------------
    def outbox(self, chat_id: int) -> GroupOutbox:
        found = self._outboxes.get(chat_id)
        if found is None:
            settings = self.app.settings
            budget = SharedBudget(self.router.budgets, str(chat_id),
                                  settings.group_messages_per_window,
                                  settings.group_window_seconds)
            found = GroupOutbox(budget, settings.group_card_interval_seconds, self._redraw)
            self._outboxes[chat_id] = found
        return found

    def _to_group(self, chat_id: int, job: Job) -> None:
        self.outbox(chat_id).push(lambda: self._guarded(chat_id, job))

    async def _guarded(self, chat_id: int, job: Job) -> None:
        """A call to a group: a group that became a supergroup, or one the bot was removed
        from, is dealt with here, whichever call finds out first."""
        try:
            await job()
        except ChatMigrated as moved:
            await self.chat_moved(chat_id, moved.new_chat_id)
        except Forbidden:
            await self.chat_gone(chat_id)

    async def _redraw(self, card: int, urgent: bool, slot: Slot | None = None) -> bool:
        """Draw a card's message from the database, holding its claim (its screen is read
        with the claim); False when no call was made: another process draws it, or it would
        show nothing new (a changed vote often leaves the count as it was). The group
        budget's `slot` is given back with the claim, in one transaction."""
        claimed = await self.drawings.claim(card, urgent)
        if claimed is None:
            return False
        drawing, effect = claimed
        try:
            if effect is None or effect.message_id is None:
                await self.drawings.release(drawing, drawing.shown, drew=False, slot=slot)
                return False
            markup = keyboard(self.router.registry, effect.screen, effect.scope)
            shown = fingerprint(effect.screen.text, markup.to_json() if markup else "")
            if shown == drawing.shown:
                await self.drawings.release(drawing, shown, drew=False, slot=slot)
                return False
            chat_id = int(effect.chat)
            await self._guarded(chat_id, partial(
                self._edit_card_message, card, (chat_id, effect.message_id), effect.screen,
                markup))
        except BaseException:
            with contextlib.suppress(Exception):  # the claim runs out by itself
                await self.drawings.failed(drawing, slot)
            raise
        await self.drawings.release(drawing, shown, drew=True, slot=slot)
        return True

    async def draw_forever(self) -> None:
        """Draw the cards whose message shows less than was saved, whichever process took
        the votes (one that was stopped or killed, too)."""
        period = max(self.app.settings.group_card_interval_seconds, 1.0)
        while True:
            await asyncio.sleep(period)
            try:
                await self.draw_pending()
            except Exception as exc:  # the next look tries again
                log.error("Looking for cards to draw failed: %s", describe(exc))

    async def draw_pending(self) -> None:
        for card, chat in await self.drawings.to_draw():
            chat_id = int(chat)
            if chat_id < 0:
                self.outbox(chat_id).mark(card)
            else:
                await self._redraw(card, urgent=False)

    async def idle(self) -> None:
        """Wait until every group's queue is empty (tests; a clean stop)."""
        for outbox in list(self._outboxes.values()):
            await outbox.idle()

    # reminders: looked for in the database, so they survive restarts ------------------------
    async def send_reminders(self) -> int:
        """Send the reminders that are due; how many went out."""
        delay = timedelta(seconds=self.app.settings.reminder_delay_seconds)
        return await self._remind(await self.router.scheduled.due_reminders(delay))

    async def _remind(self, due: Sequence[DueReminder]) -> int:
        return await self._deliver(due, self.router.scheduled.remind, "reminder")

    async def run_job(self, job: int) -> bool:
        """Draw a recorded job and send what it makes, then mark it done; False when another
        process holds it (or it was done). A process killed before the end leaves it to
        `run_due_jobs`, here or elsewhere, after its claim runs out."""
        effects = await self.router.scheduled.run_job(job)
        if not effects:
            return False
        chat = next((int(e.chat) for e in effects
                     if isinstance(e, Attach | Send | RevokeInvites) and e.chat), None)
        try:
            if chat is not None:
                await self.apply(effects, chat, None)
        finally:
            await self.router.scheduled.job_done(job)
        return True

    async def run_due_jobs(self) -> int:
        """Jobs a process began and did not finish (killed while drawing a report), or never
        began: drawn now; how many."""
        done = 0
        for job in await self.router.scheduled.due_jobs():
            try:
                done += await self.run_job(job)
            except TelegramError as exc:
                log.info("A recorded job was not delivered (%s)", type(exc).__name__)
        return done

    async def send_notices(self) -> int:
        """Tell people what they are to be told once (in their private chat); how many."""
        scheduled = self.router.scheduled
        return await self._deliver(await scheduled.due_notices(), scheduled.notify, "notice")

    async def _deliver(self, due: Sequence[T], handle: Callable[[T], Awaitable[tuple[Effect, ...]]],
                       what: str) -> int:
        """Messages the bot sends on its own, each in its person's private chat (claimed by
        the router first, so never twice); how many went out."""
        sent = 0
        for one in due:
            try:
                effects = await handle(one)
                await self.apply(effects, int(one.chat), None)
            except TelegramError as exc:  # blocked, or gone: claimed, so never retried
                log.info("A %s was not delivered (%s)", what, type(exc).__name__)
                continue
            sent += bool(effects)
        return sent

    async def remind_forever(self) -> None:
        while True:
            await asyncio.sleep(self.app.settings.reminder_check_seconds)
            try:
                held = timedelta(seconds=self.app.settings.held_text_seconds)
                await self.router.scheduled.expire_held(held)
                await self.run_due_jobs()
                await self.router.scheduled.run_tasks()
                await self.send_notices()
                await self.send_reminders()
            except Exception as exc:  # the next round of checks tries again
                log.error("Looking for reminders failed: %s", describe(exc))

    async def chat_gone(self, chat_id: int) -> None:
        """The bot was removed from a group: its sessions end there, votes kept."""
        outbox = self._outboxes.pop(chat_id, None)
        if outbox is not None:
            outbox.forget()
        told = await self.router.cards.chat_closed(str(chat_id))
        log.info("Removed from a group: its sessions ended")
        await self.apply(told, chat_id, None)

    async def chat_moved(self, old: int, new: int) -> None:
        """A group became a supergroup: its open cards are posted again in the new chat."""
        outbox = self._outboxes.pop(old, None)
        if outbox is not None:
            outbox.forget()
        await self.apply(await self.router.cards.chat_moved(str(old), str(new)), new, None)

    def actor(self, update: Update) -> Actor:
        chat, user = update.effective_chat, update.effective_user
        assert chat is not None and user is not None
        source = Source.PRIVATE if chat.type == ChatType.PRIVATE else Source.GROUP
        return Actor(str(chat.id), f"tg:{user.id}", source, user.language_code)

    def translator_for(self, update: Update) -> Translator:
        """For messages the channel itself writes (outside any flow)."""
        user = update.effective_user
        code = user.language_code if user else None
        return translator(self.app.languages.negotiate(code))

    async def on_update(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.callback_query is not None:
            await self.on_callback(update, update.callback_query)
        elif update.my_chat_member is not None:
            member = update.my_chat_member
            if member.chat.type != ChatType.PRIVATE and member.new_chat_member.status in (
                "left", "kicked"
            ):
                await self.chat_gone(member.chat.id)
        elif update.message is not None and update.message.migrate_to_chat_id is not None:
            await self.chat_moved(update.message.chat_id, update.message.migrate_to_chat_id)
        elif update.message is not None and update.message.migrate_from_chat_id is not None:
            await self.chat_moved(update.message.migrate_from_chat_id, update.message.chat_id)
        elif update.message is not None and update.effective_user is not None:
            await self.on_message(update, update.message, context)

    async def on_message(
        self, update: Update, message: Message, context: ContextTypes.DEFAULT_TYPE
    ) -> None:
        event = event_of(message, context.bot.username)
        if event is None:
            return
        try:
            effects = await self.router.handle(self.actor(update), event)
        except Exception as exc:
            await self.not_saved(update, exc)
            return
        await self.show(update, effects, message.chat_id, tapped=None)

    async def on_callback(self, update: Update, query: CallbackQuery) -> None:
        decoded = self.router.registry.decode(query.data)
        message = query.message
        if decoded is None or not isinstance(message, Message) or update.effective_user is None:
            t = self.translator_for(update)
            await answer_quietly(query, Toast(t.gettext(
                "This button is not valid. Nothing changed."
            )))
            return
        event = Event.action(
            decoded.action_id, decoded.arg, decoded.scope, message=message.message_id,
            order=update.update_id, decoded=decoded.action,
        )
        try:
            effects = await self.router.handle(self.actor(update), event)
        except Exception as exc:
            await self.not_saved(update, exc)
            return
        await answer_quietly(query, toast_of(effects))
        await self.show(update, effects, message.chat_id, tapped=message)

    async def not_saved(self, update: Update, error: Exception) -> None:
        """The event was rolled back (the database refused it, or a flow failed): say that it
        was not saved, which is true, and that earlier answers are safe."""
        log.error("Update %s not applied: %s", update.update_id, describe(error))
        t = self.translator_for(update)
        if update.callback_query is not None:
            await answer_quietly(update.callback_query, Toast(t.gettext(
                "Not saved: something went wrong on my side. Please try again in a minute."
            )))
        await self._tell(update, t.gettext(
            "Sorry, something went wrong on my side, so that was not saved. Your earlier "
            "answers are safe. Please try again in a minute."
        ))

    async def show(self, update: Update, effects: tuple[Effect, ...], chat_id: int,
                   tapped: Message | None) -> None:
        """Send the screens of an event that was saved; if that fails, say it was saved."""
        try:
            await self.apply(effects, chat_id, tapped)
        except Forbidden:
            log.info("Update %s: the person has blocked the bot", update.update_id)
        except Exception as exc:
            log.error("Update %s saved, its screen not shown: %s", update.update_id,
                      describe(exc))
            t = self.translator_for(update)
            await self._tell(update, t.gettext(
                "Sorry, something went wrong on my side. Your answers are saved; "
                "send /start to continue where you were."
            ))

    async def _tell(self, update: Update, text: str) -> None:
        if update.effective_chat is None or update.effective_chat.type != ChatType.PRIVATE:
            return  # in a group the toast has said it: the group's budget is for the session
        try:
            await self.bot.send_message(update.effective_chat.id, text)
        except TelegramError as exc:
            log.warning("Update %s: could not send the apology (%s)", update.update_id,
                        type(exc).__name__)

    async def on_dropped(self, update: object) -> None:
        """A tap dropped because the same person has too many waiting still gets its answer."""
        if isinstance(update, Update) and update.callback_query is not None:
            t = self.translator_for(update)
            await answer_quietly(update.callback_query, Toast(t.gettext(
                "Too many taps at once: that one was not used. Please wait a moment."
            )))

    async def apply(self, effects: tuple[Effect, ...], chat_id: int, tapped: Message | None
                    ) -> None:
        """Turn the router's effects into Bot API calls (the toast is answered before); what
        goes to a group waits for the group's budget, without holding up this event."""
        for effect in effects:
            if isinstance(effect, Replace):
                markup = keyboard(self.router.registry, effect.screen, effect.scope)
                if tapped is not None and effect.screen.protect \
                        and not tapped.has_protected_content:
                    # a confidential round's screen never goes into a message sent
                    # unprotected: it is sent anew, protected
                    await self._call(tapped.chat_id, partial(
                        self._send, tapped.chat_id, effect.screen, markup))
                    tapped = None
                elif tapped is not None:
                    await self._call(tapped.chat_id, partial(
                        self._edit, tapped.chat_id, tapped.message_id, effect.screen, markup))
                    tapped = None  # only the first replacing screen edits the tapped message
                else:
                    await self._call(chat_id, partial(self._send, chat_id, effect.screen, markup))
            elif isinstance(effect, Send):
                markup = keyboard(self.router.registry, effect.screen, effect.scope)
                target = int(effect.chat) if effect.chat is not None else chat_id
                await self._call(target, partial(self._send, target, effect.screen, markup))
            elif isinstance(effect, PostCard):
                await self._call(int(effect.chat), partial(self._post_card, effect))
            elif isinstance(effect, EditCard | CardChanged):
                # where the card is, as the event found it (a card not posted yet: as stored)
                address = ((effect.chat, effect.message_id) if effect.message_id is not None
                           else await self.router.cards.card_message(effect.card))
                move = isinstance(effect, EditCard)
                if address is None:
                    log.warning("Card %s has no message to edit", effect.card)
                elif int(address[0]) >= 0:  # a private chat has no budget to keep
                    await self._redraw(effect.card, urgent=move)
                elif move:
                    self.outbox(int(address[0])).push_card(effect.card)  # before counts
                else:
                    self.outbox(int(address[0])).mark(effect.card)
            elif isinstance(effect, Attach):
                target = int(effect.chat) if effect.chat is not None else chat_id
                await self._call(target, partial(self._attach, target, effect))
            elif isinstance(effect, RunJob):
                await self.run_job(effect.job)
            elif isinstance(effect, RevokeInvites):
                for link in effect.links:
                    await revoke_invite(self.bot, effect.chat, link)
            elif isinstance(effect, Reminders):  # not holding up the facilitator's screen
                task = asyncio.get_running_loop().create_task(self._remind(effect.due))
                self._reminding.add(task)
                task.add_done_callback(self._reminding.discard)

    async def _call(self, chat_id: int, job: Callable[[], Awaitable[object]]) -> None:
        """A call to a private chat is made now; one to a group waits for its budget."""
        if chat_id < 0:
            self._to_group(chat_id, job)
        else:
            await job()

    async def _post_card(self, effect: PostCard) -> None:
        markup = keyboard(self.router.registry, effect.screen, effect.scope)
        sent = await self._send(int(effect.chat), effect.screen, markup)
        shown = fingerprint(effect.screen.text, markup.to_json() if markup else "")
        await self.router.cards.card_posted(effect.card, sent.message_id, shown)

    async def _attach(self, chat_id: int, effect: Attach) -> None:
        attachment = effect.attachment
        protect = True if attachment.protect else None
        if attachment.kind == "image":
            await self.bot.send_photo(
                chat_id, attachment.data, caption=attachment.caption[:1024],
                filename=attachment.filename, protect_content=protect,
            )
        else:
            await self.bot.send_document(
                chat_id, attachment.data, filename=attachment.filename,
                caption=attachment.caption[:1024], protect_content=protect,
            )

    async def _edit(self, chat_id: int, message_id: int, screen: Screen,
                    markup: InlineKeyboardMarkup | None) -> Message | None:
        """Edit a message; the new message when it had to be sent anew instead."""
        try:
            await self.bot.edit_message_text(
                screen.text, chat_id=chat_id, message_id=message_id,
                parse_mode=ParseMode.HTML, reply_markup=markup, link_preview_options=NO_PREVIEW,
            )
            if markup is not None and chat_id >= 0:
                await self._supersede(chat_id, message_id)
        except BadRequest as exc:
            problem = str(exc).lower()
            # A repeated tap re-renders the same screen: Telegram calls that an error.
            if "message is not modified" in problem:
                return None
            # Old messages (about 48 hours) can no longer be edited: show the screen anew.
            if "can't be edited" in problem or "message to edit not found" in problem:
                return await self._send(chat_id, screen, markup)
            raise
        return None

    async def _edit_card_message(self, card: int, address: tuple[int, int], screen: Screen,
                                 markup: InlineKeyboardMarkup | None) -> None:
        sent = await self._edit(*address, screen, markup)
        if sent is not None:  # the old message could not be edited: the new one is the card
            shown = fingerprint(screen.text, markup.to_json() if markup else "")
            await self.router.cards.card_posted(card, sent.message_id, shown)

    async def _send(self, chat_id: int, screen: Screen, markup: InlineKeyboardMarkup | None
                    ) -> Message:
        sent = await self.bot.send_message(
            chat_id, screen.text, parse_mode=ParseMode.HTML, reply_markup=markup,
            link_preview_options=NO_PREVIEW, protect_content=True if screen.protect else None,
        )
        if markup is not None and chat_id >= 0:
            await self._supersede(chat_id, sent.message_id)
        return sent

    async def _supersede(self, chat_id: int, current: int) -> None:
        """A new screen with buttons in a private chat: the earlier one's buttons go, so that
        nobody answers on a question that has moved on (a press there would only be told so)."""
        earlier = self._keyboards.get(chat_id)
        self._keyboards[chat_id] = current
        if earlier is None or earlier == current:
            return
        try:
            await self.bot.edit_message_reply_markup(chat_id, earlier, reply_markup=None)
        except TelegramError as exc:  # gone, too old, or already without buttons
            log.debug("An earlier screen kept its buttons (%s)", type(exc).__name__)


async def answer_quietly(query: CallbackQuery, toast: Toast | None) -> None:
    """Answer a press; a re-delivered update's query may already be answered or expired."""
    try:
        if toast is None:
            await query.answer()
        else:
            await query.answer(toast.text, show_alert=toast.alert, url=toast.url)
    except TelegramError as exc:  # the toast is lost; the screens still follow
        log.info("Could not answer a callback query (%s)", type(exc).__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The last resort, for errors outside the channel's own handling (which says precisely
    whether an answer was kept): logged by type and place, never by message."""
    number = update.update_id if isinstance(update, Update) else None
    error = context.error
    log.error("Update %s failed: %s", number, describe(error) if error else "unknown error")


# Telegram keys menus and descriptions by a two-letter language: where two catalogs share one,
# the one most people reading that language on Telegram use.
MENU_LOCALE = {"pt": "pt_BR"}


def menu_languages(available: Sequence[str], default: str) -> dict[str | None, str]:
    """Telegram's language code (None: everyone else) -> the catalog its menu is drawn in."""
    chosen: dict[str | None, str] = {None: default}
    for locale in available:
        language = locale.split("_")[0]
        preferred = MENU_LOCALE.get(language, language)
        if language not in chosen or locale == preferred:
            chosen[language] = locale
    return chosen


async def introduce(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """The command menu and the bot's descriptions ("What can this bot do?"), in every
    language there is a catalog for; the commands come from the registry."""
    app: App = application.bot_data["app"]
    bot = application.bot
    for language, locale in menu_languages(app.languages.available,
                                            app.languages.default).items():
        t = translator(locale)
        commands = [
            BotCommand(action.command, t.gettext(action.describe))
            for _, action in app.router.registry.commands()
            if action.command and action.describe
        ]
        await bot.set_my_commands(commands, language_code=language)
        await bot.set_my_description(t.gettext(
            "The MNR Assistant guides national teams, one tap at a time, through a "
            "self-assessment against the WeProtect Global Alliance Model National Response "
            "to child sexual exploitation and abuse. It is not a way to report abuse: if a "
            "child is in danger now, call the police or emergency services."
        ), language_code=language)
        await bot.set_my_short_description(t.gettext(
            "Self-assessment against the Model National Response (MNR) to child sexual "
            "exploitation and abuse."
        ), language_code=language)


@cache
def tls_context() -> ssl.SSLContext:
    """httpx's own default (the system's or certifi's certificates), made once per process:
    each HTTP client would otherwise read the certificates again (50 ms of CPU each)."""
    return httpx.create_ssl_context()


def build_application(settings: Settings) -> Application[Any, Any, Any, Any, Any, Any]:
    """The PTB Application; the database and flows are attached by `attach`."""
    bot = SafeBot(
        settings.require_token(),
        base_url=settings.telegram_api_base_url,
        base_file_url=file_base_url(settings.telegram_api_base_url),
        request=RetryingRequest(  # as ApplicationBuilder's defaults, but for the timeouts
            connection_pool_size=256, read_timeout=settings.telegram_timeout_seconds,
            write_timeout=settings.telegram_timeout_seconds,
            connect_timeout=settings.telegram_timeout_seconds,
            httpx_kwargs={"verify": tls_context()}),
        get_updates_request=HTTPXRequest(connection_pool_size=1,
                                         httpx_kwargs={"verify": tls_context()}),
        rate_limiter=rate_limiter(settings),
    )
    processor = PerPersonUpdateProcessor(per_person=settings.per_person_waiting)
    application = (
        ApplicationBuilder()
        .bot(bot)
        .concurrent_updates(processor)
        .post_init(attach)
        .post_shutdown(detach)
        .build()
    )
    application.bot_data["settings"] = settings
    application.bot_data["processor"] = processor
    return application


def rate_limiter(settings: Settings) -> AIORateLimiter:
    """Telegram's limits as a safety net (bench/taps.py gives the floor bot the same one)."""
    return AIORateLimiter(
        overall_max_rate=settings.overall_per_second,
        overall_time_period=1,
        group_max_rate=settings.group_messages_per_window,
        group_time_period=settings.group_window_seconds,
        max_retries=3,
    )


async def attach(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Migrate, open the store and register handlers (PTB's post_init)."""
    settings: Settings = application.bot_data["settings"]
    app = await build_app(settings, bot_username=application.bot.username)
    app.router.env.members = TelegramMembers(application.bot)
    webhook = bool(application.bot_data.get("webhook"))
    app.router.env.presenter_url = settings.presenter_base(webhook)
    application.bot_data["app"] = app
    channel = TelegramChannel(app, application.bot)
    application.bot_data["channel"] = channel
    application.bot_data["processor"].dropped = channel.on_dropped
    application.add_handler(TypeHandler(Update, channel.on_update))
    loop = asyncio.get_running_loop()
    application.bot_data["tasks"] = [loop.create_task(channel.remind_forever()),
                                      loop.create_task(channel.draw_forever())]
    application.add_error_handler(on_error)
    if not webhook and settings.presenter_port is not None:
        application.bot_data["presenter"] = serve_presenter(application, settings)
    try:
        await introduce(application)
    except TelegramError as exc:  # the menu stays as it was; the bot works without it
        log.warning("The command menu was not updated (%s)", type(exc).__name__)
    if "library_level" in application.bot_data:
        logging.getLogger("telegram").setLevel(application.bot_data.pop("library_level"))
    log.info("Polling %s as @%s", settings.telegram_api_base_url, application.bot.username)


async def detach(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    presenter = application.bot_data.pop("presenter", None)
    if presenter is not None:  # the page's own port, in polling mode
        presenter.stop()
        await presenter.close_all_connections()
    channel: TelegramChannel | None = application.bot_data.get("channel")
    if channel is not None:  # what waits for a group's budget goes out first
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(channel.idle(), STOP_WAIT_SECONDS)
    tasks: list[asyncio.Task[None]] = application.bot_data.pop("tasks", [])
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError):
            await task
    app: App | None = application.bot_data.get("app")
    if app is not None:
        await app.close()


def run_polling(settings: Settings) -> int:
    application = build_application(settings)
    # Until the bot has reached the Bot API, a failure is ours to report in one line.
    library = logging.getLogger("telegram")
    application.bot_data["library_level"] = library.level
    library.setLevel(logging.CRITICAL + 1)
    try:
        application.run_polling(
            poll_interval=settings.poll_interval_seconds,
            allowed_updates=ALLOWED_UPDATES,
            drop_pending_updates=False,
        )
    except (InvalidToken, NetworkError) as exc:
        return start_failed(settings, exc)
    return 0


def start_failed(settings: Settings, exc: InvalidToken | NetworkError) -> int:
    """The Bot API refused the token or could not be reached at start: one line, an exit
    code."""
    if isinstance(exc, InvalidToken):
        print("Configuration error: Telegram rejected TELEGRAM_BOT_TOKEN (InvalidToken).",
              file=sys.stderr)
        return 2
    print(f"Network error: cannot reach the Telegram Bot API at "
          f"{settings.telegram_api_base_url} ({exc.message.splitlines()[0][:120]}).",
          file=sys.stderr)
    return 1
