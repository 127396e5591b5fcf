"""The presenter page of a group session: what the wall shows, read from the database on each
of the page's requests (so a vote handled by any web process shows at the next one), in the
group's language, under the card's thresholds. Pure once loaded: `room_view` turns the loaded
data into the page's JSON; the channel (bot/presenter) serves it and makes the join link.

The link's life: `make_link` (a facilitator's tap in private) → `exchange` (the page opened
once, the token traded for a cookie) → `view` (every few seconds) → the session ends, and the
link can no longer be opened (the cookie still shows the summary until the link expires).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from flows.documents.report import result_text
from flows.documents.results import spread_text
from flows.engine.store import FIRST_VOTING, Store, Transaction
from flows.engine.store.positions import Agreement, positions
from flows.engine.store.presenter import PresenterLink
from flows.engine.translator import Languages, Translator
from flows.kit.items import item_of, short_name
from flows.kit.texts import phase_label, rating_label
from flows.positions.screens import rationale
from flows.sessions import screens
from flows.sessions.context import NAME, T, card_context, read_card
from flows.sessions.handlers import leads
from flows.sessions.summary import parts
from framework.aggregate import MIN_GROUP, RoundResults, session_results
from framework.model import Framework
from framework.scoring import ItemStats, counted_stats

LINK_PATH = "/p/"  # where the channel serves the link (bot/presenter)
TOKEN_BYTES = 16  # 128 random bits in the link; the cookie has 256
COOKIE_BYTES = 32
WAITING, OPEN, REVEALED, ENDED = "waiting", "open", "revealed", "ended"


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_cookie() -> str:
    return secrets.token_urlsafe(COOKIE_BYTES)


@dataclass(frozen=True)
class Join:
    link: str | None  # a Telegram invitation to the group (shown as a QR code)
    title: str | None  # else the group's name


@dataclass(frozen=True)
class RoomData:
    fw: Framework
    state: str  # waiting, open, revealed or ended
    card: screens.CardData | None  # None while the session is being set up
    agreement: Agreement | None  # the question's agreed position, once voting is closed
    results: RoundResults | None  # the session's own, once it ended
    join: Join | None
    title: str  # the round's, as the card names it


async def load_room(tx: Transaction, fw: Framework, t: Translator, link: PresenterLink
                    ) -> RoomData | None:
    """The session as the wall should show it now; None when its card is gone."""
    card = await tx.cards.get(link.card_id)
    if card is None:
        return None
    ctx = card_context(card)
    join = Join(link.join_link, link.join_title) if not link.join_revoked_at else None
    if card.round_id is None or card.state == "setup" or ctx.language is None:
        round_ = await tx.rounds.get(card.round_id) if card.round_id is not None else None
        title = screens.card_title(t, round_) if round_ is not None else ""
        return RoomData(fw, WAITING, None, None, None, join, title)
    data = await read_card(tx, fw, None, card)
    title = screens.card_title(t, data.round)
    if card.state == "ended":
        results = session_results(fw, await tx.votes.counts(card.id))
        return RoomData(fw, ENDED, data, None, results, None, title)
    item = data.items[data.index]
    agreement = positions(await tx.agreements.of_round(data.round.id)).get(item) \
        if card.state == "revealed" else None
    return RoomData(fw, REVEALED if card.state == "revealed" else OPEN, data, agreement, None,
                    join, title)


# the facilitator's link, in private --------------------------------------------------------
async def make_link(turn: T, arg: str) -> None:
    """A new presenter link for the session being set up or led (the older ones end)."""
    base = turn.env.presenter_url
    card = await turn.tx.cards.get(turn.ctx.card) if turn.ctx.card is not None else None
    if base is None or card is None or card.flow != NAME or card.state == "ended" \
            or not (card_context(card).opener == turn.actor.user
                    or (card.round_id is not None and await leads(turn, card))):
        turn.toast = turn.router.shell.not_here(turn.t)
        return
    token = new_token()
    await turn.tx.presenter.make(card.id, token, turn.t.locale, datetime.now(UTC))
    t, url = turn.t, f"{base}{LINK_PATH}{token}"
    turn.send(lambda: screens.presenter_link(t, url))


# the page's JSON ----------------------------------------------------------------------------
def page_labels(t: Translator) -> dict[str, str]:
    return {
        "live": t.gettext("Live: this page follows the session in Telegram."),
        "lost": t.gettext("Connection lost: trying again…"),
    }


def refusal(t: Translator) -> str:
    """The same answer to every link or page that cannot be opened: it says nothing of why."""
    return t.gettext("This presenter page cannot be opened. Ask the session's facilitator "
                     "for a new link in Telegram.")


def waiting_text(t: Translator) -> str:
    return t.gettext("The first question appears here when the session starts.")


def page_title(t: Translator) -> str:
    return t.gettext("Group session: presenter page")


def room_view(t: Translator, data: RoomData, qr: str | None) -> dict[str, Any]:
    """The page's state: plain texts (the page sets them as text, never as markup) and counts;
    `qr` is the address of the join link's QR code image, when there is one."""
    view: dict[str, Any] = {
        "lang": t.locale.replace("_", "-"), "dir": "rtl" if t.rtl else "ltr",
        "page_title": page_title(t), "labels": page_labels(t), "state": data.state,
        "title": t.gettext("Group session: {round}").format(round=data.title)
        if data.title else page_title(t),
        "position": "", "waiting": "", "name": "", "question": "", "phases": [],
        "spreads": [], "too_few": "", "before": "", "agreed": "", "rationale": "",
        "summary": None, "count": None, "count_number": "", "count_label": "",
        "join": _join(t, data.join, qr),
        "anonymous": t.gettext("Anonymous: only counts are shown, never who voted what."),
    }
    card = data.card
    if data.state == WAITING or card is None:
        view["waiting"] = waiting_text(t)
    elif data.state == ENDED:
        assert data.results is not None
        view["summary"] = _summary(t, data.fw, card, data.results)
    else:
        _question(t, data, card, view)
    # a hash of what is shown: the page redraws only when it changed
    view["version"] = hashlib.sha256(json.dumps(view, sort_keys=True).encode()).hexdigest()[:16]
    return view


def _join(t: Translator, join: Join | None, qr: str | None) -> dict[str, str] | None:
    if join is None:
        return None
    if join.link and qr:
        return {"qr": qr, "qr_alt": t.gettext("QR code to join the group in Telegram"),
                "text": t.gettext("Scan to join the group in Telegram")}
    if join.title:
        return {"qr": "", "text": t.gettext(
            "Not in the group “{group}” yet? Ask one of its admins in Telegram to add you."
        ).format(group=t.isolate(join.title))}
    return None


def _question(t: Translator, data: RoomData, card: screens.CardData, view: dict[str, Any]
              ) -> None:
    fw = data.fw
    item = item_of(t, fw, card.items[card.index])
    view["position"] = t.gettext("Question {number} of {total}").format(
        number=card.index + 1, total=len(card.items))
    view["name"], view["question"] = item.name, item.question
    second = card.voting != FIRST_VOTING
    view["count"] = card.votes
    view["count_number"] = t.number(card.votes, 0)
    view["count_label"] = (t.ngettext("vote in the second vote", "votes in the second vote",
                                      card.votes) if second
                           else t.ngettext("vote", "votes", card.votes))
    if data.state == OPEN:
        view["phases"] = [{"label": phase_label(t, fw, n), "text": brief}
                          for n, brief in enumerate(item.briefs, start=1)]
        return
    view["count_label"] += " · " + t.gettext("Voting is closed")
    if card.votes < MIN_GROUP:
        view["too_few"] = t.gettext(
            "Too few votes to show how they are spread (at least {min} are needed)."
        ).format(min=MIN_GROUP)
    else:
        stats = card.stats
        if card.both_shown and card.first is not None:
            first = counted_stats(card.items[card.index], card.first[:4], card.first[4])
            view["spreads"] = [_spread(t, t.gettext("First vote"), card.first, first),
                               _spread(t, t.gettext("Second vote"), card.counts, stats)]
        else:
            view["spreads"] = [_spread(t, t.gettext("Second vote") if second else "",
                                       card.counts, stats)]
    if card.before is not None and card.before.n >= MIN_GROUP:
        view["before"] = t.gettext("{label}: {text}").format(
            label=t.gettext("Answers given before the meeting"),
            text=spread_text(t, card.before))
    if data.agreement is not None:
        view["agreed"] = t.gettext("Agreed position: {phase}").format(
            phase=rating_label(t, fw, data.agreement.phase))
        view["rationale"] = rationale(t, data.agreement)


def _spread(t: Translator, title: str, counts: tuple[int, int, int, int, int],
            stats: ItemStats) -> dict[str, Any]:
    labels = [t.gettext("Phase {phase}").format(phase=n) for n in (1, 2, 3, 4)]
    labels.append(t.gettext("Don't know"))
    return {"title": title,
            "bars": [{"label": label, "count": count}
                     for label, count in zip(labels, counts, strict=True)],
            "figures": spread_text(t, stats) if stats.n >= MIN_GROUP else ""}


def _summary(t: Translator, fw: Framework, card: screens.CardData, results: RoundResults
             ) -> dict[str, Any]:
    """As the summary posted in the group: each question reached, with its median and range
    drawn on the phases' scale (only from `MIN_GROUP` votes), what to discuss, and what was
    not reached."""
    asked, split, missed = parts(card.items, results, card.reached)
    rows = []
    for item in asked:
        shown = results.shown(item)
        drawn = shown if shown is not None and shown.n >= MIN_GROUP \
            and shown.median is not None else None
        rows.append({
            "name": short_name(t, fw, item),
            "text": result_text(t, results.items[item], votes=True),
            "median": drawn.median if drawn else None,
            "low": drawn.low if drawn else None,
            "high": drawn.high if drawn else None,
        })
    sections = []
    if split:
        sections.append({"title": t.gettext("To discuss: where the group disagrees most"),
                         "lines": [short_name(t, fw, item) for item in split]})
    if missed:
        sections.append({"title": t.ngettext("Not reached: {n} question",
                                             "Not reached: {n} questions",
                                             len(missed)).format(n=len(missed)),
                         "lines": [short_name(t, fw, item) for item in missed]})
    return {"heading": t.gettext("Group session summary: {round}").format(
                round=screens.heading(t, card.round)),
            "note": t.gettext("Only this session's votes; a figure needs at least {min}.")
            .format(min=MIN_GROUP),
            "rows": rows, "sections": sections,
            "axis": [t.gettext("Phase {phase}").format(phase=n) for n in (1, 2, 3, 4)]}


# the service the channel calls ------------------------------------------------------------
class Presenter:
    """The presenter page's door into the database: one short transaction per request."""

    def __init__(self, store: Store, fw: Framework, languages: Languages) -> None:
        self.store = store
        self.fw = fw
        self.languages = languages

    def translator(self, link: PresenterLink, group_language: str | None) -> Translator:
        language = group_language or link.language
        if language not in self.languages.available:
            language = self.languages.default
        return self.languages.translator(language)

    async def exchange(self, token: str, now: datetime) -> tuple[str, PresenterLink] | None:
        """A new cookie for the page, with its link, if the token opens it (once)."""
        cookie = new_cookie()
        async with self.store.transaction() as tx:
            found = await tx.presenter.exchange(token, cookie, now)
            if found is None:
                return None
            card = await tx.cards.get(found.card_id)
            if card is None or card.state == "ended":
                return None
        return cookie, found

    async def link_of(self, cookie: str, now: datetime) -> PresenterLink | None:
        async with self.store.transaction() as tx:
            return await tx.presenter.by_cookie(cookie, now)

    async def view(self, cookie: str, now: datetime,
                   qr: Callable[[PresenterLink], str | None]
                   ) -> tuple[PresenterLink, dict[str, Any], str, bool] | None:
        """The page's state, with the link, the group's chat, and whether the session ended;
        None when the cookie opens nothing."""
        async with self.store.transaction() as tx:
            link = await tx.presenter.by_cookie(cookie, now)
            if link is None:
                return None
            card = await tx.cards.get(link.card_id)
            if card is None:
                return None
            t = self.translator(link, card_context(card).language)
            data = await load_room(tx, self.fw, t, link)
        if data is None:
            return None
        return link, room_view(t, data, qr(link)), card.chat, data.state == ENDED

    async def language_of(self, cookie: str, now: datetime) -> Translator | None:
        async with self.store.transaction() as tx:
            link = await tx.presenter.by_cookie(cookie, now)
            card = await tx.cards.get(link.card_id) if link is not None else None
        if link is None or card is None:
            return None
        return self.translator(link, card_context(card).language)

    async def set_join(self, link: PresenterLink, join_link: str | None,
                       title: str | None) -> PresenterLink | None:
        async with self.store.transaction() as tx:
            return await tx.presenter.set_join(link.id, join_link, title)

    async def join_revoked(self, link: PresenterLink, now: datetime) -> bool:
        async with self.store.transaction() as tx:
            return await tx.presenter.join_revoked(link.id, now)
