"""Bot API calls that are safe to repeat are repeated when Telegram's answer is lost.

A 5xx answer or a timeout does not say whether Telegram did the call. Repeating an edit, an
answer to a button press or a setting leaves the same result as doing it once, so those are
tried again after a short pause; a new message is not (a repeat could show it twice), and
its failure reaches the channel, which tells the person. 429 (retry after) is the rate
limiter's (AIORateLimiter), which waits as asked and tries again.
"""

from __future__ import annotations

import asyncio
import logging

from telegram.error import NetworkError
from telegram.request import HTTPXRequest, RequestData

log = logging.getLogger(__name__)

SAFE_TO_REPEAT = frozenset({
    "answercallbackquery", "editmessagetext", "editmessagereplymarkup",
    "editmessagecaption", "deletemessage", "getme", "getchat", "getfile", "getwebhookinfo",
    "setwebhook", "setmycommands", "setmydescription", "setmyshortdescription",
})
PAUSES = (0.2, 0.6, 1.5)


class RetryingRequest(HTTPXRequest):
    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None,
        *args: object, **kwargs: object,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1].lower()
        pauses = PAUSES if name in SAFE_TO_REPEAT else ()
        for pause in (*pauses, None):
            try:
                code, body = await super().do_request(
                    url, method, request_data, *args, **kwargs)  # type: ignore[arg-type]
            except NetworkError as exc:  # TimedOut included
                if pause is None:
                    raise
                log.debug("%s: no answer (%s); trying again", name, type(exc).__name__)
            else:
                if code < 500 or pause is None:
                    return code, body
                log.debug("%s: Telegram answered %s; trying again", name, code)
            await asyncio.sleep(pause)
        raise AssertionError("unreachable")  # the last pause is None
