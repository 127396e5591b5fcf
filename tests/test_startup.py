"""Every way the assistant cannot start ends in one line on stderr and a non-zero exit."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from storage import check
from storage.migrate import migrate

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "123456:TEST-token"


def run_bot(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items()
            if not k.startswith(("TELEGRAM_", "DATABASE_", "DEFAULT_", "ADMIN_"))}
    base.update({
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot",  # nothing listens there
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'ok.sqlite3'}",
    })
    base.update(env)
    return subprocess.run([sys.executable, "-m", "bot", "run"], env=base, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)


def sqlite_url(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path}"


def not_a_database(tmp_path: Path) -> str:
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"these are not the pages of a database\n" * 200)
    return sqlite_url(path)


def damaged_page(tmp_path: Path) -> str:
    """A real database whose header is intact but one table's pages are overwritten."""
    path = tmp_path / "damaged.sqlite3"
    asyncio.run(migrate(sqlite_url(path)))
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("INSERT INTO rounds (code, country, owner, created_at) "
                           "VALUES ('ABC234', 'MD', 'tg:1', '2026-12-01 10:00:00')")
        connection.executemany(
            "INSERT INTO answers (round_id, user, item, value, note, source, updated_at) "
            "VALUES (1, ?, 'cap:1', '2', ?, 'private', '2026-12-01 10:00:00')",
            [(f"tg:{n}", "x" * 150) for n in range(300)],
        )
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 6)):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    return sqlite_url(path)


def newer_migration(tmp_path: Path) -> str:
    path = tmp_path / "newer.sqlite3"
    asyncio.run(migrate(sqlite_url(path)))
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    return sqlite_url(path)


def not_ours(tmp_path: Path) -> str:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE people (user TEXT PRIMARY KEY)")
    return sqlite_url(path)


CASES: list[tuple[str, Callable[[Path], dict[str, str]], str]] = [
    ("a folder that does not exist",
     lambda p: {"DATABASE_URL": sqlite_url(p / "missing" / "x.sqlite3")},
     "Database error: the folder of the database file does not exist"),
    ("a folder that cannot be written",
     lambda p: {"DATABASE_URL": "sqlite+aiosqlite:////proc/mnr-assistant.sqlite3"},
     "Database error: cannot open the database"),
    ("a file that is not a database",
     lambda p: {"DATABASE_URL": not_a_database(p)},
     "Database error: cannot open the database: file is not a database"),
    ("a database with a damaged page",
     lambda p: {"DATABASE_URL": damaged_page(p)},
     "Database error: the database file is damaged"),
    ("a malformed URL", lambda p: {"DATABASE_URL": "::: not a url"},
     "Database error: DATABASE_URL is malformed"),
    ("an unsupported database", lambda p: {"DATABASE_URL": "mysql+aiomysql://u@h/db"},
     "Database error: DATABASE_URL uses mysql+aiomysql, which is not supported"),
    ("a database made by a newer version",
     lambda p: {"DATABASE_URL": newer_migration(p)},
     "Database error: the database is at migration 9999"),
    ("tables without a migration record",
     lambda p: {"DATABASE_URL": not_ours(p)},
     "Database error: the database has tables but no migration record"),
    ("an API that cannot be reached", lambda p: {},
     "Network error: cannot reach the Telegram Bot API at http://127.0.0.1:9/bot"),
    ("an API URL without /bot", lambda p: {"TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/"},
     "Configuration error: TELEGRAM_API_BASE_URL is invalid"),
    ("a language with no catalog", lambda p: {"DEFAULT_LOCALE": "xx"},
     "Configuration error: DEFAULT_LOCALE is invalid"),
    ("admin ids that are not user ids", lambda p: {"ADMIN_USER_IDS": "-5,0"},
     "Configuration error: ADMIN_USER_IDS is invalid"),
]


@pytest.mark.parametrize(("case", "make", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_failure_to_start_is_one_line(
    tmp_path: Path, case: str, make: Callable[[Path], dict[str, str]], expected: str
) -> None:
    result = run_bot(tmp_path, **make(tmp_path))
    assert result.returncode != 0, case
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(expected), lines[0]


def test_a_missing_driver_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(check.DRIVERS, "sqlite+aiosqlite", "no_such_driver_package")
    with pytest.raises(check.DatabaseProblem, match="needs the no_such_driver_package package"):
        check.check_url("sqlite+aiosqlite:///x.sqlite3")


def test_dev_setup_is_quiet_once_set_up() -> None:
    """`./dev` runs its setup before every command: once done, it says nothing (issue 18)."""
    root = Path(__file__).resolve().parents[1]
    venv = Path(sys.executable).parents[1]
    result = subprocess.run(["bash", str(root / "dev"), "setup"], cwd=root, capture_output=True,
                            text=True, timeout=300, env={**os.environ, "VENV": str(venv)})
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == "", (result.stdout, result.stderr)
