"""Conversations as declared state machines over stored state; no Telegram or SQL here."""
