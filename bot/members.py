"""Who is in a group, asked of Telegram (getChatMember) and remembered briefly.

A session's Details link works only for the members of its group; the answer is kept for a
minute, so that someone who opens the link and votes from it asks Telegram once, and someone
removed from the group loses access within a minute.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict

from telegram import Bot, ChatMember, ChatMemberRestricted
from telegram.error import BadRequest, Forbidden, TelegramError

log = logging.getLogger(__name__)

KEEP_SECONDS = 60.0
KEEP_FAILED_SECONDS = 5.0  # Telegram could not be asked: try again soon
REMEMBERED = 10_000
IN_THE_GROUP = (ChatMember.OWNER, ChatMember.ADMINISTRATOR, ChatMember.MEMBER)


class TelegramMembers:
    def __init__(self, bot: Bot, keep: float = KEEP_SECONDS) -> None:
        self.bot = bot
        self.keep = keep
        self._answers: OrderedDict[tuple[str, str], tuple[bool, float]] = OrderedDict()

    def known(self, chat: str, user: str) -> bool | None:
        found = self._answers.get((chat, user))
        if found is None or found[1] < time.monotonic():
            return None
        return found[0]

    async def check(self, chat: str, user: str) -> bool:
        kept = self.keep
        try:
            member = await self.bot.get_chat_member(int(chat), int(user.removeprefix("tg:")))
            inside = member.status in IN_THE_GROUP or (
                isinstance(member, ChatMemberRestricted) and member.is_member)
        except (BadRequest, Forbidden):  # not in it, or the bot is not: not a member
            inside = False
        except (TelegramError, ValueError) as exc:
            log.info("Could not ask Telegram who is in a group (%s)", type(exc).__name__)
            inside, kept = False, KEEP_FAILED_SECONDS
        self._remember((chat, user), inside, kept)
        return inside

    def _remember(self, key: tuple[str, str], inside: bool, kept: float) -> None:
        self._answers[key] = (inside, time.monotonic() + kept)
        self._answers.move_to_end(key)
        while len(self._answers) > REMEMBERED:
            self._answers.popitem(last=False)
