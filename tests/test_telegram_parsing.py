"""Callback data and deep-link payloads are parsed and validated, never trusted."""

from __future__ import annotations

from bot.telegram import callback_data, file_base_url, parse_callback, parse_start_payload
from flows.screens import Button


def test_callback_data_round_trip_and_limits() -> None:
    data = callback_data(Button("Phase 3", "r:3"), 17)
    assert data == "r:3|17"
    assert parse_callback(data) == ("r:3", 17)
    assert parse_callback("r:3") is None  # no step
    assert parse_callback("r:3|x") is None
    assert parse_callback("r 3|1") is None  # characters we never make
    assert parse_callback("a" * 60 + "|1234") is None  # over 64 bytes
    assert parse_callback(None) is None


def test_every_action_of_the_flows_fits_in_64_bytes() -> None:
    longest = callback_data(Button("x", "forget:yes"), 999_999_999)
    assert len(longest.encode()) <= 64


def test_start_payloads() -> None:
    assert parse_start_payload("inv_AbC-123") == "inv_AbC-123"
    assert parse_start_payload("") is None
    assert parse_start_payload("has space") is None
    assert parse_start_payload("x" * 65) is None


def test_file_base_url() -> None:
    assert file_base_url("https://api.telegram.org/bot") == "https://api.telegram.org/file/bot"
    assert file_base_url("http://127.0.0.1:8081/bot/") == "http://127.0.0.1:8081/file/bot"
