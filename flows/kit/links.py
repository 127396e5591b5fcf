"""The shapes of the deep links (`t.me/<bot>?start=<payload>`) that /start hands from one flow
to another: the assessment's /start receives every payload, and passes a group session's on.
"""

from __future__ import annotations

import re

# `gs<token>` sets a session up, `gd<token>` opens its details, `ga<token>` records what the
# group agreed (its facilitators only); the token is the card's, unguessable, and changes when
# the session starts.
SESSION_LINK = re.compile(r"^g([sda])([A-Za-z0-9_\-]{16})$")
SESSION_PREFIXES = ("gs", "gd", "ga")  # a payload so shaped is a session's, unless an invitation
# /session in a group from someone who has not agreed yet: their private chat, carrying nothing
SESSION_AGREE_FIRST = "session"
