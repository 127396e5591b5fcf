"""What a web process does with requests that are not Telegram's: its memory under large
unauthenticated posts, how soon it closes slow connections, and how much it logs of refusals.

Starts the local Bot API test server and one `python -m bot webhook` process on a SQLite file,
then:
1. 8 clients at once post 50 MB each without the secret (they send the whole body, as fast as
   the process lets them): the process's peak resident memory (VmHWM) before and after;
2. 1,000 clients open a connection, send half a request head and stop: how long until the
   process has closed every one (WEBHOOK_TIMEOUT_SECONDS, default 30);
3. 600 posts with a wrong secret: how many lines the process's log gains.

    .venv/bin/python bench/webhook.py [--timeout 30] [--slow 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import contextlib

from tests.botapi import BotApiServer
from tests.e2e.conftest import TOKEN
from tests.e2e.webprocess import WebProcess

BIG = 50 << 20
CHUNK = 1 << 20


def peak_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM")


async def big_post(port: int) -> str:
    """Post 50 MB without the secret; the status line, or how the connection ended."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = (f"POST /telegram HTTP/1.1\r\nHost: mnr.test\r\nContent-Type: application/json\r\n"
            f"Content-Length: {BIG}\r\n\r\n")
    writer.write(head.encode())
    chunk = b"x" * CHUNK
    try:
        for _ in range(BIG // CHUNK):
            writer.write(chunk)
            await writer.drain()
    except (ConnectionError, OSError):
        pass  # refused and closed before the body was read: what should happen
    try:
        line = await asyncio.wait_for(reader.readline(), 10)
    except (ConnectionError, OSError, TimeoutError):
        line = b""
    writer.close()
    return line.decode().strip() or "closed"


async def slow_client(port: int) -> float:
    """Half a request head, then nothing: seconds until the process closes the connection."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    started = time.monotonic()
    writer.write(b"POST /telegram HTTP/1.1\r\nHost: mnr.test\r\n")
    await writer.drain()
    with contextlib.suppress(ConnectionError, OSError):
        await asyncio.wait_for(reader.read(), 600)
    writer.close()
    return time.monotonic() - started


async def main(timeout: float, slow: int) -> None:
    with tempfile.TemporaryDirectory() as folder, BotApiServer(token=TOKEN) as server:
        database = f"sqlite+aiosqlite:///{folder}/bench.sqlite3"
        web = WebProcess(server, database, Path(folder) / "web.log",
                         webhook_timeout_seconds=str(timeout))
        try:
            await asyncio.to_thread(web.start().healthy)
            assert web.process is not None
            pid = web.process.pid
            before = peak_kib(pid)
            statuses = await asyncio.gather(*(big_post(web.port) for _ in range(8)))
            after = peak_kib(pid)
            print(f"8 unauthenticated 50 MB posts at once: answers {sorted(set(statuses))}; "
                  f"peak memory {before / 1024:.0f} MB before, {after / 1024:.0f} MB after "
                  "(target under 250 MB)")

            closed = await asyncio.gather(*(slow_client(web.port) for _ in range(slow)))
            print(f"{slow} slow connections (half a head, then nothing): all closed after "
                  f"{max(closed):.1f} s (median {sorted(closed)[len(closed) // 2]:.1f} s; "
                  f"timeout {timeout:.0f} s)")

            lines = len(web.output(whole=True).splitlines())
            for _ in range(600):
                await asyncio.to_thread(web.post, {"update_id": 1}, "wrong-secret-0123456789")
            gained = len(web.output(whole=True).splitlines()) - lines
            print(f"600 posts with a wrong secret: {gained} log lines")
        finally:
            web.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--slow", type=int, default=1000)
    args = parser.parse_args()
    asyncio.run(main(args.timeout, args.slow))
