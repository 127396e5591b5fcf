"""The pulse check: six domain questions from an invitation link, answered in a minute, with a
profile at the end.

Imports: the engine, the kit, documents and framework. No other flow folder.
"""
