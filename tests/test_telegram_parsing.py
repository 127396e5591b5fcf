"""Deep-link payloads are parsed and validated, never trusted; the file URL is derived."""

from __future__ import annotations

from bot.telegram import file_base_url, parse_start_payload


def test_start_payloads() -> None:
    assert parse_start_payload("inv_AbC-123") == "inv_AbC-123"
    assert parse_start_payload("") is None
    assert parse_start_payload("has space") is None
    assert parse_start_payload("x" * 65) is None


def test_file_base_url() -> None:
    assert file_base_url("https://api.telegram.org/bot") == "https://api.telegram.org/file/bot"
    assert file_base_url("http://127.0.0.1:8081/bot/") == "http://127.0.0.1:8081/file/bot"
