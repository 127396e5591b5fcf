"""A fake Telegram Bot API server and simulated users for end-to-end tests.

Why: the tests run the real python-telegram-bot ``Application`` over real HTTP against this
local server, so polling, error handling and Telegram's limits are exercised without a network.
"""

from .people import Group, Person, Screen
from .server import (
    ApiError,
    BotApiServer,
    Call,
    CallbackRecord,
    EntityParseError,
    Revision,
    StoredFile,
    StoredMessage,
    Upload,
    html_to_plain,
    most_in_window,
    parse_html,
    utf16_len,
)

__all__ = [
    "ApiError",
    "BotApiServer",
    "Call",
    "CallbackRecord",
    "EntityParseError",
    "Group",
    "Person",
    "Revision",
    "Screen",
    "StoredFile",
    "StoredMessage",
    "Upload",
    "html_to_plain",
    "most_in_window",
    "parse_html",
    "utf16_len",
]
