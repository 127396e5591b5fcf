"""Agreed positions: what a meeting concluded on an item of a round (flow.py declares it)."""
