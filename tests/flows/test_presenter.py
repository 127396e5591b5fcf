"""The presenter page's link and what the page is told, at the flows' door (the page itself, in
a real browser over two web processes: tests/e2e/test_presenter_browser.py)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.i18n import CatalogLanguages
from flows.engine.store.presenter import PresenterLink
from flows.sessions.presenter import Presenter
from framework import load_framework
from tests.golden.scripts import OPEN_ROUND, agreed, for_language
from tests.golden.transcript import Scripted, fresh_router

TOKEN = re.compile(r"/p/([A-Za-z0-9_-]{22})")
SETUP = [*OPEN_ROUND, *agreed("member", "voter", "other"),
         ("@group", "command", "session"), ("command", "start", "{setup}"),
         ("tap", "gs.round", "1"), ("tap", "gs.mode", "pulse")]


def no_qr(link: PresenterLink) -> str | None:
    return None


async def open_page(presenter: Presenter, token: str, now: datetime) -> str | None:
    """The cookie the link is traded for, if it opens the page."""
    opened = await presenter.exchange(token, now)
    return opened[0] if opened is not None else None


def token_of(scripted: Scripted) -> str:
    shown = [getattr(e, "screen", None) for e in scripted.effects]
    found = [m.group(1) for s in shown if s is not None for m in TOKEN.finditer(s.text)]
    assert found, "no presenter link was shown"
    return found[-1]


async def test_the_link_opens_once_and_the_page_follows_the_session(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    async with fresh_router(f"sqlite+aiosqlite:///{tmp_path / 'p.sqlite3'}") as router:
        scripted = Scripted(router, "en")
        presenter = Presenter(router.store, load_framework(), CatalogLanguages())
        for step in for_language(SETUP, "en"):
            await scripted.step(step)
        await scripted.step(("tap", "gs.present"))
        first = token_of(scripted)

        async def view(cookie: str) -> dict[str, Any]:
            found = await presenter.view(cookie, datetime.now(UTC), no_qr)
            assert found is not None
            assert "tg:" not in json.dumps(found[1])  # never anyone's id
            return found[1]

        # opened once: the token is traded for a cookie, and never again
        cookie = await open_page(presenter, first, now)
        assert cookie is not None and cookie != first
        assert await open_page(presenter, first, now) is None
        assert await open_page(presenter, "x" * 22, now) is None
        waiting = await view(cookie)
        assert waiting["state"] == "waiting" and waiting["count"] is None
        assert "session starts" in waiting["waiting"]

        await scripted.step(("tap", "gs.language", "en"))
        shown = await view(cookie)
        assert shown["state"] == "open" and shown["position"] == "Question 1 of 6"
        assert shown["count"] == 0 and len(shown["phases"]) == 4
        for who, phase in (("@member-group", "2"), ("@voter-group", "3")):
            await scripted.step((who, "tap", "gs.vote", phase))
        assert (await view(cookie))["count"] == 2

        # fewer than 3 votes: no spread, whatever the page asks
        await scripted.step(("@group", "tap", "gs.reveal"))
        few = await view(cookie)
        assert few["state"] == "revealed" and few["spreads"] == [] and few["too_few"]
        await scripted.step(("@group", "tap", "gs.next"))
        for who, phase in (("@member-group", "2"), ("@voter-group", "3"),
                           ("@other-group", "3"), ("@group", "dont_know")):
            await scripted.step((who, "tap", "gs.vote", phase))
        await scripted.step(("@group", "tap", "gs.reveal"))
        spread = await view(cookie)
        assert spread["position"] == "Question 2 of 6" and spread["count"] == 4
        [bars] = spread["spreads"]
        assert [b["count"] for b in bars["bars"]] == [0, 1, 2, 0, 1]
        assert "median" in bars["figures"] and "n 3" in bars["figures"]

        # a new link ends the earlier one not yet opened; the page already open goes on
        await scripted.step(("tap", "gs.present"))
        second = token_of(scripted)
        await scripted.step(("tap", "gs.present"))
        third = token_of(scripted)
        assert len({first, second, third}) == 3
        assert await open_page(presenter, second, datetime.now(UTC)) is None
        assert (await view(cookie))["state"] == "revealed"
        other = await open_page(presenter, third, datetime.now(UTC)) or ""
        assert (await view(other))["state"] == "revealed"

        # the facilitator's chat moved on (the laptop beside the projector restarted, say):
        # /session in private brings back the running session's screen and a new link;
        # a participant's /session only says where to send it
        await scripted.step(("command", "help"))
        await scripted.step(("command", "session"))
        back = scripted.effects[-1].screen  # type: ignore[union-attr]
        assert "The session is on the group" in back.text
        assert [b.label for row in back.buttons for b in row] == ["Presenter page"]
        await scripted.step(("tap", "gs.present"))
        again = await open_page(presenter, token_of(scripted), datetime.now(UTC))
        assert again is not None and (await view(again))["state"] == "revealed"
        await scripted.step(("@member", "command", "session"))
        told = scripted.effects[-1].screen  # type: ignore[union-attr]
        assert "in the group chat" in told.text and not told.buttons

        # after End, a link not yet opened opens nothing
        await scripted.step(("tap", "gs.present"))
        unopened = token_of(scripted)
        await scripted.step(("@group", "tap", "gs.end"))
        await scripted.step(("@group", "tap", "gs.end_yes"))
        assert await open_page(presenter, unopened, datetime.now(UTC)) is None


async def test_the_page_after_end_and_a_link_out_of_time(tmp_path: Path) -> None:
    async with fresh_router(f"sqlite+aiosqlite:///{tmp_path / 'p.sqlite3'}") as router:
        scripted = Scripted(router, "fr")
        presenter = Presenter(router.store, load_framework(), CatalogLanguages())
        for step in for_language(SETUP, "fr"):
            await scripted.step(step)
        await scripted.step(("tap", "gs.language", "fr"))
        await scripted.step(("tap", "gs.present"))
        # out of time: 12 hours after it was made, neither the link nor its page opens
        late = datetime.now(UTC) + timedelta(hours=12, minutes=1)
        assert await open_page(presenter, token_of(scripted), late) is None
        await scripted.step(("tap", "gs.present"))
        cookie = await open_page(presenter, token_of(scripted), datetime.now(UTC))
        assert cookie is not None
        assert await presenter.view(cookie, late, no_qr) is None
        for who, phase in (("@member-group", "2"), ("@voter-group", "3"),
                           ("@other-group", "4")):
            await scripted.step((who, "tap", "gs.vote", phase))
        await scripted.step(("@group", "tap", "gs.end"))
        await scripted.step(("@group", "tap", "gs.end_yes"))
        found = await presenter.view(cookie, datetime.now(UTC), no_qr)
        assert found is not None
        ended = found[1]
        assert ended["state"] == "ended" and ended["lang"] == "fr"  # the group's language
        assert ended["join"] is None  # the join link ends with the session
        summary = ended["summary"]
        first = summary["rows"][0]
        assert first["median"] == 3 and (first["low"], first["high"]) == (2, 4)
        assert len(summary["rows"]) == 1  # the questions not reached are named apart
        assert summary["sections"] and "5" in summary["sections"][-1]["title"]


async def test_both_votes_spreads_from_five_voters_each(tmp_path: Path) -> None:
    async with fresh_router(f"sqlite+aiosqlite:///{tmp_path / 'p.sqlite3'}") as router:
        scripted = Scripted(router, "en")
        presenter = Presenter(router.store, load_framework(), CatalogLanguages())
        for step in for_language([*SETUP, *agreed("fifth")], "en"):
            await scripted.step(step)
        await scripted.step(("tap", "gs.language", "en"))
        await scripted.step(("tap", "gs.present"))
        cookie = await open_page(presenter, token_of(scripted), datetime.now(UTC)) or ""
        voters = ("@member-group", "@voter-group", "@other-group", "@fifth-group", "@group")
        for who, phase in zip(voters, "22334", strict=True):
            await scripted.step((who, "tap", "gs.vote", phase))
        await scripted.step(("@group", "tap", "gs.reveal"))
        await scripted.step(("@group", "tap", "gs.again"))
        found = await presenter.view(cookie, datetime.now(UTC), no_qr)
        assert found is not None and found[1]["count"] == 0 and found[1]["phases"]
        assert "second vote" in found[1]["count_label"]
        for who, phase in zip(voters, "33334", strict=True):
            await scripted.step((who, "tap", "gs.vote", phase))
        await scripted.step(("@group", "tap", "gs.reveal"))
        found = await presenter.view(cookie, datetime.now(UTC), no_qr)
        assert found is not None
        first, second = found[1]["spreads"]
        assert (first["title"], second["title"]) == ("First vote", "Second vote")
        assert [b["count"] for b in first["bars"]] == [0, 2, 2, 1, 0]
        assert [b["count"] for b in second["bars"]] == [0, 0, 4, 1, 0]
