"""`python -m bot run` as a separate process: start-up checks, and a crash mid-assessment."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.i18n import translator
from tests.botapi import BotApiServer
from tests.e2e.conftest import TOKEN, rows, say, start_round, tap

ROOT = Path(__file__).resolve().parents[2]


def bot_env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env.update(values)
    return env


@pytest.mark.parametrize(
    ("token", "message"),
    [
        ("", "Configuration error: TELEGRAM_BOT_TOKEN is not set"),
        ("not-a-token", "Configuration error: TELEGRAM_BOT_TOKEN is malformed"),
    ],
)
def test_missing_or_malformed_token_stops_with_one_line(
    tmp_path: Path, token: str, message: str
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env=bot_env(TELEGRAM_BOT_TOKEN=token,
                    DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'x.sqlite3'}"),
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message)


class BotProcess:
    def __init__(self, server: BotApiServer, database_url: str, log: Path) -> None:
        self.env = bot_env(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=server.base_url,
            DATABASE_URL=database_url,
        )
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"], env=self.env, cwd=ROOT,
                stdout=out, stderr=subprocess.STDOUT,
            )

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture
def bot_process(server: BotApiServer, database_url: str, tmp_path: Path) -> Iterator[BotProcess]:
    process = BotProcess(server, database_url, tmp_path / "bot.log")
    try:
        yield process
    finally:
        process.stop()


async def test_sigkill_after_question_7_and_continue_at_8(
    server: BotApiServer, bot_process: BotProcess, database_url: str
) -> None:
    bot_process.start()
    person = server.user(601)
    await start_round(person)
    phases = ["Phase 1", "Phase 2", "Phase 3", "Phase 4", "Don't know", "Phase 2", "Phase 3"]
    for label in phases:
        await tap(person, label)
    assert "8. End-to-end Support" in person.screen().plain

    bot_process.kill()
    bot_process.start()
    menu = await say(person, "/start")
    assert "7 of 21 capabilities answered" in menu.plain
    screen = await tap(person, "Continue (question 8)")
    assert "8. End-to-end Support" in screen.plain
    found = dict(rows(database_url, "SELECT item, value FROM answers WHERE user = 'tg:601'"))
    assert found == {
        "cap:1": "1", "cap:2": "2", "cap:3": "3", "cap:4": "4", "cap:5": "dont_know",
        "cap:6": "2", "cap:7": "3",
    }


def fresh_checkout(into: Path) -> Path:
    """The repository's files as a clone has them (tracked or new, never ignored: no compiled
    catalogs, no virtual environment, no database)."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            target = into / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return into


async def test_the_procfile_worker_from_a_fresh_clone_speaks_french(
    server: BotApiServer, tmp_path: Path
) -> None:
    clone = fresh_checkout(tmp_path / "clone")
    assert not list(clone.glob("locales/*/LC_MESSAGES/*.mo"))
    worker = next(
        line.split(":", 1)[1].strip()
        for line in (clone / "Procfile").read_text().splitlines()
        if line.startswith("worker:")
    )
    env = bot_env(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=server.base_url,
        PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}",
    )
    env.pop("DATABASE_URL", None)  # the default: a file in the folder it starts from
    log = (tmp_path / "worker.log").open("wb")
    # a group of its own: the shell runs the worker as a child, and both must end with the test
    process = subprocess.Popen(worker, shell=True, cwd=clone, env=env, stdout=log,
                               stderr=subprocess.STDOUT, start_new_session=True)
    try:
        person = server.user(611, first_name="Amélie", language_code="fr")
        screen = await say(person, "/start")
        t = translator("fr")
        assert t.gettext("Your privacy") != "Your privacy"
        assert t.gettext("Your privacy") in screen.plain
        assert t.gettext("I agree") in screen.labels
        assert list(clone.glob("locales/fr/LC_MESSAGES/messages.mo"))
        assert (clone / "mnr-assistant.sqlite3").exists()
        # only the kinds of update the bot handles are asked for (my_chat_member: it was
        # removed from a group, which ends the group's sessions)
        polls = [c.params.get("allowed_updates") for c in server.calls("getUpdates")]
        wanted = ["message", "callback_query", "my_chat_member"]
        assert polls and all(kinds == wanted for kinds in polls), polls
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
        log.close()
        assert await _ended(process.pid), "the worker outlived its shell"


async def _ended(group: int, seconds: float = 15.0) -> bool:
    """Whether every process of the group has ended (zombies count as ended) within `seconds`."""
    for _ in range(int(seconds / 0.1)):
        running = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # ended while listed
            if int(fields[2]) == group and fields[0] != "Z":
                running.append(stat.parent.name)
        if not running:
            return True
        await asyncio.sleep(0.1)
    return False


def test_an_installed_copy_finds_its_catalogs(tmp_path: Path) -> None:
    """Installed (not editable) into a folder of its own, the package finds its catalogs and
    compiles them."""
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile",
         "--target", str(target), str(fresh_checkout(tmp_path / "clone"))],
        check=True, capture_output=True, timeout=300,
    )
    assert (target / "locales" / "fr" / "LC_MESSAGES" / "messages.po").exists()
    probe = (
        "import bot.i18n as i; t = i.translator('fr'); "
        "print(i.LOCALES_DIR); print(t.gettext('Your privacy'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
        env={**bot_env(), "PYTHONPATH": str(target), "PYTHONNOUSERSITE": "1"}, timeout=60,
        check=True,
    )
    folder, text = result.stdout.strip().splitlines()
    assert folder == str(target / "locales")
    assert text == translator("fr").gettext("Your privacy") != "Your privacy"


async def test_a_report_pressed_before_a_sigkill_arrives_after_the_restart_once(
    server: BotApiServer, bot_process: BotProcess, database_url: str
) -> None:
    """The press is confirmed to Telegram by the next poll while the report is still being
    drawn: the job recorded with the press is what brings it after the restart."""
    bot_process.env.update(REMINDER_CHECK_SECONDS="0.5", JOB_CLAIM_SECONDS="3")
    bot_process.start()
    person = server.user(621)
    await start_round(person)
    for label in ["Phase 2", "Phase 3", "Don't know"]:
        await tap(person, label)
    await say(person, "/summary", changes=2)
    server.set_delay("sendDocument", 60)  # the report is on its way when the bot dies
    await person.press("Report (PDF)")
    await person.wait_for(lambda: server.in_flight("sendDocument") >= 1, timeout=60)
    bot_process.kill()
    assert not [m for m in person.messages() if m.document is not None]

    server.set_delay("sendDocument", 0)
    bot_process.start()
    await person.wait_for(lambda: [m for m in person.messages() if m.document is not None],
                          timeout=60)
    await asyncio.sleep(4)  # time for a second copy, if one were coming
    reports = [m.document for m in person.messages() if m.document is not None]
    assert len(reports) == 1 and reports[0] is not None
    assert reports[0].content.startswith(b"%PDF")
    assert rows(database_url, "SELECT COUNT(*) FROM jobs WHERE done_at IS NULL") == [(0,)]
