"""Configuration from the environment (pydantic-settings); a bad value stops with one line."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# A file in the folder the assistant is started from, as the README says.
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///mnr-assistant.sqlite3"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", extra="ignore")

    telegram_bot_token: str | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    database_url: str = DEFAULT_DATABASE_URL
    default_locale: str = "en"
    admin_user_ids: Annotated[tuple[int, ...], NoDecode] = ()
    # Telegram's limits as the rate limiter's safety net and the group budget; tests and
    # benchmarks against the local Bot API server change them.
    overall_per_second: float = Field(default=30.0, gt=0)
    # Pause between getUpdates calls: lets a burst of taps arrive in one batch instead of one
    # HTTP round trip per update, at the cost of at most this much latency.
    poll_interval_seconds: float = Field(default=0.02, ge=0)
    group_messages_per_window: int = Field(default=20, ge=1)
    group_window_seconds: float = Field(default=60.0, gt=0)

    @field_validator("admin_user_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            try:
                return tuple(int(p) for p in parts)
            except ValueError:
                raise ValueError("must be comma-separated Telegram user ids") from None
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _check_base_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL ending in /bot")
        return value

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
