"""Group sessions: a card in a group chat, set up in private by a facilitator, voted on by
the group's members.

Imports: the engine, the kit, documents and framework. No other flow folder.
"""
