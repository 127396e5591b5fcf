"""A local fake Telegram Bot API server for end-to-end tests.

Why it exists: the tests must run the real python-telegram-bot ``Application`` (its HTTP layer,
polling loop, error handling) without reaching Telegram. This server speaks the Bot API over real
HTTP on 127.0.0.1, keeps Telegram's state (chats, messages, callback queries, update queue) and
answers with Telegram's own error descriptions, so the bot's handling of "message is not
modified", 429 and friends is exercised for real.

It runs in its own thread with its own asyncio loop, so it serves an in-process ``Application``
running in the test's loop just as well as a bot running in a separate OS process (which may be
SIGKILLed and restarted while the server keeps its state).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import copy
import dataclasses
import html
import itertools
import json
import logging
import math
import mimetypes
import random
import re
import secrets
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit

import tornado.httpclient
import tornado.httpserver
import tornado.httputil
import tornado.netutil
import tornado.web

from .people import WAIT_SECONDS, Group, Person

JSON = dict[str, Any]

_LOG = logging.getLogger(__name__)

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
TOAST_LIMIT = 200
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"
MEMBER_STATUSES = frozenset({"creator", "administrator", "member", "restricted", "left", "kicked"})
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
# Update types Telegram leaves out when allowed_updates was never set.
_NOT_DEFAULT_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


# --------------------------------------------------------------------------------------------
# Errors and text measurement
# --------------------------------------------------------------------------------------------


class ApiError(Exception):
    """A Bot API error answer. Method handlers raise it; the HTTP layer turns it into JSON."""

    def __init__(self, code: int, description: str, retry_after: float | None = None,
                 migrate_to: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after
        self.migrate_to = migrate_to

    def payload(self) -> JSON:
        """The JSON body Telegram sends for this error."""
        body: JSON = {"ok": False, "error_code": self.code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        if self.migrate_to is not None:
            body["parameters"] = {"migrate_to_chat_id": self.migrate_to}
        return body


# Recorded for a request whose client went away before it was served (nothing is sent).
_HUNG_UP = ApiError(499, "Client Closed Request")


def bad_request(detail: str) -> ApiError:
    """A 400 with Telegram's "Bad Request: " prefix (PTB strips it and capitalises the rest)."""
    return ApiError(400, f"Bad Request: {detail}")


def utf16_len(text: str) -> int:
    """Telegram measures text and entity offsets in UTF-16 code units, not code points."""
    return len(text.encode("utf-16-le")) // 2


# --------------------------------------------------------------------------------------------
# HTML parse mode
# --------------------------------------------------------------------------------------------


class EntityParseError(ValueError):
    """HTML that Telegram would refuse with "can't parse entities"."""


_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(?:([a-zA-Z]+)|#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8}));")
_PLAIN_RUN_RE = re.compile(r"[^<&]+")
_ATTR_PATTERN = r"""[^\s=>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?"""
_START_TAG_RE = re.compile(rf"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+{_ATTR_PATTERN})*)\s*/?>")
_ATTR_RE = re.compile(r"""([^\s=>"'/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_END_TAG_RE = re.compile(r"</([a-zA-Z][a-zA-Z0-9-]*)\s*>")
_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
_SUPPORTED_TAGS = frozenset({*_SIMPLE_TAGS, "a", "span", "tg-emoji"})


@dataclass
class _OpenTag:
    name: str
    attrs: dict[str, str]
    offset: int  # UTF-16 offset in the plain text where the tag's content starts


class _HtmlParser:
    """Telegram's HTML parse mode: plain text plus entities, or an EntityParseError.

    Stricter than Telegram in one place on purpose: a bare "&" that starts no entity is refused
    (the Bot API docs require escaping it; tdlib happens to let it through).
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.length = 0
        self.entities: list[JSON] = []
        self.stack: list[_OpenTag] = []

    def parse(self) -> tuple[str, list[JSON]]:
        i = 0
        while i < len(self.source):
            ch = self.source[i]
            if ch == "&":
                i = self._entity(i)
            elif ch == "<":
                i = self._end_tag(i) if self.source.startswith("</", i) else self._start_tag(i)
            else:
                run = _PLAIN_RUN_RE.match(self.source, i)
                assert run is not None
                self._emit(run.group())
                i = run.end()
        if self.stack:
            name = self.stack[-1].name
            raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{name}"')
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.parts), self.entities

    def _byte_offset(self, i: int) -> int:
        return len(self.source[:i].encode("utf-8"))

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        self.length += utf16_len(text)

    def _entity(self, i: int) -> int:
        match = _ENTITY_RE.match(self.source, i)
        if match is None:
            raise EntityParseError(
                f"Character '&' at byte offset {self._byte_offset(i)} does not start an HTML "
                "entity; escape it as &amp;"
            )
        name, decimal, hexadecimal = match.groups()
        if name is not None:
            if name not in _NAMED_ENTITIES:
                raise EntityParseError(
                    f'Unsupported HTML entity "&{name};" at byte offset {self._byte_offset(i)}'
                )
            self._emit(_NAMED_ENTITIES[name])
        else:
            code = int(decimal) if decimal is not None else int(hexadecimal, 16)
            if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                raise EntityParseError(
                    f"Invalid numeric HTML entity at byte offset {self._byte_offset(i)}"
                )
            self._emit(chr(code))
        return match.end()

    def _start_tag(self, i: int) -> int:
        match = _START_TAG_RE.match(self.source, i)
        offset = self._byte_offset(i)
        if match is None:
            nxt = self.source[i + 1 : i + 2]
            if not nxt.isalpha():
                raise EntityParseError(f"Unexpected end of name token at byte offset {offset}")
            raise EntityParseError(f"Can't parse start tag at byte offset {offset}")
        name = match.group(1).lower()
        if name not in _SUPPORTED_TAGS:
            raise EntityParseError(f'Unsupported start tag "{name}" at byte offset {offset}')
        attrs = {
            found.group(1).lower(): html.unescape(
                next((value for value in found.groups()[1:] if value is not None), "")
            )
            for found in _ATTR_RE.finditer(match.group(2))
        }
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise EntityParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {offset}'
            )
        if name == "tg-emoji" and not attrs.get("emoji-id"):
            raise EntityParseError(
                f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset {offset}'
            )
        self.stack.append(_OpenTag(name, attrs, self.length))
        return match.end()

    def _end_tag(self, i: int) -> int:
        match = _END_TAG_RE.match(self.source, i)
        offset = self._byte_offset(i)
        if match is None:
            raise EntityParseError(f"Can't parse end tag at byte offset {offset}")
        name = match.group(1).lower()
        if not self.stack:
            raise EntityParseError(f'Unexpected end tag "{name}" at byte offset {offset}')
        tag = self.stack.pop()
        if tag.name != name:
            raise EntityParseError(
                f'Unmatched end tag at byte offset {offset}, expected "</{tag.name}>", '
                f'found "</{name}>"'
            )
        self._close(tag)
        return match.end()

    def _close(self, tag: _OpenTag) -> None:
        length = self.length - tag.offset
        language = tag.attrs.get("class", "")
        parent = self.stack[-1] if self.stack else None
        in_pre = parent is not None and parent.name == "pre"
        if tag.name == "code" and language.startswith("language-") and in_pre:
            assert parent is not None
            parent.attrs["language"] = language.removeprefix("language-")
            return
        entity = _entity_for(tag)
        if entity is not None and length > 0:
            entity.update(offset=tag.offset, length=length)
            self.entities.append(entity)


def _entity_for(tag: _OpenTag) -> JSON | None:
    """The MessageEntity (without offset/length) that a closed tag produces."""
    if tag.name == "span":
        return {"type": "spoiler"}
    if tag.name == "a":
        href = tag.attrs.get("href")
        return {"type": "text_link", "url": href} if href else None
    if tag.name == "tg-emoji":
        return {"type": "custom_emoji", "custom_emoji_id": tag.attrs["emoji-id"]}
    if tag.name == "blockquote" and "expandable" in tag.attrs:
        return {"type": "expandable_blockquote"}
    entity: JSON = {"type": _SIMPLE_TAGS[tag.name]}
    if tag.name == "pre" and tag.attrs.get("language"):
        entity["language"] = tag.attrs["language"]
    return entity


def parse_html(source: str) -> tuple[str, list[JSON]]:
    """Plain text and entities for an HTML parse-mode text; EntityParseError if Telegram balks."""
    return _HtmlParser(source).parse()


def html_to_plain(source: str) -> str:
    """What a user sees for an HTML text: tags stripped, entities decoded (lenient on errors)."""
    try:
        return parse_html(source)[0]
    except EntityParseError:
        return html.unescape(re.sub(r"<[^>]*>", "", source))


# --------------------------------------------------------------------------------------------
# Reply markup validation
# --------------------------------------------------------------------------------------------

_BUTTON_ACTIONS = (
    "callback_data",
    "url",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "web_app",
    "copy_text",
    "callback_game",
    "pay",
)
_NO_ACTION = "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"


def validate_reply_markup(markup: Any) -> JSON | None:
    """Refuse keyboards the way Telegram does (data length, button counts, button shape)."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        _validate_inline_keyboard(markup["inline_keyboard"])
    return markup


def _validate_inline_keyboard(rows: Any) -> None:
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request(
            'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
        )
    if any(len(row) > 8 for row in rows) or sum(len(row) for row in rows) > 100:
        raise bad_request("BUTTONS_TOO_MUCH")
    for row in rows:
        for button in row:
            _validate_button(button)


def _validate_button(button: Any) -> None:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request(
            'can\'t parse inline keyboard button: Field "text" must be of type String'
        )
    if not button["text"].strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    if sum(1 for key in _BUTTON_ACTIONS if key in button) != 1:
        raise bad_request(_NO_ACTION)
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https", "tg"):
            raise bad_request("BUTTON_URL_INVALID")


def inline_keyboard(markup: JSON | None) -> list[list[JSON]] | None:
    """The rows of an inline keyboard, or None when the markup shows no inline buttons."""
    if not markup:
        return None
    rows = markup.get("inline_keyboard")
    if not rows or not any(rows):
        return None
    return [list(row) for row in rows if row]


def _normal_inline(markup: JSON | None) -> JSON | None:
    """Markup as Telegram compares it for "not modified": only inline keyboards count."""
    rows = inline_keyboard(markup)
    return {"inline_keyboard": rows} if rows else None


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart request, as PTB posted it."""

    filename: str | None
    content: bytes
    content_type: str | None


@dataclass(frozen=True)
class StoredFile:
    """A file known to the server (uploaded by the bot, or sent by a simulated user)."""

    file_id: str
    file_unique_id: str
    file_name: str | None
    mime_type: str | None
    content: bytes

    @property
    def size(self) -> int:
        return len(self.content)

    @property
    def path(self) -> str:
        """The file_path getFile returns; downloads are served under base_file_url."""
        return f"files/{self.file_unique_id}/{self.file_name or 'file'}"


@dataclass(frozen=True)
class Revision:
    """A message's content before one edit."""

    at: float
    source: str | None
    parse_mode: str | None
    plain: str | None
    reply_markup: JSON | None


@dataclass
class StoredMessage:
    """One message in a chat, from the bot or from a simulated user.

    ``source`` is the text or caption exactly as the bot sent it (HTML tags included); ``plain``
    is what Telegram shows and returns to the bot (tags stripped, entities decoded).
    """

    chat_id: int
    message_id: int
    sender: JSON
    date: int
    from_bot: bool
    source: str | None = None
    parse_mode: str | None = None
    plain: str | None = None
    entities: list[JSON] = field(default_factory=list)
    is_caption: bool = False
    reply_markup: JSON | None = None
    media: JSON = field(default_factory=dict)
    file: StoredFile | None = None
    reply_to: int | None = None
    edit_date: int | None = None
    history: list[Revision] = field(default_factory=list)
    deleted: bool = False
    delivered: bool = True
    protected: bool = False  # sent with protect_content: it cannot be forwarded or saved

    @property
    def text(self) -> str | None:
        """The message text as sent (None for media messages)."""
        return None if self.is_caption else self.source

    @property
    def caption(self) -> str | None:
        """The caption as sent (None for text messages)."""
        return self.source if self.is_caption else None


@dataclass
class CallbackRecord:
    """A callback query a simulated user made, and how the bot answered it."""

    query_id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str
    created: float
    update_id: int
    answered: bool = False
    text: str | None = None
    show_alert: bool = False
    url: str | None = None
    answered_at: float | None = None


@dataclass
class Call:
    """One Bot API request the bot made, with its decoded parameters and the outcome."""

    method: str
    params: JSON
    at: float
    status: int = 200
    result: Any = None
    description: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200


def most_in_window(times: Sequence[float], window: float) -> int:
    """The largest number of these moments within any `window` seconds (for budgets)."""
    ordered = sorted(times)
    most, first = 0, 0
    for last, at in enumerate(ordered):
        while ordered[first] <= at - window:
            first += 1
        most = max(most, last - first + 1)
    return most


@dataclass
class _Pending:
    update_id: int
    update: JSON
    extra: int  # how many re-deliveries are still owed (enqueue(times=N) gives N - 1)
    deliveries: int = 0
    retry_at: float = 0.0  # webhook: not posted again before this (monotonic) time
    redelivered: bool = False  # webhook: already sent again after an acknowledgement

    @property
    def kind(self) -> str:
        return next(key for key in self.update if key != "update_id")


@dataclass
class _Fault:
    method: str
    code: int
    description: str
    retry_after: float | None
    remaining: int


# --------------------------------------------------------------------------------------------
# Request decoding
# --------------------------------------------------------------------------------------------

# Parameters whose form value is a plain string even when it looks like JSON ("123", "true").
_STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "url",
        "action",
        "description",
        "short_description",
        "name",
        "language_code",
        "inline_message_id",
        "secret_token",
        "ip_address",
        "emoji",
        "title",
        "question",
        "file_id",
        "business_connection_id",
        "message_effect_id",
        "photo",
        "document",
        "sticker",
        "voice",
        "audio",
        "video",
        "animation",
        "thumbnail",
        "certificate",
        "custom_emoji_id",
        "username",
    }
)
# Parameters that hold JSON objects or arrays; some clients send them as JSON strings.
_JSON_PARAMS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "commands",
        "scope",
        "allowed_updates",
        "link_preview_options",
        "reply_parameters",
        "menu_button",
        "media",
        "results",
        "permissions",
        "rights",
    }
)


def _decode_form_value(key: str, raw: str) -> Any:
    """PTB posts every value as a string, JSON-encoding everything that is not one already."""
    if key in _STRING_PARAMS:
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        if key in _JSON_PARAMS:
            raise bad_request(f"can't parse {key} JSON object") from None
        return raw


def decode_params(request: tornado.httputil.HTTPServerRequest) -> JSON:
    """Parameters from the query string, a form (urlencoded or multipart) or a JSON body."""
    params: JSON = {}
    try:
        for key, values in request.arguments.items():
            params[key] = _decode_form_value(key, values[-1].decode("utf-8"))
    except UnicodeDecodeError:
        raise bad_request("request parameters must be UTF-8") from None
    content_type = request.headers.get("Content-Type", "")
    if content_type.startswith("application/json") and request.body:
        params.update(_decode_json_body(request.body))
    for key, parts in request.files.items():
        part = parts[-1]
        params[key] = Upload(part.filename or None, bytes(part.body), part.content_type or None)
    for key, value in list(params.items()):
        if isinstance(value, str) and value.startswith("attach://"):
            params[key] = params.get(value.removeprefix("attach://"), value)
    return params


def _decode_json_body(body: bytes) -> JSON:
    try:
        data = json.loads(body)
    except ValueError:
        raise bad_request("can't parse JSON body") from None
    if not isinstance(data, dict):
        raise bad_request("JSON body must be an object")
    for key in _JSON_PARAMS & data.keys():
        if isinstance(data[key], str):
            data[key] = _decode_form_value(key, data[key])
    return data


def _png_size(content: bytes) -> tuple[int, int] | None:
    if content[:8] == b"\x89PNG\r\n\x1a\n" and len(content) >= 24:
        width, height = struct.unpack(">II", content[16:24])
        return int(width), int(height)
    return None


# --------------------------------------------------------------------------------------------
# HTTP layer
# --------------------------------------------------------------------------------------------


class _Handler(tornado.web.RequestHandler):
    """Routes every request into the server; remembers a client hang-up for long polls."""

    def initialize(self, server: BotApiServer) -> None:
        self.server = server
        self.hung_up = False
        self.poll: asyncio.Future[str] | None = None

    async def get(self, path: str) -> None:
        await self._serve(path)

    async def post(self, path: str) -> None:
        await self._serve(path)

    async def _serve(self, path: str) -> None:
        status, body, content_type = await self.server._serve_http(path, self.request, self)
        if self.hung_up:
            return
        self.set_status(status)
        self.set_header("Content-Type", content_type)
        self.finish(body)

    def on_connection_close(self) -> None:
        """A SIGKILLed bot's long poll must not swallow updates meant for its successor."""
        self.hung_up = True
        if self.poll is not None and not self.poll.done():
            self.poll.set_result("closed")


# --------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------


def _snapshot(message: StoredMessage) -> StoredMessage:
    """A copy of a message as it is now, for a test to read. The server never changes what a
    message holds in place (an edit replaces its fields and adds a revision), so the copy
    shares those values, and a card edited 300 times is not copied 300 revisions deep on every
    look."""
    return dataclasses.replace(message, history=list(message.history))


def _settle(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class BotApiServer:
    """A fake Telegram Bot API: real HTTP on 127.0.0.1, Telegram's state and error messages.

    Thread-safe: every public method may be called from any thread (the test's event loop, a
    helper thread) while the server thread answers the bot.
    """

    def __init__(
        self,
        token: str = "123:TEST",
        *,
        username: str = "mnr_test_bot",
        first_name: str = "MNR Test Bot",
        privacy_mode: bool = True,
        query_ttl: float | None = None,
    ) -> None:
        self.token = token
        self.bot_user: JSON = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": first_name,
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.privacy_mode = privacy_mode
        self.query_ttl = query_ttl
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._bot_copies: dict[int, tuple[int, list[StoredMessage]]] = {}
        self._reset_state()
        self._methods = self._method_table()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._http: tornado.httpserver.HTTPServer | None = None
        self._pollers: set[asyncio.Future[str]] = set()
        # async waiters (a test's event loop, not the server's): woken by the next change
        self._watchers: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._port = 0

    def _reset_state(self) -> None:
        self._version = 0
        self._chat_versions: dict[int, int] = {}
        self._users: dict[int, JSON] = {}
        self._people: dict[int, Person] = {}
        self._groups: dict[int, Group] = {}
        self._chats: dict[int, JSON] = {}
        self._members: dict[int, dict[int, str]] = {}
        self._invite_links: dict[str, JSON] = {}  # invite link -> its ChatInviteLink (+ chat)
        self._blocked: set[int] = set()
        self._messages: dict[int, list[StoredMessage]] = {}
        self._files: dict[str, StoredFile] = {}
        self._file_paths: dict[str, str] = {}
        self._file_ids = itertools.count(1)
        self._queries: dict[str, CallbackRecord] = {}
        self._query_ids = itertools.count(4_200_000_000_001)
        self._toasts: dict[int, list[str | None]] = {}
        self._next_update_id = 100_001
        self._pending: list[_Pending] = []
        self._redeliver: list[_Pending] = []
        self._updates: dict[int, _Pending] = {}
        self._allowed_updates: list[str] | None = None
        self._waiting_polls = 0
        self._in_flight: dict[str, int] = {}
        self._webhook: JSON = {"url": ""}
        self._commands: dict[tuple[str, str], list[JSON]] = {}
        self._descriptions: dict[tuple[str, str], str] = {}
        self._menu_buttons: dict[int | None, JSON] = {}
        self._calls: list[Call] = []
        self._faults: list[_Fault] = []
        self._delays: dict[str, float] = {}
        self._group_limit: tuple[int, float] | None = None
        self._sends: dict[int, deque[float]] = {}
        self._migrated: dict[int, int] = {}  # a group upgraded to a supergroup -> its new id
        # webhook delivery: the addresses a load balancer spreads Telegram's posts over
        self._routes: list[str] = []
        self._route_turn = 0
        self._redeliver_share = 0.0
        self._hook_retry = 0.2
        self._hook_timeout = 30.0
        self._hook_connections = 40
        self._hook_random = random.Random(0)
        self._hook_log: list[tuple[int, str, int]] = []
        self._hook_task: concurrent.futures.Future[None] | None = None
        self._hook_wake: asyncio.Event | None = None
        # random faults: (rate, methods or None for all, kinds, hold, random, budget left,
        # a 429's retry_after)
        self._chaos: tuple[float, frozenset[str] | None, tuple[str, ...], float,
                           random.Random, int, float] | None = None
        self.injected: list[tuple[str, str]] = []

    # ---------------------------------------------------------------- lifecycle

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        """For ``ApplicationBuilder().base_url(...)`` (PTB appends the token)."""
        return f"http://127.0.0.1:{self._port}/bot"

    @property
    def base_file_url(self) -> str:
        """For ``ApplicationBuilder().base_file_url(...)``."""
        return f"http://127.0.0.1:{self._port}/file/bot"

    def start(self) -> Self:
        """Bind an ephemeral port and serve from a background thread; returns when listening."""
        if self._thread is not None:
            raise RuntimeError("BotApiServer already started")
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
        self._port = int(sockets[0].getsockname()[1])
        ready = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(sockets, ready), name="BotApiServer", daemon=True
        )
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("BotApiServer did not start")
        return self

    def stop(self) -> None:
        """Close every connection (waking long polls first) and end the server thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _run(self, sockets: list[Any], ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        app = tornado.web.Application(
            [(r"/(.*)", _Handler, {"server": self})], log_function=lambda _handler: None
        )
        self._http = tornado.httpserver.HTTPServer(app, max_body_size=100 * 1024 * 1024)
        self._http.add_sockets(sockets)
        loop.call_soon(ready.set)
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()
            self._loop = None

    async def _shutdown(self) -> None:
        assert self._http is not None
        self._http.stop()
        self._wake_pollers("closed")
        await self._http.close_all_connections()
        current = asyncio.current_task()
        tasks = [task for task in asyncio.all_tasks() if task is not current]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # ---------------------------------------------------------------- HTTP dispatch

    async def _serve_http(
        self, path: str, request: tornado.httputil.HTTPServerRequest, handler: _Handler
    ) -> tuple[int, bytes, str]:
        method = path.rsplit("/", 1)[-1].lower()
        with self._lock:
            self._in_flight[method] = self._in_flight.get(method, 0) + 1
        try:
            return await self._serve_api(path, request, handler)
        finally:
            with self._lock:
                self._in_flight[method] -= 1
                self._bump()

    async def _serve_api(
        self, path: str, request: tornado.httputil.HTTPServerRequest, handler: _Handler
    ) -> tuple[int, bytes, str]:
        if path.startswith("file/bot"):
            return self._serve_file(path.removeprefix("file/bot"))
        match = re.fullmatch(r"bot([^/]+)/([A-Za-z]+)", path)
        if match is None:
            return self._json(ApiError(404, "Not Found").payload())
        token, method = match.groups()
        if token != self.token:
            return self._json(ApiError(401, "Unauthorized").payload())
        started = time.monotonic()
        try:
            params = decode_params(request)
        except ApiError as error:
            return self._json(self._finish_call(method, {}, started, error=error))
        with self._lock:
            delay = self._delays.get(method.lower(), 0.0)
        if delay and not await self._hold(handler, delay):
            return self._json(self._finish_call(method, params, started, error=_HUNG_UP))
        fault = self._chaos_fault(method)
        if fault is not None:
            return await self._inject(fault, method, params, started, handler)
        if method.lower() == "getupdates":
            try:
                updates = await self._long_poll(params, handler)
            except ApiError as error:
                return self._json(self._finish_call(method, params, started, error=error))
            if handler.hung_up:
                return self._json(self._finish_call(method, params, started, error=_HUNG_UP))
            return self._json(self._finish_call(method, params, started, result=updates))
        return self._json(self._call(method, params, started))

    @staticmethod
    def _json(payload: JSON) -> tuple[int, bytes, str]:
        status = 200 if payload.get("ok") else int(payload["error_code"])
        return status, json.dumps(payload).encode("utf-8"), "application/json"

    def _serve_file(self, rest: str) -> tuple[int, bytes, str]:
        token, _, file_path = rest.partition("/")
        with self._lock:
            file_id = self._file_paths.get(file_path)
            stored = self._files.get(file_id) if file_id and token == self.token else None
        if stored is None:
            return self._json(ApiError(404, "Not Found").payload())
        return 200, stored.content, stored.mime_type or "application/octet-stream"

    def _call(self, method: str, params: JSON, started: float) -> JSON:
        """Run one (non-polling) method under the lock and record it."""
        with self._lock:
            try:
                self._raise_fault(method)
                handler = self._methods.get(method.lower())
                if handler is None:
                    raise ApiError(404, "Not Found")
                result = handler(params)
            except ApiError as error:
                return self._finish_call(method, params, started, error=error)
            except (TypeError, ValueError, KeyError, AttributeError) as exc:
                _LOG.exception("fake Bot API could not handle %s %r", method, params)
                problem = bad_request(f"{type(exc).__name__}: {exc}")
                return self._finish_call(method, params, started, error=problem)
            return self._finish_call(method, params, started, result=result)

    def _finish_call(
        self,
        method: str,
        params: JSON,
        started: float,
        *,
        result: Any = None,
        error: ApiError | None = None,
    ) -> JSON:
        with self._lock:
            call = Call(method, params, started)
            if error is None:
                call.result = result
                payload: JSON = {"ok": True, "result": result}
            else:
                call.status, call.description = error.code, error.description
                payload = error.payload()
            self._calls.append(call)
            self._bump()
            return copy.deepcopy(payload)

    def _raise_fault(self, method: str) -> None:
        for fault in self._faults:
            if fault.method == method.lower() and fault.remaining > 0:
                fault.remaining -= 1
                raise ApiError(fault.code, fault.description, fault.retry_after)

    def _method_table(self) -> dict[str, Callable[[JSON], Any]]:
        table: dict[str, Callable[[JSON], Any]] = {
            "getMe": lambda _p: self.bot_user,
            "logOut": lambda _p: True,
            "close": lambda _p: True,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "setMyDescription": lambda p: self._set_description("description", p),
            "getMyDescription": lambda p: self._get_description("description", p),
            "setMyShortDescription": lambda p: self._set_description("short_description", p),
            "getMyShortDescription": lambda p: self._get_description("short_description", p),
            "setMyName": lambda p: self._set_description("name", p),
            "getMyName": lambda p: self._get_description("name", p),
            "setChatMenuButton": self._set_menu_button,
            "getChatMenuButton": self._get_menu_button,
            "setMyDefaultAdministratorRights": lambda _p: True,
            "sendMessage": self._send_message,
            "sendPhoto": lambda p: self._send_media("photo", p),
            "sendDocument": lambda p: self._send_media("document", p),
            "editMessageText": self._edit_text,
            "editMessageCaption": self._edit_caption,
            "editMessageReplyMarkup": self._edit_reply_markup,
            "deleteMessage": self._delete_message,
            "deleteMessages": self._delete_messages,
            "answerCallbackQuery": self._answer_callback_query,
            "sendChatAction": self._send_chat_action,
            "getChat": self._get_chat,
            "getChatMember": self._get_chat_member,
            "getChatAdministrators": self._get_chat_administrators,
            "createChatInviteLink": self._create_invite_link,
            "revokeChatInviteLink": self._revoke_invite_link,
            "getChatMemberCount": self._get_chat_member_count,
            "getFile": self._get_file,
            "pinChatMessage": lambda p: bool(self._existing_message(p, "pin")),
            "unpinChatMessage": lambda p: bool(self._chat(p)),
            "leaveChat": self._leave_chat,
        }
        # Telegram's method names are case-insensitive.
        return {name.lower(): handler for name, handler in table.items()}

    # ---------------------------------------------------------------- change tracking

    def _bump(self, chat_id: int | None = None) -> None:
        """Count a change; waiters (sync and async) use the counters to wake cheaply."""
        self._version += 1
        if chat_id is not None:
            self._chat_versions[chat_id] = self._chat_versions.get(chat_id, 0) + 1
        self._changed.notify_all()
        watchers, self._watchers = self._watchers, []
        for loop, future in watchers:
            if not loop.is_closed():
                loop.call_soon_threadsafe(_settle, future)

    @property
    def version(self) -> int:
        """Increases on every recorded call, message, edit, answer and queued update."""
        with self._lock:
            return self._version

    def chat_version(self, chat_id: int) -> int:
        """Increases on every message the bot sends, edits or deletes in this chat."""
        with self._lock:
            return self._chat_versions.get(chat_id, 0)

    async def changed(self, since: int, timeout: float) -> None:
        """Return once the version has passed `since`, or after `timeout` seconds (for async
        waiters whose predicate may also read what this server does not count)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        with self._lock:
            if self._version > since:
                return
            self._watchers.append((loop, future))
        await asyncio.wait([future], timeout=timeout)

    def wait_until(self, predicate: Callable[[], Any], timeout: float = WAIT_SECONDS) -> bool:
        """Block (for sync code and other threads) until predicate() is truthy; False on timeout.

        Re-checked after every change, so no polling; the predicate may call this server.
        """
        with self._changed:
            return bool(self._changed.wait_for(predicate, timeout))

    # ---------------------------------------------------------------- configuration

    def limit_group(self, messages: int = 20, window: float = 60.0) -> None:
        """Answer 429 to sends and edits in a group beyond `messages` per sliding `window` s."""
        with self._lock:
            self._group_limit = (messages, window)

    def unlimit_group(self) -> None:
        with self._lock:
            self._group_limit = None

    def fail_next(
        self,
        method: str,
        code: int = 500,
        description: str = "Internal Server Error",
        *,
        retry_after: float | None = None,
        times: int = 1,
    ) -> None:
        """Make the next `times` calls of `method` fail with this error (fault injection).

        Telegram's retry_after is whole seconds; a fraction here keeps a test short, and the
        bot's rate limiter waits what it is told either way."""
        with self._lock:
            self._faults.append(_Fault(method.lower(), code, description, retry_after, times))

    def inject_faults(
        self,
        rate: float,
        *,
        seed: int = 0,
        methods: Sequence[str] | None = None,
        kinds: Sequence[str] = ("429", "5xx", "timeout"),
        hold: float = 1.5,
        limit: int | None = None,
        pause: float = 1.0,
    ) -> None:
        """Fail a share `rate` of the calls (of `methods`, else of all but getUpdates and
        getMe), at random but repeatably (`seed`), up to `limit` faults, each of a kind
        drawn from `kinds`:

        * "429": Too Many Requests with retry_after `pause` s (nothing done; Telegram says
          whole seconds, a fraction keeps a long test short);
        * "5xx": 500 Internal Server Error or 502 Bad Gateway (nothing done);
        * "timeout": the answer is held for `hold` seconds (longer than the client waits);
          half of these calls were done all the same, as when only the answer is lost.

        Every fault is recorded in `injected` as (method, kind); `rate` 0 stops them."""
        with self._lock:
            if rate <= 0:
                self._chaos = None
                return
            chosen = frozenset(m.lower() for m in methods) if methods is not None else None
            self._chaos = (rate, chosen, tuple(kinds), hold, random.Random(seed),
                           limit if limit is not None else 1 << 62, pause)

    def _chaos_fault(self, method: str) -> str | None:
        with self._lock:
            if self._chaos is None:
                return None
            rate, methods, kinds, hold, rng, left, pause = self._chaos
            name = method.lower()
            if left <= 0 or (methods is None and name in ("getupdates", "getme")) or (
                methods is not None and name not in methods
            ):
                return None
            if rng.random() >= rate:
                return None
            kind = rng.choice(kinds)
            self._chaos = (rate, methods, kinds, hold, rng, left - 1, pause)
            self.injected.append((name, kind))
            return kind

    async def _inject(self, kind: str, method: str, params: JSON, started: float,
                      handler: _Handler) -> tuple[int, bytes, str]:
        if kind == "429":
            with self._lock:
                pause = self._chaos[6] if self._chaos is not None else 1.0
            error = ApiError(429, f"Too Many Requests: retry after {pause:g}", retry_after=pause)
        elif kind == "5xx":
            with self._lock:
                bad_gateway = self._chaos is not None and self._chaos[4].random() < 0.5
            error = (ApiError(502, "Bad Gateway") if bad_gateway
                     else ApiError(500, "Internal Server Error"))
        else:
            with self._lock:
                assert self._chaos is not None
                hold, done = self._chaos[3], self._chaos[4].random() < 0.5
            if done and method.lower() != "getupdates":
                self._call(method, params, started)
            await self._hold(handler, hold)
            error = ApiError(504, "Gateway Timeout")
        return self._json(self._finish_call(method, params, started, error=error))

    def set_delay(self, method: str, seconds: float) -> None:
        """Answer `method` only after `seconds` (to test timeouts and slow API calls)."""
        with self._lock:
            self._delays[method.lower()] = seconds

    # ---------------------------------------------------------------- people and chats

    def user(
        self,
        user_id: int,
        first_name: str = "Test",
        language_code: str | None = "en",
        *,
        last_name: str | None = None,
        username: str | None = None,
    ) -> Person:
        """A simulated Telegram user (created once; later calls update the profile)."""
        if user_id <= 0:
            raise ValueError("user ids are positive")
        profile: JSON = {"id": user_id, "is_bot": False, "first_name": first_name}
        extras = {"last_name": last_name, "username": username, "language_code": language_code}
        profile.update({key: value for key, value in extras.items() if value is not None})
        with self._lock:
            self._users[user_id] = profile
            chat = {"id": user_id, "type": "private", "first_name": first_name}
            chat.update({k: v for k, v in extras.items() if v is not None and k != "language_code"})
            self._chats[user_id] = chat
            self._messages.setdefault(user_id, [])
            if user_id not in self._people:
                self._people[user_id] = Person(self, user_id)
            return self._people[user_id]

    def group(
        self,
        chat_id: int,
        title: str = "Test group",
        *,
        kind: str = "supergroup",
        members: dict[int, str] | None = None,
    ) -> Group:
        """A group chat (negative id). `members` maps user id -> status (default "member")."""
        if chat_id >= 0:
            raise ValueError("group chat ids are negative")
        if kind not in ("group", "supergroup"):
            raise ValueError("kind is 'group' or 'supergroup'")
        with self._lock:
            self._chats[chat_id] = {"id": chat_id, "type": kind, "title": title}
            self._messages.setdefault(chat_id, [])
            self._members.setdefault(chat_id, {}).update(members or {})
            if chat_id not in self._groups:
                self._groups[chat_id] = Group(self, chat_id)
            return self._groups[chat_id]

    def migrate_group(self, old_id: int, new_id: int, by: int) -> Group:
        """A group is upgraded to a supergroup with a new id, as Telegram does it: a service
        message in each chat, the members carried over, and every later call to the old id
        answered 400 with `migrate_to_chat_id`."""
        with self._lock:
            old = self._chats[old_id]
            self._chats[new_id] = {"id": new_id, "type": "supergroup", "title": old["title"]}
            self._messages.setdefault(new_id, [])
            self._members[new_id] = dict(self._members.get(old_id, {}))
            self._groups[new_id] = Group(self, new_id)
            sender = self.user_json(by)
            gone = self._add_message(old_id, sender, from_bot=False,
                                     media={"migrate_to_chat_id": new_id})
            came = self._add_message(new_id, sender, from_bot=False,
                                     media={"migrate_from_chat_id": old_id})
            self._migrated[old_id] = new_id
            self.enqueue({"message": self._message_json(gone)})
            self.enqueue({"message": self._message_json(came)})
            return self._groups[new_id]

    def user_json(self, user_id: int) -> JSON:
        with self._lock:
            if user_id == self.bot_user["id"]:
                return self._bot_sender()
            return copy.deepcopy(
                self._users.get(user_id, {"id": user_id, "is_bot": False, "first_name": "User"})
            )

    def chat_json(self, chat_id: int) -> JSON:
        with self._lock:
            if chat_id not in self._chats:
                raise KeyError(f"unknown chat {chat_id}")
            return copy.deepcopy(self._chats[chat_id])

    def set_member_status(self, chat_id: int, user_id: int, status: str) -> None:
        """Status getChatMember reports ("creator", "administrator", "member", "left", ...)."""
        if status not in MEMBER_STATUSES:
            raise ValueError(f"unknown status {status!r}; use one of {sorted(MEMBER_STATUSES)}")
        with self._lock:
            self._members.setdefault(chat_id, {})[user_id] = status
            self._bump()

    def member_status(self, chat_id: int, user_id: int) -> str:
        with self._lock:
            if chat_id == user_id:
                return "member"
            return self._members.get(chat_id, {}).get(user_id, "left")

    def set_blocked(self, user_id: int, blocked: bool = True) -> None:
        """A user who blocked the bot: sends to them fail with 403 like on Telegram."""
        with self._lock:
            (self._blocked.add if blocked else self._blocked.discard)(user_id)

    # ---------------------------------------------------------------- update injection

    def enqueue(self, update: JSON, times: int = 1) -> int:
        """Queue an update (update_id assigned here); times=2 re-delivers it once more.

        The re-delivery comes in the getUpdates batch after the one that delivered it, whatever
        the offset: Telegram's behaviour when a bot restarts before confirming an update.
        """
        if times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            update_id = self._next_update_id
            self._next_update_id += 1
            body = {key: value for key, value in update.items() if key != "update_id"}
            full = {"update_id": update_id, **copy.deepcopy(body)}
            pending = _Pending(update_id, full, times - 1)
            self._pending.append(pending)
            self._updates[update_id] = pending
            self._bump()
        self._notify_pollers()
        return update_id

    def update_of_message(self, chat_id: int, message_id: int) -> int:
        """The id of the update that carried a user's message."""
        with self._lock:
            for update_id, pending in self._updates.items():
                message = pending.update.get("message") or {}
                if (message.get("message_id") == message_id
                        and (message.get("chat") or {}).get("id") == chat_id):
                    return update_id
        raise KeyError(f"no update carried message {message_id} in chat {chat_id}")

    def deliver_again(self, update_id: int) -> None:
        """Deliver an already-queued update once more in the next batch, ignoring the offset."""
        with self._lock:
            self._redeliver.append(self._updates[update_id])
            self._bump()
        self._notify_pollers()

    def unconfirmed(self) -> list[int]:
        """Ids of updates queued and not yet confirmed by a getUpdates offset."""
        with self._lock:
            return [pending.update_id for pending in self._pending]

    def deliveries(self, update_id: int) -> int:
        """How many times an update went out in a getUpdates answer."""
        with self._lock:
            return self._updates[update_id].deliveries

    def in_flight(self, method: str | None = None) -> int:
        """Requests (of one method, case-insensitive) received and not yet answered."""
        with self._lock:
            if method is None:
                return sum(self._in_flight.values())
            return self._in_flight.get(method.lower(), 0)

    @property
    def waiting_polls(self) -> int:
        """getUpdates requests currently parked in a long poll."""
        with self._lock:
            return self._waiting_polls

    def post_user_message(
        self, user_id: int, chat_id: int, content: JSON, reply_to: int | None = None, times: int = 1
    ) -> StoredMessage:
        """Store a message a user sent and queue it for the bot unless privacy mode hides it."""
        with self._lock:
            chat = self._chats.get(chat_id)
            if chat is None:
                raise AssertionError(f"chat {chat_id} does not exist; create it with server.group")
            if reply_to is not None:
                self._require_message(chat_id, reply_to)
            if chat_id < 0:  # who writes in a group is in it
                self._members.setdefault(chat_id, {}).setdefault(user_id, "member")
            message = self._add_message(
                chat_id, self.user_json(user_id), from_bot=False, reply_to=reply_to, **content
            )
            message.delivered = self._visible_to_bot(chat, message)
            if message.delivered:
                self.enqueue({"message": self._message_json(message)}, times=times)
            return copy.deepcopy(message)

    def post_callback_query(
        self, user_id: int, chat_id: int, message_id: int, data: str, times: int = 1
    ) -> str:
        """Queue a button press on a message (callback queries bypass privacy mode)."""
        with self._lock:
            message = self._require_message(chat_id, message_id)
            if chat_id < 0:  # who presses a button in a group is in it
                self._members.setdefault(chat_id, {}).setdefault(user_id, "member")
            query_id = str(next(self._query_ids))
            update = {
                "callback_query": {
                    "id": query_id,
                    "from": self.user_json(user_id),
                    "message": self._message_json(message),
                    "chat_instance": str(abs(chat_id) * 7919 + 13),
                    "data": data,
                }
            }
            update_id = self.enqueue(update, times=times)
            self._queries[query_id] = CallbackRecord(
                query_id, user_id, chat_id, message_id, data, time.monotonic(), update_id
            )
            return query_id

    def register_file(
        self, content: bytes, file_name: str | None, mime_type: str | None
    ) -> StoredFile:
        """Store a file (e.g. one a simulated user sends) so getFile and downloads find it."""
        with self._lock:
            number = next(self._file_ids)
            if mime_type is None and file_name:
                mime_type = mimetypes.guess_type(file_name)[0]
            stored = StoredFile(
                f"BQACAgIAAx{number:06d}", f"AgAD{number:04d}", file_name, mime_type, content
            )
            self._files[stored.file_id] = stored
            self._file_paths[stored.path] = stored.file_id
            return stored

    def _visible_to_bot(self, chat: JSON, message: StoredMessage) -> bool:
        """Privacy mode: in groups only commands for this bot and replies to it get through."""
        if chat["type"] == "private" or not self.privacy_mode:
            return True
        if message.reply_to is not None:
            target = self._find_message(message.chat_id, message.reply_to)
            if target is not None and target.from_bot:
                return True
        text = message.plain or ""
        if not text.startswith("/"):
            return False
        command = text.split(maxsplit=1)[0] if text.strip() else text
        _, at, mention = command.partition("@")
        return not at or mention.lower() == str(self.bot_user["username"]).lower()

    # ---------------------------------------------------------------- inspection

    def calls(self, method: str | None = None, chat_id: int | None = None) -> list[Call]:
        """Every API call the bot made (optionally of one method / for one chat), in order."""
        with self._lock:
            found = [
                call
                for call in self._calls
                if (method is None or call.method.lower() == method.lower())
                and (chat_id is None or call.params.get("chat_id") == chat_id)
            ]
            return copy.deepcopy(found)

    def clear_calls(self) -> None:
        with self._lock:
            self._calls.clear()

    def messages(self, chat_id: int, *, from_bot: bool | None = True) -> list[StoredMessage]:
        """Copies of the chat's messages (bot's by default; from_bot=None for all)."""
        with self._lock:
            # The bot's messages change only with the chat's version: their copies are made
            # once per version (tests poll them many times a second), each caller gets its
            # own list of them.
            version = self._chat_versions.get(chat_id, 0)
            cached = self._bot_copies.get(chat_id) if from_bot is True else None
            if cached is not None and cached[0] == version:
                return list(cached[1])
            found = [
                message
                for message in self._messages.get(chat_id, [])
                if from_bot is None or message.from_bot == from_bot
            ]
            copies = [_snapshot(message) for message in found]
            if from_bot is True:
                self._bot_copies[chat_id] = (version, copies)
            return list(copies)

    def message(self, chat_id: int, message_id: int) -> StoredMessage | None:
        with self._lock:
            found = self._find_message(chat_id, message_id)
            return _snapshot(found) if found is not None else None

    def message_json(self, chat_id: int, message_id: int) -> JSON:
        """The Bot API Message object Telegram would show for this message now."""
        with self._lock:
            return self._message_json(self._require_message(chat_id, message_id))

    def query(self, query_id: str) -> CallbackRecord | None:
        with self._lock:
            return copy.copy(self._queries.get(query_id))  # its fields are plain values

    def toasts(self, user_id: int) -> list[str | None]:
        """Texts of the answers to this user's button presses, in answer order."""
        with self._lock:
            return list(self._toasts.get(user_id, []))

    def file(self, file_id: str) -> StoredFile:
        with self._lock:
            return self._files[file_id]

    def commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        """The command list the bot set for this scope and language."""
        with self._lock:
            return copy.deepcopy(self._commands.get((_scope_key(scope), language_code), []))

    def description(self, kind: str = "description", language_code: str = "") -> str | None:
        """What setMyDescription / setMyShortDescription / setMyName stored."""
        with self._lock:
            return self._descriptions.get((kind, language_code))

    @property
    def webhook(self) -> JSON:
        with self._lock:
            return copy.deepcopy(self._webhook)

    # ---------------------------------------------------------------- getUpdates

    async def _long_poll(self, params: JSON, handler: _Handler) -> list[JSON]:
        """Answer at once if updates wait, else park until one arrives or the timeout ends."""
        with self._lock:
            if self._webhook.get("url"):
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; use "
                    "deleteWebhook to delete the webhook first",
                )
        # A newer poller (e.g. a restarted bot process) takes over from any parked one.
        self._wake_pollers("superseded")
        timeout = min(max(float(params.get("timeout") or 0), 0.0), 50.0)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            with self._lock:
                updates = self._take_updates(params)
            remaining = deadline - loop.time()
            if updates or remaining <= 0 or handler.hung_up:
                return updates
            if await self._park(handler, remaining) != "update":
                return []

    async def _hold(self, handler: _Handler, seconds: float) -> bool:
        """Sleep for set_delay unless the client hangs up first; True if it is still there."""
        if handler.hung_up:
            return False
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        handler.poll = future
        try:
            await asyncio.wait({future}, timeout=seconds)
        finally:
            handler.poll = None
        return not handler.hung_up

    async def _park(self, handler: _Handler, remaining: float) -> str:
        """Wait up to `remaining` s; "update", "superseded" or "closed" end it early."""
        if handler.hung_up:
            return "closed"
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self._pollers.add(future)
        handler.poll = future
        with self._lock:
            self._waiting_polls += 1
            self._bump()
        try:
            done, _ = await asyncio.wait({future}, timeout=remaining)
            return future.result() if done else "timeout"
        finally:
            self._pollers.discard(future)
            handler.poll = None
            with self._lock:
                self._waiting_polls -= 1
                self._bump()

    def _notify_pollers(self) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            # The loop may close between the check and the call.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._wake_pollers, "update")

    def _wake_pollers(self, reason: str) -> None:
        self._wake_webhook()
        for future in list(self._pollers):
            if not future.done():
                future.set_result(reason)

    def _take_updates(self, params: JSON) -> list[JSON]:
        """Confirm updates below `offset`, then hand out the next batch (re-deliveries first)."""
        offset = params.get("offset")
        if isinstance(offset, int) and offset > 0:
            self._pending = [p for p in self._pending if p.update_id >= offset]
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(kind) for kind in allowed] or None
        self._pending = [p for p in self._pending if self._is_allowed(p)]
        limit = params.get("limit")
        limit = min(max(limit, 1), 100) if isinstance(limit, int) else 100
        batch: dict[int, _Pending] = {p.update_id: p for p in self._redeliver}
        batch.update((p.update_id, p) for p in self._pending)
        chosen = [batch[update_id] for update_id in sorted(batch)][:limit]
        for pending in chosen:
            if pending in self._redeliver:
                self._redeliver.remove(pending)
            elif pending.extra > 0:
                pending.extra -= 1
                self._redeliver.append(pending)
            pending.deliveries += 1
        return [copy.deepcopy(pending.update) for pending in chosen]

    def _is_allowed(self, pending: _Pending) -> bool:
        if self._allowed_updates is None:
            return pending.kind not in _NOT_DEFAULT_UPDATES
        return pending.kind in self._allowed_updates

    def _drop_pending(self) -> None:
        self._pending.clear()
        self._redeliver.clear()

    # ---------------------------------------------------------------- webhook, commands, misc

    def _set_webhook(self, p: JSON) -> bool:
        url = p.get("url") or ""
        if url and urlsplit(str(url)).scheme != "https":
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = p.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise bad_request("bad webhook: secret token contains unallowed characters")
        if p.get("drop_pending_updates"):
            self._drop_pending()
        keep = ("url", "secret_token", "max_connections", "allowed_updates", "ip_address")
        self._webhook = {key: p[key] for key in keep if key in p}
        self._webhook.setdefault("url", "")
        allowed = p.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(kind) for kind in allowed] or None
        self._wake_webhook()
        return True

    # ---------------------------------------------------------------- webhook delivery

    def route_webhook(
        self,
        targets: Sequence[str],
        *,
        redeliver: float = 0.0,
        seed: int = 0,
        retry_after: float = 0.2,
        timeout: float = 30.0,
        connections: int = 40,
    ) -> None:
        """Stand in for Telegram and a load balancer: while a webhook is set, post each update
        to these addresses in turn (with the webhook's secret token), `connections` at once.

        An update is confirmed by a 2xx answer; any other answer, a refused connection or no
        answer within `timeout` s has it posted again, to the next address, `retry_after` s
        later. A share `redeliver` of the confirmed updates is posted once more all the same
        (Telegram does so when it did not see the answer)."""
        with self._lock:
            self._routes = list(targets)
            self._redeliver_share = redeliver
            self._hook_random = random.Random(seed)
            self._hook_retry = retry_after
            self._hook_timeout = timeout
            self._hook_connections = connections
        loop = self._loop
        assert loop is not None, "start the server first"
        if self._hook_task is None:
            self._hook_task = asyncio.run_coroutine_threadsafe(self._deliver_forever(), loop)
        self._notify_pollers()

    def webhook_posts(self) -> list[tuple[int, str, int]]:
        """(update id, address, HTTP status; 599: no answer) of every webhook post."""
        with self._lock:
            return list(self._hook_log)

    def _wake_webhook(self) -> None:
        if self._hook_wake is not None:
            self._hook_wake.set()

    async def _deliver_forever(self) -> None:
        self._hook_wake = asyncio.Event()
        client = tornado.httpclient.AsyncHTTPClient(force_instance=True, max_clients=200)
        posting: set[int] = set()
        tasks: set[asyncio.Task[None]] = set()
        while True:
            self._hook_wake.clear()
            now = time.monotonic()
            with self._lock:
                ready: list[_Pending] = []
                later = [p.retry_at for p in self._pending if p.retry_at > now]
                if self._webhook.get("url") and self._routes:
                    room = self._hook_connections - len(posting)
                    ready = [p for p in self._pending if p.update_id not in posting
                             and p.retry_at <= now and self._is_allowed(p)][:max(room, 0)]
                posting.update(p.update_id for p in ready)
            for pending in ready:
                task = asyncio.get_running_loop().create_task(
                    self._post_update(client, pending, posting))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
            wait = max(min(later) - now, 0.005) if later else 1.0
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._hook_wake.wait(), wait)

    async def _post_update(self, client: tornado.httpclient.AsyncHTTPClient,
                           pending: _Pending, posting: set[int]) -> None:
        with self._lock:
            target = self._routes[self._route_turn % len(self._routes)]
            self._route_turn += 1
            headers = {"Content-Type": "application/json"}
            secret = self._webhook.get("secret_token")
            if secret:
                headers["X-Telegram-Bot-Api-Secret-Token"] = str(secret)
            body = json.dumps(pending.update)
            timeout = self._hook_timeout
        request = tornado.httpclient.HTTPRequest(
            target, method="POST", body=body, headers=headers, request_timeout=timeout,
            connect_timeout=min(timeout, 5.0),
        )
        try:
            response = await client.fetch(request, raise_error=False)
            status = response.code
        except Exception:
            status = 599
        with self._lock:
            pending.deliveries += 1
            self._hook_log.append((pending.update_id, target, status))
            posting.discard(pending.update_id)
            if 200 <= status < 300:
                again = pending.extra > 0 or (
                    not pending.redelivered
                    and self._hook_random.random() < self._redeliver_share
                )
                if again:
                    pending.extra = max(pending.extra - 1, 0)
                    pending.redelivered = True
                    pending.retry_at = time.monotonic() + self._hook_retry
                elif pending in self._pending:
                    self._pending.remove(pending)
            else:
                pending.retry_at = time.monotonic() + self._hook_retry
            self._bump()
        self._wake_webhook()

    def _delete_webhook(self, p: JSON) -> bool:
        if p.get("drop_pending_updates"):
            self._drop_pending()
        self._webhook = {"url": ""}
        return True

    def _get_webhook_info(self, _p: JSON) -> JSON:
        info: JSON = {
            "url": self._webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }
        if self._webhook.get("allowed_updates"):
            info["allowed_updates"] = self._webhook["allowed_updates"]
        return info

    def _set_my_commands(self, p: JSON) -> bool:
        commands = p.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("BOT_COMMANDS_TOO_MUCH" if commands else "commands are empty")
        for command in commands:
            name = command.get("command", "") if isinstance(command, dict) else ""
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(name)):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        key = (_scope_key(p.get("scope")), str(p.get("language_code") or ""))
        self._commands[key] = copy.deepcopy(commands)
        return True

    def _get_my_commands(self, p: JSON) -> list[JSON]:
        key = (_scope_key(p.get("scope")), str(p.get("language_code") or ""))
        return copy.deepcopy(self._commands.get(key, []))

    def _delete_my_commands(self, p: JSON) -> bool:
        self._commands.pop((_scope_key(p.get("scope")), str(p.get("language_code") or "")), None)
        return True

    def _set_description(self, kind: str, p: JSON) -> bool:
        limits = {"description": 512, "short_description": 120, "name": 64}
        value = str(p.get(kind) or "")
        if len(value) > limits[kind]:
            raise bad_request(f"{kind.upper()}_INVALID")
        self._descriptions[(kind, str(p.get("language_code") or ""))] = value
        return True

    def _get_description(self, kind: str, p: JSON) -> JSON:
        return {kind: self._descriptions.get((kind, str(p.get("language_code") or "")), "")}

    def _set_menu_button(self, p: JSON) -> bool:
        chat_id = p.get("chat_id")
        self._menu_buttons[chat_id if isinstance(chat_id, int) else None] = p.get(
            "menu_button"
        ) or {"type": "default"}
        return True

    def _get_menu_button(self, p: JSON) -> JSON:
        chat_id = p.get("chat_id")
        key = chat_id if isinstance(chat_id, int) else None
        return copy.deepcopy(self._menu_buttons.get(key) or {"type": "commands"})

    # ---------------------------------------------------------------- chats and members

    def _chat(self, p: JSON) -> JSON:
        """The target chat of a call, refusing what Telegram refuses (unknown, blocked, left)."""
        chat_id = p.get("chat_id")
        if chat_id is None or chat_id == "":
            raise bad_request("chat_id is empty")
        chat = self._chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            raise bad_request("chat not found")
        if chat_id in self._migrated:
            raise ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat",
                           migrate_to=self._migrated[chat_id])
        if chat["type"] == "private" and chat_id in self._blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        status = self._members.get(chat_id, {}).get(int(self.bot_user["id"]))
        if status == "kicked":
            raise ApiError(403, f"Forbidden: bot was kicked from the {chat['type']} chat")
        if status == "left":
            raise ApiError(403, f"Forbidden: bot is not a member of the {chat['type']} chat")
        return chat

    def _get_chat(self, p: JSON) -> JSON:
        chat = copy.deepcopy(self._chat(p))
        chat.update(
            accent_color_id=0,
            max_reaction_count=11,
            accepted_gift_types={
                "unlimited_gifts": True,
                "limited_gifts": True,
                "unique_gifts": True,
                "premium_subscription": True,
                "gifts_from_channels": True,
            },
        )
        return chat

    def member_json(self, status: str, user_id: int) -> JSON:
        """A ChatMember as Telegram sends it (with every field its status has)."""
        return _member_json(status, self.user_json(user_id))

    def _get_chat_member(self, p: JSON) -> JSON:
        chat = self._chat(p)
        user_id = p.get("user_id")
        if not isinstance(user_id, int):
            raise bad_request("user not found")
        return self.member_json(self.member_status(chat["id"], user_id), user_id)

    def _get_chat_administrators(self, p: JSON) -> list[JSON]:
        chat = self._chat(p)
        members = self._members.get(chat["id"], {})
        return [
            self.member_json(status, user_id)
            for user_id, status in members.items()
            if status in ("creator", "administrator")
        ]

    def _create_invite_link(self, p: JSON) -> JSON:
        """As Telegram: only a bot that is an administrator of the group may make one."""
        chat = self._chat(p)
        if self._members.get(chat["id"], {}).get(int(self.bot_user["id"])) not in (
                "creator", "administrator"):
            raise bad_request("not enough rights to manage chat invite links")
        link = "https://t.me/+" + secrets.token_urlsafe(12)
        made: JSON = {"invite_link": link, "creator": self._bot_sender(),
                      "creates_join_request": False, "is_primary": False, "is_revoked": False}
        if isinstance(p.get("name"), str):
            made["name"] = p["name"]
        if p.get("expire_date") is not None:
            made["expire_date"] = int(p["expire_date"])
        self._invite_links[link] = {**made, "chat_id": chat["id"]}
        self._bump(chat["id"])
        return made

    def _revoke_invite_link(self, p: JSON) -> JSON:
        chat = self._chat(p)
        found = self._invite_links.get(str(p.get("invite_link")))
        if found is None or found["chat_id"] != chat["id"]:
            raise bad_request("INVITE_HASH_EXPIRED")
        found["is_revoked"] = True
        self._bump(chat["id"])
        return {k: v for k, v in found.items() if k != "chat_id"}

    def invite_links(self, chat_id: int) -> list[JSON]:
        """The invitation links the bot made for a group, with whether each was revoked."""
        with self._lock:
            return [copy.deepcopy(v) for v in self._invite_links.values()
                    if v["chat_id"] == chat_id]

    def _get_chat_member_count(self, p: JSON) -> int:
        chat = self._chat(p)
        members = self._members.get(chat["id"], {})
        return max(1, sum(1 for status in members.values() if status not in ("left", "kicked")))

    def _leave_chat(self, p: JSON) -> bool:
        chat = self._chat(p)
        self._members.setdefault(chat["id"], {})[int(self.bot_user["id"])] = "left"
        self._bump()
        return True

    # ---------------------------------------------------------------- messages

    def _bot_sender(self) -> JSON:
        keys = ("id", "is_bot", "first_name", "username")
        return {key: self.bot_user[key] for key in keys}

    def _find_message(self, chat_id: int, message_id: Any) -> StoredMessage | None:
        messages = self._messages.get(chat_id, [])
        if isinstance(message_id, int) and 1 <= message_id <= len(messages):
            return messages[message_id - 1]
        return None

    def _require_message(self, chat_id: int, message_id: int) -> StoredMessage:
        message = self._find_message(chat_id, message_id)
        if message is None or message.deleted:
            raise AssertionError(f"message {message_id} does not exist in chat {chat_id}")
        return message

    def _add_message(
        self, chat_id: int, sender: JSON, *, from_bot: bool, **fields: Any
    ) -> StoredMessage:
        messages = self._messages.setdefault(chat_id, [])
        message = StoredMessage(
            chat_id=chat_id,
            message_id=len(messages) + 1,
            sender=sender,
            date=int(time.time()),
            from_bot=from_bot,
            **fields,
        )
        messages.append(message)
        self._bump(chat_id if from_bot else None)
        return message

    def _message_json(self, message: StoredMessage, *, nested: bool = False) -> JSON:
        """The Bot API Message object for a stored message (reply_to_message one level deep)."""
        out: JSON = {
            "message_id": message.message_id,
            "date": message.date,
            "chat": copy.deepcopy(self._chats[message.chat_id]),
            "from": copy.deepcopy(message.sender),
        }
        if message.plain is not None:
            key = "caption" if message.is_caption else "text"
            out[key] = message.plain
            if message.entities:
                out[f"{key}_entities" if message.is_caption else "entities"] = copy.deepcopy(
                    message.entities
                )
        out.update(copy.deepcopy(message.media))
        markup = _normal_inline(message.reply_markup)
        if markup:
            out["reply_markup"] = markup
        if message.edit_date is not None:
            out["edit_date"] = message.edit_date
        if message.protected:
            out["has_protected_content"] = True
        target = None if nested else self._find_message(message.chat_id, message.reply_to)
        if target is not None and not target.deleted:
            out["reply_to_message"] = self._message_json(target, nested=True)
        return out

    def _render(
        self, source: Any, parse_mode: Any, entities: Any, *, caption: bool
    ) -> tuple[str, list[JSON]]:
        """Parse text or caption as Telegram does and enforce emptiness and length limits."""
        source = "" if source is None else str(source)
        mode = str(parse_mode or "").lower()
        if mode == "html":
            try:
                plain, found = parse_html(source)
            except EntityParseError as exc:
                raise bad_request(f"can't parse entities: {exc}") from None
        elif mode in ("", "none"):
            plain = source
            found = list(entities) if isinstance(entities, list) else []
        elif mode in ("markdown", "markdownv2"):
            plain, found = source, []  # not parsed: only HTML is modelled
        else:
            raise bad_request(f"unsupported parse_mode {parse_mode}")
        limit, what = (CAPTION_LIMIT, "message caption") if caption else (TEXT_LIMIT, "message")
        if not caption and not plain.strip():
            raise bad_request("message text is empty")
        if utf16_len(plain.strip()) > limit:
            raise bad_request(f"{what} is too long")
        return plain, found

    def _reply_target(self, chat_id: int, p: JSON) -> int | None:
        reply = p.get("reply_parameters")
        if isinstance(reply, dict):
            message_id, allow = reply.get("message_id"), reply.get("allow_sending_without_reply")
        else:
            message_id = p.get("reply_to_message_id")
            allow = p.get("allow_sending_without_reply")
        if message_id is None:
            return None
        target = self._find_message(chat_id, message_id)
        if target is None or target.deleted:
            if allow:
                return None
            raise bad_request("message to be replied not found")
        return int(message_id)

    def _check_rate(self, chat_id: int) -> None:
        """The per-group sliding window (Telegram: about 20 messages a minute, edits included)."""
        if chat_id >= 0 or self._group_limit is None:
            return
        count, window = self._group_limit
        now = time.monotonic()
        sent = self._sends.setdefault(chat_id, deque())
        while sent and sent[0] <= now - window:
            sent.popleft()
        if len(sent) >= count:
            retry = max(1, math.ceil(sent[0] + window - now))
            raise ApiError(429, f"Too Many Requests: retry after {retry}", retry_after=retry)

    def _count_send(self, chat_id: int) -> None:
        if chat_id < 0:
            self._sends.setdefault(chat_id, deque()).append(time.monotonic())

    def _send_message(self, p: JSON) -> JSON:
        chat = self._chat(p)
        markup = validate_reply_markup(p.get("reply_markup"))
        plain, entities = self._render(
            p.get("text"), p.get("parse_mode"), p.get("entities"), caption=False
        )
        reply_to = self._reply_target(chat["id"], p)
        self._check_rate(chat["id"])
        message = self._add_message(
            chat["id"],
            self._bot_sender(),
            from_bot=True,
            source=str(p.get("text")),
            parse_mode=p.get("parse_mode") or None,
            plain=plain,
            entities=entities,
            reply_markup=markup,
            reply_to=reply_to,
            protected=bool(p.get("protect_content")),
        )
        self._count_send(chat["id"])
        return self._message_json(message)

    def _media_file(self, kind: str, p: JSON) -> StoredFile:
        value = p.get(kind)
        if isinstance(value, Upload):
            name = value.filename or (None if kind == "photo" else "document")
            mime = value.content_type
            if name and (mime is None or mime == "application/octet-stream"):
                mime = mimetypes.guess_type(name)[0] or mime
            return self.register_file(value.content, name, mime)
        if isinstance(value, str) and value:
            if value in self._files:
                return self._files[value]
            if urlsplit(value).scheme in ("http", "https"):
                name = urlsplit(value).path.rsplit("/", 1)[-1] or None
                return self.register_file(b"", name, None)
            raise bad_request("wrong file identifier/HTTP URL specified")
        raise bad_request(f"there is no {kind} in the request")

    def _media_json(self, kind: str, stored: StoredFile) -> JSON:
        if kind == "photo":
            width, height = _png_size(stored.content) or (320, 240)
            size = {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "width": width,
                "height": height,
                "file_size": stored.size,
            }
            return {"photo": [size]}
        document: JSON = {"file_id": stored.file_id, "file_unique_id": stored.file_unique_id}
        extras = {"file_name": stored.file_name, "mime_type": stored.mime_type}
        document.update({key: value for key, value in extras.items() if value})
        document["file_size"] = stored.size
        return {"document": document}

    def _send_media(self, kind: str, p: JSON) -> JSON:
        chat = self._chat(p)
        markup = validate_reply_markup(p.get("reply_markup"))
        caption = p.get("caption")
        plain, entities = (
            self._render(caption, p.get("parse_mode"), p.get("caption_entities"), caption=True)
            if caption
            else (None, [])
        )
        reply_to = self._reply_target(chat["id"], p)
        stored = self._media_file(kind, p)
        self._check_rate(chat["id"])
        message = self._add_message(
            chat["id"],
            self._bot_sender(),
            from_bot=True,
            source=str(caption) if caption else None,
            parse_mode=p.get("parse_mode") or None,
            plain=plain,
            entities=entities,
            is_caption=True,
            reply_markup=markup,
            media=self._media_json(kind, stored),
            file=stored,
            reply_to=reply_to,
            protected=bool(p.get("protect_content")),
        )
        self._count_send(chat["id"])
        return self._message_json(message)

    def _existing_message(self, p: JSON, action: str) -> StoredMessage:
        chat = self._chat(p)
        message = self._find_message(chat["id"], p.get("message_id"))
        if message is None or message.deleted:
            raise bad_request(f"message to {action} not found")
        return message

    def _edit_target(self, p: JSON) -> StoredMessage:
        if p.get("inline_message_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        message = self._existing_message(p, "edit")
        if not message.from_bot:
            raise bad_request("message can't be edited")
        return message

    def _apply_edit(self, message: StoredMessage, **changes: Any) -> JSON:
        message.history.append(
            Revision(
                time.monotonic(),
                message.source,
                message.parse_mode,
                message.plain,
                copy.deepcopy(message.reply_markup),
            )
        )
        for name, value in changes.items():
            setattr(message, name, value)
        message.edit_date = int(time.time())
        self._count_send(message.chat_id)
        self._bump(message.chat_id)
        return self._message_json(message)

    def _edit_text(self, p: JSON) -> JSON:
        message = self._edit_target(p)
        if message.is_caption:
            raise bad_request("there is no text in the message to edit")
        markup = validate_reply_markup(p.get("reply_markup"))
        plain, entities = self._render(
            p.get("text"), p.get("parse_mode"), p.get("entities"), caption=False
        )
        return self._edit_content(message, p, str(p.get("text")), plain, entities, markup)

    def _edit_caption(self, p: JSON) -> JSON:
        message = self._edit_target(p)
        if not message.is_caption:
            raise bad_request("there is no caption in the message to edit")
        markup = validate_reply_markup(p.get("reply_markup"))
        caption = p.get("caption")
        plain, entities = (
            self._render(caption, p.get("parse_mode"), p.get("caption_entities"), caption=True)
            if caption
            else (None, [])
        )
        source = str(caption) if caption else None
        return self._edit_content(message, p, source, plain, entities, markup)

    def _edit_content(
        self,
        message: StoredMessage,
        p: JSON,
        source: str | None,
        plain: str | None,
        entities: list[JSON],
        markup: JSON | None,
    ) -> JSON:
        """Apply a text or caption edit, refusing one that changes nothing as Telegram does."""
        # Telegram drops the inline keyboard when an edit does not repeat it.
        if (plain, entities, _normal_inline(markup)) == (
            message.plain,
            message.entities,
            _normal_inline(message.reply_markup),
        ):
            raise bad_request(NOT_MODIFIED)
        self._check_rate(message.chat_id)
        return self._apply_edit(
            message,
            source=source,
            parse_mode=p.get("parse_mode") or None,
            plain=plain,
            entities=entities,
            reply_markup=markup,
        )

    def _edit_reply_markup(self, p: JSON) -> JSON:
        message = self._edit_target(p)
        markup = validate_reply_markup(p.get("reply_markup"))
        if _normal_inline(markup) == _normal_inline(message.reply_markup):
            raise bad_request(NOT_MODIFIED)
        self._check_rate(message.chat_id)
        return self._apply_edit(message, reply_markup=markup)

    def _delete_message(self, p: JSON) -> bool:
        message = self._existing_message(p, "delete")
        message.deleted = True
        self._bump(message.chat_id)
        return True

    def _delete_messages(self, p: JSON) -> bool:
        chat = self._chat(p)
        ids = p.get("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise bad_request("message_ids must contain 1-100 message identifiers")
        for message_id in ids:
            message = self._find_message(chat["id"], message_id)
            if message is not None:
                message.deleted = True
        self._bump(chat["id"])
        return True

    # ---------------------------------------------------------------- buttons, actions, files

    def _answer_callback_query(self, p: JSON) -> bool:
        record = self._queries.get(str(p.get("callback_query_id") or ""))
        expired = (
            record is not None
            and self.query_ttl is not None
            and time.monotonic() - record.created > self.query_ttl
        )
        if record is None or record.answered or expired:
            raise bad_request(QUERY_TOO_OLD)
        text = p.get("text")
        if text is not None and len(str(text)) > TOAST_LIMIT:
            raise bad_request("MESSAGE_TOO_LONG")
        record.answered = True
        record.text = None if text is None else str(text)
        record.show_alert = bool(p.get("show_alert"))
        record.url = p.get("url")
        record.answered_at = time.monotonic()
        self._toasts.setdefault(record.user_id, []).append(record.text)
        self._bump()
        return True

    def _send_chat_action(self, p: JSON) -> bool:
        self._chat(p)
        if p.get("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    def _get_file(self, p: JSON) -> JSON:
        stored = self._files.get(str(p.get("file_id") or ""))
        if stored is None:
            raise bad_request("invalid file_id")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": stored.size,
            "file_path": stored.path,
        }


def _scope_key(scope: Any) -> str:
    return json.dumps(scope or {"type": "default"}, sort_keys=True)


_ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
)
_RESTRICTIONS = (
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_send_messages",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_manage_topics",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_edit_tag",
)


def _member_json(status: str, user: JSON) -> JSON:
    """A ChatMember object with the fields PTB requires for each status."""
    member: JSON = {"status": status, "user": user}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member.update(dict.fromkeys(_ADMIN_RIGHTS, True), can_be_edited=False, is_anonymous=False)
    elif status == "restricted":
        member.update(dict.fromkeys(_RESTRICTIONS, False), is_member=True, until_date=0)
    elif status == "kicked":
        member["until_date"] = 0
    return member
