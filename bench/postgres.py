"""A throwaway PostgreSQL server for benches (Debian's package, as `./dev test-postgres` uses):
started in a temporary folder, its CPU time readable, stopped at the end.

    with Postgres() as server:
        url = server.database("bench_1")  # a new, empty database
        server.cpu_seconds()              # the postmaster and all its processes
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _binaries() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: run ./dev test-postgres once")
    return found[-1]


class Postgres:
    def __init__(self) -> None:
        self.bin = _binaries()
        self.folder = Path(tempfile.mkdtemp(prefix="bench-pg-"))
        self.run: list[str] = []
        if os.geteuid() == 0:  # the server refuses to run as root
            shutil.chown(self.folder, "postgres")
            self.run = ["runuser", "-u", "postgres", "--"]
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        self.pid = 0
        # CPU of processes that have exited, as last read
        self._seen: dict[int, float] = {}

    def __enter__(self) -> Postgres:
        data = self.folder / "data"
        subprocess.run([*self.run, str(self.bin / "initdb"), "-D", str(data), "-A", "trust",
                        "-U", "postgres"], check=True, stdout=subprocess.DEVNULL)
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c max_connections=200")
        subprocess.run([*self.run, str(self.bin / "pg_ctl"), "-D", str(data), "-l",
                        str(self.folder / "server.log"), "-w", "-o", options, "start"],
                       check=True, stdout=subprocess.DEVNULL)
        self.pid = int((data / "postmaster.pid").read_text().split()[0])
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        subprocess.run([*self.run, str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"),
                        "-m", "immediate", "stop"], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.rmtree(self.folder, ignore_errors=True)

    def database(self, name: str) -> str:
        subprocess.run([str(self.bin / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U",
                        "postgres", "-c", f'CREATE DATABASE "{name}"'], check=True,
                       stdout=subprocess.DEVNULL)
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/{name}"

    def cpu_seconds(self) -> float:
        """User plus system CPU of the postmaster and every process it started (connections
        that ended are counted as last seen)."""
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            pid, parent = int(entry.name), int(fields[1])
            if pid == self.pid or parent == self.pid:
                self._seen[pid] = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
        return sum(self._seen.values())
