"""Logging that never carries what a person typed, their notes or their profile.

Our own lines name events by their Telegram update id and errors by their type and place, never
by their message (a database error's message holds the statement's parameters). Libraries that
log request and update contents at DEBUG (python-telegram-bot, httpx) are held at INFO or above
whatever level is asked for, and python-telegram-bot's one line that prints a whole batch of
updates it could not parse is cut to its first words.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from typing import TextIO

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# The least a library logs at: below these, its lines carry message texts or profiles.
LIBRARY_FLOORS = {
    "telegram": logging.INFO,
    "httpx": logging.WARNING,
    "httpcore": logging.WARNING,
    "alembic": logging.WARNING,
    "transitions": logging.WARNING,
    "sqlalchemy": logging.WARNING,
    "aiosqlite": logging.WARNING,
    "asyncio": logging.WARNING,
}
WITHHELD = "(content withheld)"
PROJECT = Path(__file__).resolve().parent.parent


class Withhold(logging.Filter):
    """The last guard on every handler: no record of a library below its floor, and no update
    contents or exception text from python-telegram-bot."""

    def filter(self, record: logging.LogRecord) -> bool:
        for name, floor in LIBRARY_FLOORS.items():
            if (record.name == name or record.name.startswith(name + ".")) and (
                record.levelno < floor
            ):
                return False
        if record.name.startswith("telegram"):
            if str(record.msg).startswith("Error while parsing updates"):
                return False  # `bot.telegram.SafeBot` says it once, by the update's id
            if (isinstance(record.msg, str) and "%r" in record.msg) or record.args:
                record.msg = f"{str(record.msg).split('%', 1)[0].strip()} {WITHHELD}"
                record.args = ()
            if record.exc_info and record.exc_info[1] is not None:
                record.msg = f"{record.msg} [{describe(record.exc_info[1])}]"
                record.exc_info = None
                record.exc_text = None
        return True


def describe(error: BaseException) -> str:
    """An error by its type and where in this project it happened, not by its message."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if f.filename.startswith(str(PROJECT)) and ".venv" not in f.filename]
    where = ours[-1] if ours else (frames[-1] if frames else None)
    if where is None:
        return type(error).__name__
    path = Path(where.filename)
    shown = path.relative_to(PROJECT) if path.is_relative_to(PROJECT) else path.name
    return f"{type(error).__name__} at {shown}:{where.lineno} ({where.name})"


def handler(stream: TextIO | None = None) -> logging.Handler:
    """A handler that writes lines in our format, through the `Withhold` guard."""
    made = logging.StreamHandler(stream)
    made.setFormatter(logging.Formatter(FORMAT))
    made.addFilter(Withhold())
    return made


def configure(level: str | int = logging.INFO, stream: TextIO | None = None) -> None:
    """The process's logging: one guarded handler, libraries held at their floors."""
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler(stream))
    root.setLevel(level)
    for name, floor in LIBRARY_FLOORS.items():
        logging.getLogger(name).setLevel(max(floor, root.level))
