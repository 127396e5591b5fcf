"""The presenter page in a real browser (Debian's Chromium, driven by Playwright), served by two
web processes behind the local Bot API server: eight people vote, each vote handled by one
process or the other, and the page (open on one of them) follows; the token is gone from the
address; a wrong, replaced or ended link gets the one refusal; a lost connection is shown and
recovered from. Screenshots at three sizes in
English, Arabic and Chinese go to `artifacts/presenter/` (with the page's weight, time to first
render and requests per minute in `measures.json`), to be looked at."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright import async_api as playwright

from bot.i18n import translator
from tests.botapi import BotApiServer, Group, Person
from tests.e2e.conftest import open_round_links, rows, say, tap
from tests.e2e.test_presenter_polling import set_up_session
from tests.e2e.test_session_telegram import DATABASE, card_of, consent_all, lead, vote
from tests.e2e.webprocess import ROOT, WebProcess

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# offline, as CI machines are: no sandbox (root in a container), nothing fetched from outside
FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
SIZES = ((1920, 1080), (1280, 720), (1024, 768))
SHOTS = ROOT / "artifacts" / "presenter"
TOKEN = re.compile(r"(http://127\.0\.0\.1:\d+)/p/([A-Za-z0-9_-]{22})")
WAIT_MS = 20_000  # a generous wait: the page asks every 1.5 s
BUDGET, WINDOW, INTERVAL = 20, 1.0, 0.2


@pytest.fixture
def two(server: BotApiServer, database_url: str, tmp_path: Path) -> Iterator[list[WebProcess]]:
    """Two web processes; the page's links point at the first."""
    processes = [WebProcess(server, database_url, tmp_path / f"web{n}.log",
                            group_messages_per_window=str(BUDGET),
                            group_window_seconds=str(WINDOW),
                            group_card_interval_seconds=str(INTERVAL)) for n in range(2)]
    for process in processes:
        process.env["PRESENTER_URL"] = f"http://127.0.0.1:{processes[0].port}"
    try:
        yield processes
    finally:
        for process in processes:
            process.stop()


@pytest.fixture
async def browser() -> AsyncIterator[Any]:
    async with playwright.async_playwright() as driver:
        launched = await driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            yield launched
        finally:
            await launched.close()


async def presenter_link(facilitator: Person) -> tuple[str, str]:
    """Taps "Presenter page" in the facilitator's private chat: the page's base and token."""
    screen = await tap(facilitator, "Presenter page", changes=1)
    found = TOKEN.search(screen.plain)
    assert found, screen.plain
    return found.group(1), found.group(2)


async def set_up(facilitator: Person, group: Group, round_label: str, language: str,
                 links: int = 1) -> tuple[list[tuple[str, str]], int]:
    """/session in the group, set up in private with `links` presenter links asked for before
    the card is posted (each replaces the one before); the links and the card's id."""
    card_id = await set_up_session(facilitator, group, round_label, DATABASE[0])
    made = [await presenter_link(facilitator) for _ in range(links)]
    return made, card_id


async def post_card(facilitator: Person, group: Group, card_id: int, language: str) -> None:
    await tap(facilitator, language)
    await facilitator.wait_for(lambda: rows(
        DATABASE[0], "SELECT 1 FROM cards WHERE id = ? AND message_id IS NOT NULL", card_id),
        chat=group)


async def shows(page: Any, script: str) -> None:
    await page.wait_for_function(script, timeout=WAIT_MS)


async def count_is(page: Any, n: int) -> float:
    """Waits until the page shows n votes; how long it took (s)."""
    started = time.monotonic()
    await shows(page, f"document.getElementById('count-number').textContent === '{n}'")
    return time.monotonic() - started


async def refused(browser: Any, url: str) -> None:
    context = await browser.new_context(bypass_csp=True)
    page = await context.new_page()
    answer = await page.goto(url)
    assert answer is not None and answer.status == 403
    assert "cannot be opened" in await page.inner_text("h1")
    await context.close()


async def fits(page: Any, name: str) -> None:
    """At each size: nothing scrolls or overflows; at 1920×1080 the question is at least 32 px
    and the counts 48 px. A screenshot of each."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in SIZES:
        await page.set_viewport_size({"width": width, "height": height})
        await page.wait_for_timeout(100)  # the page fits itself on resize
        over = await page.evaluate("""() => {
            const root = document.documentElement, stage = document.getElementById('stage');
            return [root.scrollWidth - innerWidth, root.scrollHeight - innerHeight,
                    stage.scrollHeight - stage.clientHeight];
        }""")
        assert max(over) <= 1, (name, width, height, over)
        if width == 1920:
            sizes = await page.evaluate("""() => {
                const px = (e) => parseFloat(getComputedStyle(e).fontSize);
                const counts = [...document.querySelectorAll('#count-number, .bar .n')]
                    .filter((e) => e.offsetParent !== null).map(px);
                return [px(document.getElementById('question')), Math.min(...counts)];
            }""")
            assert sizes[0] >= 32 and sizes[1] >= 48, (name, sizes)
        await page.screenshot(path=str(SHOTS / f"{name}-{width}x{height}.png"))


async def test_the_room_sees_the_session_live_over_two_processes(
    server: BotApiServer, database_url: str, two: list[WebProcess], browser: Any
) -> None:
    server.limit_group(BUDGET, WINDOW)
    DATABASE[0] = database_url
    for process in two:
        process.start()
    await asyncio.gather(*(asyncio.to_thread(p.healthy) for p in two))
    server.route_webhook([p.url for p in two])
    facilitator = server.user(8000)
    await open_round_links(facilitator, "Kenya", "Kenya meeting")
    people = [server.user(8001 + n) for n in range(8)]
    group = server.group(-1_000_008_000, "Kenya task force", kind="supergroup")
    await group.add_bot(facilitator, status="administrator")  # it may invite: a QR code
    await consent_all(people)

    # two links asked for during set-up: the second replaces the first
    (replaced, (base, token)), card_id = await set_up(
        facilitator, group, "Kenya meeting (Kenya)", "English", links=2)
    await refused(browser, f"{base}/p/{replaced[1]}")
    await refused(browser, f"{base}/p/{'A' * 22}")

    context = await browser.new_context(viewport={"width": 1920, "height": 1080},
                                        bypass_csp=True)  # for the test's own scripts
    page = await context.new_page()
    weight: dict[str, int] = {}

    async def weigh(response: Any) -> None:
        if response.url.endswith("/state") and "state" in weight:
            return  # the page's first state counts; the later ones are polls
        try:
            weight[response.url.rsplit("/", 1)[-1] or "page"] = len(await response.body())
        except Exception:  # a redirect has no body
            weight.setdefault("redirect", 0)

    page.on("response", lambda r: asyncio.ensure_future(weigh(r)))
    opened = await page.goto(f"{base}/p/{token}")
    assert opened is not None and opened.status == 200
    assert page.url == f"{base}/present/" and token not in page.url  # nothing on the wall
    await shows(page, "document.body.dataset.state === 'waiting'")
    assert "session starts" in await page.inner_text("#waiting")
    await shows(page, "document.getElementById('join-qr').naturalWidth > 0")
    [invite] = server.invite_links(group.id)
    assert not invite["is_revoked"]
    painted = await page.evaluate(
        "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1")
    # the link opened once: a second time it is refused
    await refused(browser, f"{base}/p/{token}")
    # the connection lost (the laptop's network gone): the page says so, and recovers
    await context.set_offline(True)
    await shows(page, "document.body.dataset.connection === 'lost'")
    assert "Connection lost" in await page.inner_text("#status")
    await context.set_offline(False)
    await shows(page, "document.body.dataset.connection === 'live'")

    await post_card(facilitator, group, card_id, "English")
    await shows(page, "document.getElementById('position').textContent === 'Question 1 of 6'")
    assert "Phase 1" in await page.inner_text("#phases")
    # question 1: two votes, one handled by each process in turn; Reveal shows no spread
    latencies = []
    card = card_of(group)
    for n, person in enumerate(people[:2], start=1):
        await vote(person, group, card, "Phase 2")
        latencies.append(await count_is(page, n))
    await lead(facilitator, group, "Reveal", "Voting on this question")
    await shows(page, "document.body.dataset.state === 'revealed'")
    assert "Too few votes" in await page.inner_text("#too-few")
    assert await page.locator(".bar").count() == 0

    # question 2: eight votes; the count rises after each, whichever process had it
    await lead(facilitator, group, "Next", "Question 2 of 6")
    await shows(page, "document.getElementById('position').textContent === 'Question 2 of 6'")
    labels = ["Phase 1", "Phase 2", "Phase 2", "Phase 3", "Phase 3", "Phase 3", "Phase 4",
              "Don't know"]
    card = card_of(group)
    for n, (person, label) in enumerate(zip(people[:3], labels[:3], strict=True), start=1):
        await vote(person, group, card, label)
        latencies.append(await count_is(page, n))
    await asyncio.gather(*(vote(person, group, card, label)
                           for person, label in zip(people[3:], labels[3:], strict=True)))
    latencies.append(await count_is(page, 8))
    posts = server.webhook_posts()
    assert {target for _, target, status in posts if status == 200} == {p.url for p in two}
    await lead(facilitator, group, "Reveal", "Voting on this question")
    await shows(page, "document.querySelectorAll('.bar').length === 5")
    counts = await page.locator(".bar .n").all_inner_texts()
    assert counts == ["1", "2", "3", "1", "1"]
    figures = await page.inner_text(".figures")
    assert "median 3" in figures and "n 7" in figures
    await fits(page, "en-revealed")

    unopened = await presenter_link(facilitator)  # from the private chat's set-up screen
    # Agree, in private: the page shows the agreed phase and its rationale
    payload = card_of(group).urls["Agree"].rsplit("=", 1)[1]
    await say(facilitator, f"/start {payload}")
    await tap(facilitator, "Phase 3")
    await tap(facilitator, "It follows the group's vote", changes=1)
    await shows(page, "document.getElementById('agreed-phase').textContent.includes('Phase 3')")
    assert "It follows the group's vote" in await page.inner_text("#rationale")

    # the link asked for before Agree, never opened, ends with the session; the page shows
    # the summary
    await refused(browser, f"{base}/present/")  # a browser without the cookie
    await lead(facilitator, group, "End", "End the session now?")
    await lead(facilitator, group, "Yes, end it", "Group session ended")
    await shows(page, "document.body.dataset.state === 'ended'")
    summary = await page.inner_text("#summary")
    assert "Group session summary" in summary and "Not reached: 4 questions" in summary
    assert await page.locator("#chart .row .median").count() == 1  # question 1: 2 votes
    await shows(page, "document.getElementById('join').hidden")
    [invite] = server.invite_links(group.id)
    assert invite["is_revoked"]  # the QR code's invitation ended with the session
    await refused(browser, f"{unopened[0]}/p/{unopened[1]}")
    polls = await requests_per_minute(page)
    await context.close()

    # the room of another session, in Arabic and then Chinese, without the bot as an admin
    for language, name, group_id in (("ar", "العربية", -1_000_008_100),
                                     ("zh_Hans", "中文 (简体)", -1_000_008_200)):
        await room_in(server, browser, facilitator, people, group_id, language, name)

    measures = {"page_bytes": weight, "total_bytes": sum(weight.values()),
                "first_contentful_paint_ms": painted, "state_requests_per_minute": polls,
                "vote_to_page_seconds": sorted(round(x, 2) for x in latencies)}
    (SHOTS / "measures.json").write_text(json.dumps(measures, indent=1), encoding="utf-8")
    print(json.dumps(measures))
    assert sum(weight.values()) < 150_000, weight


async def room_in(server: BotApiServer, browser: Any, facilitator: Person,
                  people: list[Person], group_id: int, language: str, name: str) -> None:
    group = server.group(group_id, f"Kenya task force ({language})", kind="supergroup")
    await group.add_bot(facilitator)
    [(base, token)], card_id = await set_up(facilitator, group, "Kenya meeting (Kenya)", name)
    context = await browser.new_context(viewport={"width": 1920, "height": 1080},
                                        bypass_csp=True)  # for the test's own scripts
    page = await context.new_page()
    await page.goto(f"{base}/p/{token}")
    await shows(page, "document.body.dataset.state === 'waiting'")
    assert group.title in await page.inner_text("#join-text")  # no invitation: its name
    await post_card(facilitator, group, card_id, name)
    await shows(page, "document.body.dataset.state === 'open'")
    assert await page.evaluate("document.documentElement.dir") == \
        ("rtl" if language == "ar" else "ltr")
    await fits(page, f"{language}-open")
    card, t = card_of(group), translator(language)  # the card speaks the group's language
    for person, phase in zip(people[:4], (2, 3, 3, 4), strict=True):
        await vote(person, group, card, t.gettext("Phase {phase}").format(phase=phase))
    await count_is(page, 4)
    await lead(facilitator, group, t.gettext("Reveal"), "")  # the page waits for it
    await shows(page, "document.querySelectorAll('.bar').length === 5")
    await fits(page, f"{language}-revealed")
    await lead(facilitator, group, t.gettext("End"), "")
    await facilitator.wait_for(lambda: t.gettext("Yes, end it") in card_of(group).labels,
                               chat=group)
    await lead(facilitator, group, t.gettext("Yes, end it"), "")
    await shows(page, "document.body.dataset.state === 'ended'")
    await fits(page, f"{language}-ended")
    await context.close()


async def requests_per_minute(page: Any, seconds: float = 4.5) -> float:
    """The page's asks for its state, counted over a few seconds."""
    asked: list[float] = []
    page.on("request", lambda r: asked.append(time.monotonic()) if r.url.endswith("/state")
            else None)
    await page.wait_for_timeout(seconds * 1000)
    return round(len(asked) * 60 / seconds, 1)
