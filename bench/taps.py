"""Taps per second, CPU per tap and tap-to-screen latency, against a python-telegram-bot floor.

Runs the local Bot API test server (tests/botapi) in this process and the bot as a separate
process (`python -m bot run`), so that the bot's own CPU time can be read from /proc. N simulated
people (default 40) are brought to the first question; then each answers in a closed loop: tap,
wait for the edited screen, tap again. The same loop then runs against a floor: a minimal
python-telegram-bot bot started from this script (`--floor-bot`) that makes the same calls per
tap (answer the press, edit the message) with no logic and no database.

    .venv/bin/python bench/taps.py [--people 40] [--taps 21] [--repeat 3] [--pace]
        [--database sqlite|postgres] [--delivery polling|webhook]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.postgres import Postgres  # noqa: E402
from tests.botapi import BotApiServer, Person  # noqa: E402

TOKEN = "123456:BENCH-token"
PHASES = ["Phase 1", "Phase 2", "Phase 3", "Phase 4"]
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


class ChangeFeed:
    """Wakes asyncio waiters whenever the server records anything (no polling)."""

    def __init__(self, server: BotApiServer, loop: asyncio.AbstractEventLoop) -> None:
        self.server, self.loop = server, loop
        self.event = asyncio.Event()
        self.running = True
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def _watch(self) -> None:
        seen = self.server.version

        def changed_since(last: int) -> Callable[[], bool]:
            return lambda: self.server.version != last

        while self.running:
            self.server.wait_until(changed_since(seen), timeout=0.5)
            seen = self.server.version
            self.loop.call_soon_threadsafe(self._pulse)

    def _pulse(self) -> None:
        self.event.set()
        self.event = asyncio.Event()

    async def until(self, predicate: Callable[[], bool], timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("the bot did not answer in time")
            event = self.event
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), min(remaining, 0.05))

    def close(self) -> None:
        self.running = False


@dataclass
class Result:
    name: str
    taps: int
    seconds: float
    cpu: float
    latencies: list[float]

    def line(self) -> str:
        latencies = sorted(self.latencies)
        p50 = statistics.median(latencies) * 1000
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
        return (
            f"{self.name:<8} taps={self.taps:5d}  taps/s={self.taps / self.seconds:7.1f}  "
            f"cpu/tap={self.cpu / self.taps * 1000:6.2f} ms  p50={p50:6.1f} ms  p99={p99:6.1f} ms"
        )


async def tap_and_wait(feed: ChangeFeed, server: BotApiServer, person: Person, label: str
                       ) -> float:
    """Press, then wait until the bot has answered and edited the screen; seconds taken."""
    before = server.chat_version(person.id)
    started = time.perf_counter()
    query = await person.press(label)
    await feed.until(lambda: person.answered(query) and server.chat_version(person.id) > before)
    return time.perf_counter() - started


async def bring_to_questions(feed: ChangeFeed, server: BotApiServer, person: Person,
                             floor: bool) -> None:
    async def say(text: str) -> None:
        before = server.chat_version(person.id)
        await person.send(text)
        await feed.until(lambda: server.chat_version(person.id) > before, timeout=60)

    await say("/start")
    if floor:
        return
    await tap_and_wait(feed, server, person, "I agree")
    await say("Moldova")
    await tap_and_wait(feed, server, person, "Moldova")
    await tap_and_wait(feed, server, person, "Government")
    await tap_and_wait(feed, server, person, "Start (question 1)")


def _spy(name: str, pid: int) -> subprocess.Popen[bytes] | None:
    """With BENCH_SPY=<folder>: py-spy samples the bot (all its threads, on CPU only) while the
    taps are measured, into <folder>/<name>.txt as collapsed stacks (`bench/profile.py` reads
    them). The taps alone: start-up and the people's first steps are left out."""
    folder = os.environ.get("BENCH_SPY")
    if not folder:
        return None
    out = Path(folder) / f"{name}.txt"
    spy = str(Path(sys.executable).with_name("py-spy"))
    return subprocess.Popen([spy, "record", "--pid", str(pid), "--threads", "--rate", "250",
                             "--format", "raw", "--output", str(out), "--nonblocking"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _webhook_env() -> dict[str, str]:
    """A web process's settings (as tests/e2e/webprocess.py): the server posts to it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    return {"WEBHOOK_URL": "https://mnr.test/telegram", "PORT": str(port),
            "WEBHOOK_SECRET": "bench-secret-0123456789", "WEBHOOK_LISTEN": "127.0.0.1"}


async def _route_to(server: BotApiServer, env: dict[str, str]) -> None:
    """Once the web process answers its health check, Telegram's posts go to it."""
    health = f"http://127.0.0.1:{env['PORT']}/health"
    for _ in range(600):
        with contextlib.suppress(OSError), urllib.request.urlopen(health, timeout=2) as answer:
            if answer.status == 200:
                server.route_webhook([f"http://127.0.0.1:{env['PORT']}/telegram"])
                return
        await asyncio.sleep(0.1)
    raise TimeoutError("the web process did not become healthy")


async def measure(name: str, command: list[str], env: dict[str, str], people: int, taps: int,
                  floor: bool, database_cpu: Callable[[], float] = lambda: 0.0) -> Result:
    """`database_cpu`: the CPU seconds of a database server so far (PostgreSQL's), counted
    with the bot's."""
    with BotApiServer(token=TOKEN) as server:
        feed = ChangeFeed(server, asyncio.get_running_loop())
        env = {**env, "TELEGRAM_API_BASE_URL": server.base_url}
        log = open(Path(tempfile.gettempdir()) / f"bench-{name}.log", "wb")  # noqa: SIM115
        process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=log,
                                   stderr=subprocess.STDOUT)
        try:
            if "WEBHOOK_URL" in env:
                await _route_to(server, env)
            crowd = [server.user(10_000 + i) for i in range(people)]
            await asyncio.gather(*(bring_to_questions(feed, server, p, floor) for p in crowd))
            latencies: list[float] = []

            async def answer(person: Person) -> None:
                for index in range(taps):
                    label = PHASES[(person.id + index) % 4]
                    latencies.append(await tap_and_wait(feed, server, person, label))

            spy = _spy(name, process.pid)
            cpu_before = cpu_seconds(process.pid) + database_cpu()
            started = time.perf_counter()
            await asyncio.gather(*(answer(p) for p in crowd))
            seconds = time.perf_counter() - started
            cpu = cpu_seconds(process.pid) + database_cpu() - cpu_before
            if spy is not None:
                spy.send_signal(signal.SIGINT)  # py-spy writes its samples when interrupted
                spy.wait(timeout=60)
            return Result(name, len(latencies), seconds, cpu, latencies)
        finally:
            feed.close()
            process.terminate()
            process.wait(timeout=15)
            log.close()


async def main(people: int, taps: int, screen: dict[str, object], repeat: int,
               pace: bool = False, database: str = "sqlite", delivery: str = "polling",
               ) -> None:
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    profile = os.environ.get("BENCH_PROFILE")  # a file name: profile the bot with cProfile
    mode = "webhook" if delivery == "webhook" else "run"
    project_command = [sys.executable, *(["-m", "cProfile", "-o", profile] if profile else []),
                       "-m", "bot", mode]
    # Both bots carry the project's rate limiter, lifted to the same rate: the local server has
    # no flood limits, and a limiter held at Telegram's 30/s would measure the limiter. With
    # --pace both are held at Telegram's 30 calls a second, as where the bot really runs: each
    # update is then handled on its own, and the fixed cost of each shows.
    lifted = {} if pace else {"OVERALL_PER_SECOND": "100000"}
    floor_env = {**base_env, **lifted, "TELEGRAM_BOT_TOKEN": TOKEN,
                 "FLOOR_SCREEN": json.dumps(screen)}
    print(f"people={people} taps per person={taps} (closed loop: tap, wait for the new screen)"
          + (", both bots held at 30 calls a second" if pace else ", rate limit lifted")
          + f"; the project on {database}, {delivery}"
          + (" (the PostgreSQL server's CPU counted with the bot's)"
             if database == "postgres" else "") + "; the floor polling")
    ratios, per_tap = [], []
    with contextlib.ExitStack() as stack:
        server = stack.enter_context(Postgres()) if database == "postgres" else None
        # Runs alternate so that a slow spell of the machine hits both bots alike.
        for run in range(repeat):
            with tempfile.TemporaryDirectory() as folder:
                url = (server.database(f"bench_{run}") if server is not None
                       else f"sqlite+aiosqlite:///{folder}/bench.sqlite3")
                project_env = {**base_env, "TELEGRAM_BOT_TOKEN": TOKEN, "DATABASE_URL": url,
                               **lifted, **(_webhook_env() if delivery == "webhook" else {})}
                project = await measure(
                    "project", project_command, project_env, people, taps, floor=False,
                    database_cpu=server.cpu_seconds if server is not None else lambda: 0.0)
            floor = await measure("floor", [sys.executable, __file__, "--floor-bot"],
                                  floor_env, people, taps, floor=True)
            print(project.line())
            print(floor.line())
            per_tap.append(project.cpu / project.taps * 1000)
            ratios.append((project.cpu / project.taps) / (floor.cpu / floor.taps))
    print("cpu per tap, project / floor, per run: " + ", ".join(f"{r:.2f}" for r in ratios))
    print(f"median project cpu per tap = {statistics.median(per_tap):.2f} ms")
    target = "1.20 at Telegram's pace" if pace else "none lifted: the pace is what counts"
    print(f"median ratio = {statistics.median(ratios):.2f} (target: {target})")


def sample_screen() -> dict[str, object]:
    """A question screen as the project renders it (text, keyboard and callback data), for the
    floor to send: both bots then move the same bytes per tap, and only the work behind them
    differs."""
    from bot.i18n import translator
    from flows.assessment import screen_data, screens
    from flows.engine.actions import Registry
    from flows.engine.events import Scope
    from flows.routing import FLOWS
    from flows.shell.flow import Shell
    from framework import load_framework

    registry = Registry([Shell().flow, *FLOWS])
    data = screen_data.QuestionData(load_framework(), 3, None, None)
    screen = screens.question(translator("en"), data)[0]
    version = Scope(version=1_764_000_000_000_000)
    return {
        "text": screen.text,
        "rows": [[(b.label, registry.encode(b.action.id if b.action else "", b.arg,
                                            version).rsplit("|", 1)[0])
                  for b in row] for row in screen.buttons],
    }


def floor_bot() -> None:
    """The floor: answer the press and edit the message; no flows, no database."""
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
    from telegram.constants import ParseMode
    from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

    screen = json.loads(os.environ["FLOOR_SCREEN"])

    def markup(step: int) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup([
            [InlineKeyboardButton(label, callback_data=f"{action}|c{step}")
             for label, action in row]
            for row in screen["rows"]
        ])

    def text(step: int) -> str:
        return f"<b>{step % 1000}</b> {screen['text']}"

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_chat is not None
        first = 1_764_000_000_000_000
        await context.bot.send_message(update.effective_chat.id, text(first),
                                       parse_mode=ParseMode.HTML, reply_markup=markup(first))

    async def press(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None and query.data is not None
        step = int(query.data.split("|c")[1]) + 1
        await query.answer("Saved: Phase 2")
        await query.edit_message_text(text(step), parse_mode=ParseMode.HTML,
                                      reply_markup=markup(step))

    from bot.settings import load_settings
    from bot.telegram import rate_limiter

    # The project's own rate limiter, with the same settings: it costs CPU per call, so a
    # floor without it would make the project look dearer than its own work is.
    application = (
        Application.builder().token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_API_BASE_URL"]).concurrent_updates(256)
        .rate_limiter(rate_limiter(load_settings())).build()
    )
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CallbackQueryHandler(press))
    # the same polling as the project's default (bot/settings.py), so both batch alike
    application.run_polling(poll_interval=float(os.environ.get("POLL_INTERVAL_SECONDS", "0.02")))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=40)
    parser.add_argument("--taps", type=int, default=21, help="taps per person (at most 21)")
    parser.add_argument("--repeat", type=int, default=3, help="alternating runs of each bot")
    parser.add_argument("--pace", action="store_true",
                        help="hold both bots at Telegram's 30 calls a second")
    parser.add_argument("--database", choices=("sqlite", "postgres"), default="sqlite",
                        help="the project's database (postgres: a throwaway server)")
    parser.add_argument("--delivery", choices=("polling", "webhook"), default="polling",
                        help="how the project gets its updates")
    parser.add_argument("--floor-bot", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor_bot:
        floor_bot()
    else:
        asyncio.run(main(args.people, min(args.taps, 21), sample_screen(), args.repeat,
                         args.pace, args.database, args.delivery))
