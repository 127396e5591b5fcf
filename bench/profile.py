"""Where the CPU of a tap goes: reads py-spy's collapsed stacks (`BENCH_SPY=<folder>` with
bench/taps.py) of the project and of the floor, and prints, for each, the samples by thread, by
the package of the frame that was running (self), and the functions that were on the stack
(inclusive), largest first. Samples are taken only while the process was on the CPU.

    .venv/bin/python bench/profile.py /tmp/spy [--top 40] [--match storage/]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

FRAME = re.compile(r"^(?P<function>.*) \((?P<file>[^():]+)(?::(?P<line>\d+))?\)$")
OWN = ("bot/", "flows/", "storage/", "framework/")


def package(file: str) -> str:
    """The project's folder, or the library a file belongs to."""
    if file.startswith(OWN):
        return file.split("/", 1)[0] + "/"
    head = file.split("/", 1)[0]
    return head.removesuffix(".py")


def read(path: Path) -> list[tuple[str, list[tuple[str, str]], int]]:
    """(thread, frames outermost first as (function, file), count) per stack."""
    stacks = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        body, _, count = raw.rpartition(" ")
        parts = body.split(";")
        thread = parts[0].split(": ", 1)[-1]
        frames = []
        for part in parts[1:]:
            found = FRAME.match(part)
            if found:
                frames.append((found["function"], found["file"]))
        stacks.append((thread, frames, int(count)))
    return stacks


def report(name: str, path: Path, top: int, match: str | None) -> None:
    stacks = read(path)
    total = sum(count for _, _, count in stacks)
    threads: Counter[str] = Counter()
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    for thread, frames, count in stacks:
        threads["main" if thread == "MainThread" else "other threads"] += count
        if frames:
            own[package(frames[-1][1])] += count
        seen = {f"{function} ({file})" for function, file in frames
                if match is None or match in file}
        for key in seen:
            inclusive[key] += count
    print(f"\n== {name}: {total} samples on the CPU")
    print("by thread: " + ", ".join(f"{k} {v / total:.0%}" for k, v in threads.most_common()))
    print("by package running (self):")
    for key, value in own.most_common(14):
        print(f"  {value / total:6.1%}  {key}")
    print("on the stack (inclusive):")
    for key, value in inclusive.most_common(top):
        print(f"  {value / total:6.1%}  {key}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--match", help="only frames whose file contains this")
    args = parser.parse_args()
    for name in ("project", "floor"):
        path = args.folder / f"{name}.txt"
        if path.exists():
            report(name, path, args.top, args.match)


if __name__ == "__main__":
    main()
