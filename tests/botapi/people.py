"""The user side of the fake Bot API: simulated people and groups, and what they see.

Why: end-to-end tests should read like someone using Telegram ("send /start, press Yes, see
the summary") instead of hand-built update JSON. A ``Person`` turns actions into the updates
Telegram would send the bot, and reads back the bot's messages as ``Screen`` snapshots.

The action methods are async and return as soon as the update is queued; the ``wait_*``
helpers poll the server's state every 10 ms with ``asyncio.sleep`` so the bot keeps running in
the same event loop.
"""

from __future__ import annotations

import asyncio
import re
import struct
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .server import BotApiServer, StoredFile, StoredMessage

JSON = dict[str, Any]
Label = str | Callable[[str], bool]

POLL_INTERVAL = 0.01
IDLE_INTERVAL = 0.05
# How long a test waits for the bot by default: generous, because the suite runs on every core
# and a bot process may be starting beside other tests; a passing wait ends at once.
WAIT_SECONDS = 30.0


def _png(width: int = 1, height: int = 1) -> bytes:
    """A valid white RGBA PNG: small, and its size header is readable."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    pixels = (b"\x00" + b"\xff" * 4 * width) * height
    return b"\x89PNG\r\n\x1a\n" + b"".join(
        (chunk(b"IHDR", header), chunk(b"IDAT", zlib.compress(pixels)), chunk(b"IEND", b""))
    )


TINY_PNG = _png()
_COMMAND_RE = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,})?")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _rows(markup: JSON | None) -> list[list[JSON]]:
    """Inline keyboard rows of a markup ([] for none or for a reply keyboard)."""
    rows = (markup or {}).get("inline_keyboard") or []
    return [list(row) for row in rows if row]


@dataclass(frozen=True)
class Screen:
    """A snapshot of one bot message as the user sees it.

    ``text`` is the text as the bot sent it (HTML tags included, "" for media); ``plain`` is
    what the user reads (tags stripped, entities decoded; the caption for media messages).
    """

    chat_id: int
    message_id: int
    text: str
    plain: str
    caption: str | None
    parse_mode: str | None
    buttons: list[list[str]]
    callback_data: dict[str, str]
    urls: dict[str, str]
    document: StoredFile | None
    photo: StoredFile | None
    reply_markup: JSON | None
    edits: int
    deleted: bool

    @property
    def labels(self) -> list[str]:
        """All inline button labels, row by row."""
        return [label for row in self.buttons for label in row]

    def data(self, label: str) -> str:
        """The callback_data of the button with this label."""
        if label not in self.callback_data:
            raise AssertionError(f"no callback button {label!r}; buttons: {self.buttons}")
        return self.callback_data[label]

    @classmethod
    def of(cls, message: StoredMessage) -> Screen:
        rows = _rows(message.reply_markup)
        callback_data: dict[str, str] = {}
        urls: dict[str, str] = {}
        for button in (button for row in rows for button in row):
            label = str(button.get("text", ""))
            if "callback_data" in button:
                callback_data.setdefault(label, str(button["callback_data"]))
            if "url" in button:
                urls.setdefault(label, str(button["url"]))
        return cls(
            chat_id=message.chat_id,
            message_id=message.message_id,
            text=message.text or "",
            plain=message.plain or "",
            caption=message.caption,
            parse_mode=message.parse_mode,
            buttons=[[str(button.get("text", "")) for button in row] for row in rows],
            callback_data=callback_data,
            urls=urls,
            document=_file_info(message, "document"),
            photo=_file_info(message, "photo"),
            reply_markup=message.reply_markup,
            edits=len(message.history),
            deleted=message.deleted,
        )


def _file_info(message: StoredMessage, kind: str) -> StoredFile | None:
    # StoredFile is frozen, so a screen can share it with the server safely.
    if message.file is None or kind not in message.media:
        return None
    return message.file


def bot_screens(server: BotApiServer, chat_id: int, include_deleted: bool = False) -> list[Screen]:
    """Every bot message in a chat as screens, oldest first."""
    return [
        Screen.of(message)
        for message in server.messages(chat_id)
        if include_deleted or not message.deleted
    ]


def last_screen(server: BotApiServer, chat_id: int) -> Screen:
    """The bot's most recent visible message in a chat; AssertionError if there is none."""
    screens = bot_screens(server, chat_id)
    if not screens:
        raise AssertionError(f"the bot has no message in chat {chat_id}")
    return screens[-1]


def describe_chat(server: BotApiServer, chat_id: int) -> str:
    """The current screen for failure messages."""
    try:
        screen = last_screen(server, chat_id)
    except AssertionError as exc:
        return str(exc)
    return f"current screen (message {screen.message_id}): {screen.plain!r} {screen.buttons}"


async def wait_until(
    predicate: Callable[[], Any],
    timeout: float,
    describe: Callable[[], str],
    server: BotApiServer | None = None,
) -> Any:
    """Check predicate() until truthy and return its value; AssertionError with context on
    timeout. An AssertionError raised by the predicate (e.g. "no message yet") counts as "not
    yet".

    With a server, it is checked again when the server records a change (at most every
    POLL_INTERVAL) and at least every IDLE_INTERVAL, for what the server does not count (a
    database row, a request in flight); without one, every POLL_INTERVAL. Dozens of people
    waiting at once cost little CPU between the bot's replies.
    """
    deadline = time.monotonic() + timeout
    problem: AssertionError | None = None
    while True:
        checked = time.monotonic()
        seen = server.version if server is not None else 0
        try:
            value = predicate()
        except AssertionError as exc:
            value, problem = None, exc
        if value:
            return value
        if checked >= deadline:
            detail = f"; last error: {problem}" if problem else ""
            raise AssertionError(f"timed out after {timeout} s; {describe()}{detail}")
        if server is not None:
            await server.changed(seen, min(IDLE_INTERVAL, deadline - checked))
        rest = POLL_INTERVAL - (time.monotonic() - checked)
        if rest > 0:
            await asyncio.sleep(rest)


class Group:
    """A group chat (negative id) the simulated people can talk in."""

    def __init__(self, server: BotApiServer, chat_id: int) -> None:
        self.server = server
        self.id = chat_id

    def __repr__(self) -> str:
        return f"Group({self.id}, {self.title!r})"

    @property
    def title(self) -> str:
        return str(self.server.chat_json(self.id)["title"])

    def set_status(self, member: Person | int, status: str) -> None:
        """Status getChatMember reports for this member ("creator", "administrator", ...)."""
        user_id = member.id if isinstance(member, Person) else member
        self.server.set_member_status(self.id, user_id, status)

    def set_bot_status(self, status: str) -> None:
        """The bot's own membership ("left" or "kicked" make sends fail with 403)."""
        self.server.set_member_status(self.id, int(self.server.bot_user["id"]), status)

    async def add_bot(self, by: Person, status: str = "member") -> int:
        """Someone adds the bot to the group: a my_chat_member update; returns its update_id."""
        return self._membership_update(by, "left", status)

    async def remove_bot(self, by: Person) -> int:
        return self._membership_update(by, self._bot_status(), "left")

    def screen(self) -> Screen:
        return last_screen(self.server, self.id)

    def messages(self, include_deleted: bool = False) -> list[Screen]:
        return bot_screens(self.server, self.id, include_deleted)

    def _bot_status(self) -> str:
        return self.server.member_status(self.id, int(self.server.bot_user["id"]))

    def _membership_update(self, by: Person, old: str, new: str) -> int:
        bot = int(self.server.bot_user["id"])
        self.set_bot_status(new)
        return self.server.enqueue(
            {
                "my_chat_member": {
                    "chat": self.server.chat_json(self.id),
                    "from": by.user,
                    "date": int(time.time()),
                    "old_chat_member": self.server.member_json(old, bot),
                    "new_chat_member": self.server.member_json(new, bot),
                }
            }
        )


class Person:
    """A simulated Telegram user: sends messages, presses buttons, reads the bot's screens."""

    def __init__(self, server: BotApiServer, user_id: int) -> None:
        self.server = server
        self.id = user_id

    def __repr__(self) -> str:
        return f"Person({self.id}, {self.user.get('first_name')!r})"

    @property
    def user(self) -> JSON:
        """The Bot API User object Telegram sends for this person."""
        return self.server.user_json(self.id)

    def chat_id(self, chat: Group | int | None = None) -> int:
        """The id of `chat`, or of this person's private chat with the bot."""
        if chat is None:
            return self.id
        return chat.id if isinstance(chat, Group) else chat

    # ------------------------------------------------------------------ actions

    async def send(
        self,
        text: str,
        chat: Group | int | None = None,
        *,
        reply_to: Screen | int | None = None,
        times: int = 1,
    ) -> int:
        """Send a text; commands carry a bot_command entity as on Telegram. Returns message id.

        times=2 delivers the same update twice (a re-delivery), to test idempotency.
        """
        content: JSON = {"source": text, "plain": text, "entities": _command_entities(text)}
        return self._post(chat, content, reply_to, times)

    async def reply(self, to: Screen | int, text: str, chat: Group | int | None = None) -> int:
        """Reply to a message (in groups this is what privacy mode lets through)."""
        if isinstance(to, Screen) and chat is None:
            chat = to.chat_id
        return await self.send(text, chat, reply_to=to)

    async def send_sticker(self, chat: Group | int | None = None, emoji: str = "👍") -> int:
        stored = self.server.register_file(b"RIFF-sticker", "sticker.webp", "image/webp")
        sticker = {
            **_file_fields(stored.file_id, stored.file_unique_id, stored.size),
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "type": "regular",
            "emoji": emoji,
        }
        return self._post(chat, {"media": {"sticker": sticker}, "file": stored}, None, 1)

    async def send_photo(
        self, chat: Group | int | None = None, caption: str | None = None, content: bytes = TINY_PNG
    ) -> int:
        stored = self.server.register_file(content, None, "image/png")
        size = {**_file_fields(stored.file_id, stored.file_unique_id, stored.size)}
        size.update(width=1, height=1)
        return self._post(chat, _media_content("photo", [size], stored, caption), None, 1)

    async def send_voice(
        self, chat: Group | int | None = None, duration: int = 2, content: bytes = b"OggS-voice"
    ) -> int:
        stored = self.server.register_file(content, None, "audio/ogg")
        voice = {**_file_fields(stored.file_id, stored.file_unique_id, stored.size)}
        voice.update(duration=duration, mime_type="audio/ogg")
        return self._post(chat, {"media": {"voice": voice}, "file": stored}, None, 1)

    async def send_document(
        self,
        chat: Group | int | None = None,
        file_name: str = "notes.txt",
        content: bytes = b"hello\n",
        mime_type: str | None = None,
        caption: str | None = None,
    ) -> int:
        stored = self.server.register_file(content, file_name, mime_type)
        document = {**_file_fields(stored.file_id, stored.file_unique_id, stored.size)}
        mime = stored.mime_type or "application/octet-stream"
        document.update(file_name=file_name, mime_type=mime)
        return self._post(chat, _media_content("document", document, stored, caption), None, 1)

    async def press(
        self,
        label: Label,
        chat: Group | int | None = None,
        message_id: int | None = None,
        *,
        times: int = 1,
    ) -> str:
        """Press the button with this label (or the first label the callable accepts).

        Looks on `message_id`, else on the bot's latest message with an inline keyboard.
        Returns the callback query id (for wait_answered).
        """
        chat_id = self.chat_id(chat)
        screen = self._keyboard_screen(chat_id, message_id)
        matches = label if callable(label) else (lambda text: text == label)
        found = next((text for text in screen.labels if matches(text)), None)
        if found is None:
            raise AssertionError(
                f"no button {label!r} on message {screen.message_id} in chat {chat_id}; "
                f"available: {screen.labels}"
            )
        if found not in screen.callback_data:
            raise AssertionError(f"button {found!r} is not a callback button")
        return self.server.post_callback_query(
            self.id, chat_id, screen.message_id, screen.callback_data[found], times
        )

    async def press_data(
        self,
        data: str,
        message_id: int | None = None,
        chat: Group | int | None = None,
        *,
        times: int = 1,
    ) -> str:
        """Press with arbitrary (e.g. forged or stale) callback data on a bot message."""
        chat_id = self.chat_id(chat)
        if message_id is None:
            screens = bot_screens(self.server, chat_id)
            with_keyboard = [screen for screen in screens if screen.buttons]
            if not screens:
                raise AssertionError(f"the bot has no message in chat {chat_id} to press on")
            message_id = (with_keyboard or screens)[-1].message_id
        return self.server.post_callback_query(self.id, chat_id, message_id, data, times)

    def block(self) -> None:
        """Block the bot: its sends to this person fail with 403 Forbidden."""
        self.server.set_blocked(self.id, True)

    def unblock(self) -> None:
        self.server.set_blocked(self.id, False)

    # ------------------------------------------------------------------ what the person sees

    def screen(self, chat: Group | int | None = None) -> Screen:
        """The bot's latest visible message in the chat; AssertionError if there is none."""
        return last_screen(self.server, self.chat_id(chat))

    def messages(
        self, chat: Group | int | None = None, include_deleted: bool = False
    ) -> list[Screen]:
        """All the bot's messages in the chat, oldest first."""
        return bot_screens(self.server, self.chat_id(chat), include_deleted)

    @property
    def toasts(self) -> list[str | None]:
        """Answer texts of this person's button presses, in the order the bot answered."""
        return self.server.toasts(self.id)

    def answered(self, query_id: str) -> bool:
        record = self.server.query(query_id)
        return record is not None and record.answered

    def version(self, chat: Group | int | None = None) -> int:
        """Counts the bot's sends, edits and deletions in the chat."""
        return self.server.chat_version(self.chat_id(chat))

    # ------------------------------------------------------------------ waiting

    async def wait_for(
        self,
        predicate: Callable[[], Any],
        timeout: float = WAIT_SECONDS,
        chat: Group | int | None = None,
    ) -> Any:
        """Wait until predicate() is truthy; on timeout fail showing the current screen."""
        chat_id = self.chat_id(chat)
        return await wait_until(predicate, timeout, lambda: describe_chat(self.server, chat_id),
                                self.server)

    async def wait_answered(self, query_id: str, timeout: float = WAIT_SECONDS) -> str | None:
        """Wait until the bot answered this button press; returns the toast text."""
        await self.wait_for(lambda: self.answered(query_id), timeout)
        record = self.server.query(query_id)
        assert record is not None
        return record.text

    async def wait_screen(
        self, contains: str, timeout: float = WAIT_SECONDS, chat: Group | int | None = None
    ) -> Screen:
        """Wait until the latest bot message in the chat shows `contains` (in plain text)."""

        def showing() -> Screen | None:
            screen = self.screen(chat)
            return screen if contains in screen.plain else None

        result: Screen = await self.wait_for(showing, timeout, chat)
        return result

    async def wait_change(
        self, since: int, chat: Group | int | None = None, timeout: float = WAIT_SECONDS
    ) -> Screen:
        """Wait until the bot sent, edited or deleted something after version `since`."""
        await self.wait_for(lambda: self.version(chat) > since, timeout, chat)
        return self.screen(chat)

    async def ask(
        self, text: str, chat: Group | int | None = None, timeout: float = WAIT_SECONDS
    ) -> Screen:
        """Send a text and return the screen after the bot's first reaction in that chat."""
        before = self.version(chat)
        await self.send(text, chat)
        return await self.wait_change(before, chat, timeout)

    # ------------------------------------------------------------------ internals

    def _post(
        self,
        chat: Group | int | None,
        content: JSON,
        reply_to: Screen | int | None,
        times: int,
    ) -> int:
        target = reply_to.message_id if isinstance(reply_to, Screen) else reply_to
        message = self.server.post_user_message(self.id, self.chat_id(chat), content, target, times)
        return message.message_id

    def _keyboard_screen(self, chat_id: int, message_id: int | None) -> Screen:
        if message_id is not None:
            message = self.server.message(chat_id, message_id)
            if message is None or message.deleted or not message.from_bot:
                raise AssertionError(f"no bot message {message_id} in chat {chat_id}")
            return Screen.of(message)
        screens = [screen for screen in bot_screens(self.server, chat_id) if screen.buttons]
        if not screens:
            raise AssertionError(
                f"no bot message with buttons in chat {chat_id}; "
                f"{describe_chat(self.server, chat_id)}"
            )
        return screens[-1]


def _command_entities(text: str) -> list[JSON]:
    """A leading /command gets a bot_command entity, as Telegram's clients produce."""
    match = _COMMAND_RE.match(text)
    if match is None:
        return []
    return [{"type": "bot_command", "offset": 0, "length": _utf16_len(match.group())}]


def _file_fields(file_id: str, file_unique_id: str, size: int) -> JSON:
    return {"file_id": file_id, "file_unique_id": file_unique_id, "file_size": size}


def _media_content(kind: str, media: Any, stored: Any, caption: str | None) -> JSON:
    content: JSON = {"media": {kind: media}, "file": stored, "is_caption": True}
    if caption:
        content.update(source=caption, plain=caption, entities=_command_entities(caption))
    return content
