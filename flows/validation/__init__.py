"""Validation: a round's review, validation and sharing (flow.py declares it)."""
