"""Configuration from the environment (pydantic-settings); a bad value stops with one line."""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# A file in the folder the assistant is started from, as the README says.
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///mnr-assistant.sqlite3"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", extra="ignore")

    telegram_bot_token: str | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    database_url: str = DEFAULT_DATABASE_URL
    # How long a write waits for another writer of the SQLite file before it gives up.
    database_busy_timeout_ms: int = Field(default=10_000, ge=0)
    log_level: str = "INFO"
    # How many of one person's updates may wait at once; more are dropped (a flood).
    per_person_waiting: int = Field(default=8, ge=1)
    default_locale: str = "en"
    admin_user_ids: Annotated[tuple[int, ...], NoDecode] = ()
    # How long a Bot API call may take to connect, send or answer before it is given up.
    telegram_timeout_seconds: float = Field(default=10.0, gt=0)
    # Telegram's limits as the rate limiter's safety net and the group budget; tests and
    # benchmarks against the local Bot API server change them.
    overall_per_second: float = Field(default=30.0, gt=0)
    # Pause between getUpdates calls: lets a burst of taps arrive in one batch instead of one
    # HTTP round trip per update, at the cost of at most this much latency.
    poll_interval_seconds: float = Field(default=0.02, ge=0)
    group_messages_per_window: int = Field(default=20, ge=1)
    group_window_seconds: float = Field(default=60.0, gt=0)
    # A group card's vote count is shown again at most this often (the updates in between
    # are coalesced), leaving room in the group's budget for the facilitator's moves.
    group_card_interval_seconds: float = Field(default=4.0, ge=0)
    # Someone who stopped mid-assessment is reminded once, after this long without a step.
    reminder_delay_seconds: float = Field(default=86_400.0, gt=0)
    # How often due reminders are looked for.
    reminder_check_seconds: float = Field(default=60.0, gt=0)
    # Text typed but not saved (a possible report of abuse, or an over-long note, waiting for
    # the person's word) is dropped after this long without an answer.
    held_text_seconds: float = Field(default=300.0, gt=0)
    # A report, chart or file being drawn is left to another process (or to this one after a
    # restart) when its drawing has not finished after this long.
    job_claim_seconds: float = Field(default=120.0, gt=0)
    # How long the operator's backups (and the database's own logs) may keep what /forget
    # deleted: the privacy notice says so.
    backups_kept_days: int = Field(default=30, ge=0, le=3650)
    # Webhook mode (`python -m bot webhook`): the public HTTPS address Telegram posts updates
    # to, the secret it sends with each (checked on every request), and where to listen.
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_listen: str = "0.0.0.0"
    port: int = Field(default=8080, ge=1, le=65535)
    # The presenter page of group sessions (bot/presenter): the address browsers reach it at.
    # Webhook mode serves it beside /telegram (default: WEBHOOK_URL's scheme and host);
    # polling mode only when PRESENTER_PORT is set, on PRESENTER_LISTEN (default: this
    # computer alone, http://localhost:<port>).
    presenter_url: str | None = None
    presenter_port: int | None = Field(default=None, ge=1, le=65535)
    presenter_listen: str = "127.0.0.1"
    # On SIGTERM, how long the updates in hand may take to finish.
    stop_grace_seconds: float = Field(default=20.0, ge=0)
    # Webhook mode: a connection idle, or a request's head or body not sent within this long,
    # is closed (a slow client cannot hold the process).
    webhook_timeout_seconds: float = Field(default=30.0, gt=0, le=3600)

    @field_validator("admin_user_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            try:
                ids = tuple(int(p) for p in parts)
            except ValueError:
                raise ValueError("must be comma-separated Telegram user ids") from None
            if any(user <= 0 for user in ids):
                raise ValueError("Telegram user ids are positive whole numbers")
            return ids
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")) or not value.rstrip("/").endswith(
            "/bot"
        ):
            raise ValueError("must be an http(s) URL ending in /bot")
        return value

    @field_validator("log_level")
    @classmethod
    def _check_level(cls, value: str) -> str:
        if value.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
            raise ValueError("must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return value.upper()

    @field_validator("default_locale")
    @classmethod
    def _check_locale(cls, value: str) -> str:
        from bot.i18n import available_locales

        if value not in available_locales():
            raise ValueError(
                f"{value!r} has no catalog; choose one of {', '.join(available_locales())}"
            )
        return value

    @field_validator("presenter_url")
    @classmethod
    def _check_presenter_url(cls, value: str | None) -> str | None:
        value = (value or "").strip().rstrip("/")
        if value and not re.fullmatch(r"https?://[^/?#\s]+(/[^?#\s]*)?", value):
            raise ValueError("must be an http:// or https:// address, such as https://mnr.example.org")
        return value or None

    def presenter_base(self, webhook: bool) -> str | None:
        """Where the presenter page is reached; None when this process does not serve it."""
        if webhook:
            if self.presenter_url:
                return self.presenter_url
            parts = urlsplit(self.webhook_url or "")
            return f"{parts.scheme}://{parts.netloc}" if parts.netloc else None
        if self.presenter_port is None:
            return None
        return self.presenter_url or f"http://localhost:{self.presenter_port}"

    def require_webhook(self) -> tuple[str, str]:
        """The webhook's public URL and its secret token, checked as Telegram checks them."""
        url = (self.webhook_url or "").strip()
        if not url.startswith("https://"):
            raise SettingsError("WEBHOOK_URL must be the public https:// address of /telegram")
        secret = (self.webhook_secret or "").strip()
        if not re.fullmatch(r"[A-Za-z0-9_-]{16,256}", secret):
            raise SettingsError(
                "WEBHOOK_SECRET must be 16 to 256 letters, digits, _ or - "
                "(for example: python -c 'import secrets; print(secrets.token_urlsafe(32))')"
            )
        return url, secret

    def require_token(self) -> str:
        token = (self.telegram_bot_token or "").strip()
        if not token:
            raise SettingsError("TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather")
        head, _, tail = token.partition(":")
        if not head.isdigit() or len(tail) < 3 or any(c.isspace() for c in token):
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN is malformed: it looks like 123456789:ABC-DEF..."
            )
        return token


class SettingsError(Exception):
    """A setting that stops the bot at start; the message is one line for a person."""


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "a setting"
        raise SettingsError(f"{name} is invalid: {first['msg']}") from None
