"""Command line: `python -m bot run | console | migrate`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys

from bot.settings import Settings, SettingsError, load_settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="MNR Assistant")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="start the Telegram bot (long polling)")
    commands.add_parser("console", help="chat with the assistant in this terminal")
    commands.add_parser("migrate", help="apply database migrations")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # No log line per request or per state change: at most one line per update, and never
    # what a person typed.
    for noisy in ("httpx", "alembic", "transitions"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        settings = load_settings()
        if args.command == "migrate":
            from storage.migrate import migrate

            asyncio.run(migrate(settings.database_url))
            print("Database is up to date.")
        elif args.command == "console":
            logging.getLogger().setLevel(logging.WARNING)
            asyncio.run(_console(settings))
        elif args.command == "run":
            settings.require_token()  # before any import or migration, so it is one line
            from bot.telegram import run_polling

            return run_polling(settings)
    except SettingsError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
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
