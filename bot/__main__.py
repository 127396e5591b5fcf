"""Command line: `python -m bot run | webhook | console | migrate | export`.

Every way the assistant cannot start (a setting, the database, the Bot API) ends in one line on
stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys

from bot.settings import Settings, SettingsError, load_settings

CONFIGURATION_ERROR = 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="MNR Assistant")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="start the Telegram bot (long polling)")
    commands.add_parser("webhook", help="start the Telegram bot as a web process (webhooks)")
    commands.add_parser("console", help="chat with the assistant in this terminal")
    commands.add_parser("migrate", help="check the database and apply its migrations")
    export = commands.add_parser("export", help="write a round's answers and results to files")
    export.add_argument("code", help="the round's code (shown in /results and its exports)")
    export.add_argument("--format", choices=("csv", "xlsx", "json", "all"), default="all")
    export.add_argument("--out", default="mnr-exports", help="folder to write into")
    export.add_argument("--language", default=None, help="language of headers and names")
    args = parser.parse_args(argv)
    from bot import logs
    from storage.check import DatabaseProblem, check_database

    logs.configure(logging.INFO)
    try:
        settings = load_settings()
        logs.configure(settings.log_level if args.command != "console" else logging.WARNING)
        if args.command in ("run", "webhook"):
            settings.require_token()  # before the database, so that it is one line
        if args.command == "webhook":
            settings.require_webhook()
        asyncio.run(check_database(settings.database_url))
        if args.command == "migrate":
            print("Database is up to date.")
        elif args.command == "export":
            return _export(settings, args.code, args.format, args.out, args.language)
        elif args.command == "console":
            asyncio.run(_console(settings))
        elif args.command == "run":
            from bot.telegram import run_polling

            return run_polling(settings)
        elif args.command == "webhook":
            from bot.webhook import run_webhook

            return run_webhook(settings)
    except SettingsError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return CONFIGURATION_ERROR
    except DatabaseProblem as exc:
        print(f"Database error: {exc}", file=sys.stderr)
        return CONFIGURATION_ERROR
    except KeyboardInterrupt:
        return 130
    return 0


def _export(settings: Settings, code: str, kind: str, out: str, language: str | None) -> int:
    from pathlib import Path

    from bot.exporting import FORMATS, UnknownRound, export_round
    from storage.store import SqlStore

    async def run() -> list[Path]:
        store = SqlStore.from_url(settings.database_url)
        try:
            formats = FORMATS if kind == "all" else (kind,)
            return await export_round(store, code, formats, Path(out),
                                      language or settings.default_locale)
        finally:
            await store.close()

    try:
        for path in asyncio.run(run()):
            print(path)
    except UnknownRound:
        print(f"No round has the code {code}.", file=sys.stderr)
        return 1
    return 0


async def _console(settings: Settings) -> None:
    from bot.console import Console
    from bot.wiring import build_app

    app = await build_app(settings)
    try:
        # The terminal's own language (LANG=fr_FR.UTF-8) picks the catalog, as Telegram's does.
        language = os.environ.get("LANG", "").split(".")[0] or None
        await Console(app.router, language_code=language).run()
    finally:
        await app.close()


if __name__ == "__main__":
    sys.exit(main())
