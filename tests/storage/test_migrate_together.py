"""Releases that start at once: each `python -m bot migrate` waits for the other's lock, and
the database ends at the newest revision, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from storage.migrate import alembic_config
from tests.database import rows

ROOT = Path(__file__).resolve().parents[2]


def test_three_processes_migrating_one_new_database_at_once(database_url: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env["DATABASE_URL"] = database_url
    processes = [
        subprocess.Popen([sys.executable, "-m", "bot", "migrate"], cwd=ROOT, env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for _ in range(3)
    ]
    outputs = [process.communicate(timeout=120)[0] for process in processes]
    assert [process.returncode for process in processes] == [0, 0, 0], outputs
    head = ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()
    assert rows(database_url, "SELECT version_num FROM alembic_version") == [(head,)]
