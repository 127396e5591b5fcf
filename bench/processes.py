"""Taps per second, p99 and CPU per tap for one and for three web processes on PostgreSQL.

Starts a throwaway PostgreSQL server (Debian's package, as `./dev test-postgres` does) unless
`--server` names one, and the local Bot API test server in this process, with no rate limits
(and the bot's own limiter lifted). For each count of processes, a new database, that many
`python -m bot webhook` processes, and the test server posting updates to them in turn. N
simulated people (default 60) are brought to the first question; then each answers in a closed
loop: tap, wait for the toast and the edited screen, tap again. CPU is the processes' own
(user + system, from /proc), divided by the taps.

    .venv/bin/python bench/processes.py [--people 60] [--taps 15] [--server URL]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.taps import PHASES, ChangeFeed, Result, bring_to_questions, cpu_seconds, tap_and_wait
from tests.botapi import BotApiServer, Person
from tests.e2e.conftest import TOKEN  # the web processes' token
from tests.e2e.webprocess import WebProcess, free_port


@contextlib.contextmanager
def postgres_server() -> Iterator[str]:
    """A throwaway server in a temporary folder; its URL."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    if not found:
        raise SystemExit("PostgreSQL is not installed: run ./dev test-postgres once, or "
                         "pass --server")
    bin_dir = found[-1]
    folder = Path(tempfile.mkdtemp())
    run: list[str] = []
    if os.getuid() == 0:  # the server refuses to run as root
        shutil.chown(folder, "postgres")
        run = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    subprocess.run([*run, str(bin_dir / "initdb"), "-D", str(folder / "data"), "-A", "trust",
                    "-U", "postgres"], check=True, capture_output=True)
    subprocess.run([*run, str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-l",
                    str(folder / "log"), "-w", "-o",
                    f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 "
                    "-c max_connections=200", "start"], check=True, capture_output=True)
    try:
        yield f"postgresql+asyncpg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*run, str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-m",
                        "immediate", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


async def new_database(server_url: str) -> str:
    import asyncpg

    name = f"bench_{uuid.uuid4().hex[:12]}"
    connection = await asyncpg.connect(server_url.replace("postgresql+asyncpg://",
                                                          "postgresql://"))
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return server_url.rsplit("/", 1)[0] + f"/{name}"


async def measure(server_url: str, count: int, people: int, taps: int) -> Result:
    database_url = await new_database(server_url)
    with BotApiServer(token=TOKEN) as server, tempfile.TemporaryDirectory() as folder:
        feed = ChangeFeed(server, asyncio.get_running_loop())
        processes = [WebProcess(server, database_url, Path(folder) / f"web{n}.log",
                                overall_per_second="100000") for n in range(count)]
        try:
            for process in processes:
                process.start()
            await asyncio.gather(*(asyncio.to_thread(p.healthy) for p in processes))
            server.route_webhook([p.url for p in processes], connections=100)
            crowd = [server.user(20_000 + i) for i in range(people)]
            await asyncio.gather(*(bring_to_questions(feed, server, p, False) for p in crowd))
            latencies: list[float] = []

            async def answer(person: Person) -> None:
                for index in range(taps):
                    label = PHASES[(person.id + index) % 4]
                    latencies.append(await tap_and_wait(feed, server, person, label))

            pids = [p.process.pid for p in processes if p.process is not None]
            cpu_before = sum(cpu_seconds(pid) for pid in pids)
            started = time.perf_counter()
            await asyncio.gather(*(answer(p) for p in crowd))
            seconds = time.perf_counter() - started
            cpu = sum(cpu_seconds(pid) for pid in pids) - cpu_before
            return Result(f"{count} proc", len(latencies), seconds, cpu, latencies)
        finally:
            feed.close()
            for process in processes:
                process.stop()


async def main(server_url: str | None, people: int, taps: int, repeat: int) -> None:
    with contextlib.ExitStack() as stack:
        url = server_url or stack.enter_context(postgres_server())
        print(f"PostgreSQL; people={people} taps per person={taps} (closed loop: tap, wait "
              f"for the toast and the new screen); {os.cpu_count()} CPUs")
        for _ in range(repeat):
            for count in (1, 3):
                print((await measure(url, count, people, taps)).line(), flush=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=60)
    parser.add_argument("--taps", type=int, default=15)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--server", default=None, help="a PostgreSQL server's URL")
    args = parser.parse_args()
    asyncio.run(main(args.server, args.people, args.taps, args.repeat))
