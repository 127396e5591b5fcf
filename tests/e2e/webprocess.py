"""`python -m bot webhook` as separate processes behind the local Bot API server, which posts
updates to them as Telegram (and a load balancer) would."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.botapi import BotApiServer
from tests.e2e.conftest import TOKEN

ROOT = Path(__file__).resolve().parents[2]
PUBLIC_URL = "https://mnr.test/telegram"
SECRET = "test-secret-0123456789_abcdef"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def http(url: str, body: bytes | None = None, headers: dict[str, str] | None = None
         ) -> tuple[int, str]:
    """(status, body) of one request; no answer at all is status 0."""
    request = urllib.request.Request(url, data=body, headers=headers or {},
                                     method="POST" if body is not None else "GET")
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError:
        return 0, ""


class WebProcess:
    def __init__(self, server: BotApiServer, database_url: str, log: Path,
                 **settings: str) -> None:
        self.port = free_port()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
        self.env.update(
            TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=server.base_url,
            DATABASE_URL=database_url, WEBHOOK_URL=PUBLIC_URL, WEBHOOK_SECRET=SECRET,
            PORT=str(self.port), WEBHOOK_LISTEN="127.0.0.1", OVERALL_PER_SECOND="10000",
        )
        self.env.update({key.upper(): value for key, value in settings.items()})
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram"

    @property
    def health_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/health"

    def start(self) -> WebProcess:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "webhook"], env=self.env, cwd=ROOT,
                stdout=out, stderr=subprocess.STDOUT,
            )
        return self

    def healthy(self, timeout: float = 60.0) -> dict[str, object]:
        """Wait (blocking: call it in a thread) until /health answers 200; its body."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.process is not None and self.process.poll() is None, self.output()
            status, body = http(self.health_url)
            if status == 200:
                found: dict[str, object] = json.loads(body)
                return found
            time.sleep(0.1)
        raise AssertionError(f"not healthy after {timeout} s: {self.output()}")

    def post(self, update: dict[str, object], secret: str | None = SECRET) -> int:
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        return http(self.url, json.dumps(update).encode(), headers)[0]

    def signal(self, number: int) -> None:
        assert self.process is not None
        self.process.send_signal(number)

    def kill(self) -> None:
        self.signal(signal.SIGKILL)
        assert self.process is not None
        self.process.wait(timeout=10)

    def wait(self, timeout: float = 30.0) -> int:
        assert self.process is not None
        return self.process.wait(timeout=timeout)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def output(self, whole: bool = False) -> str:
        """The process's log: its end (for a failure's message), or all of it."""
        if not self.log.exists():
            return ""
        text = self.log.read_text(errors="replace")
        return text if whole else text[-3000:]
