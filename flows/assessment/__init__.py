"""The assessment alone: a person rates the 21 capabilities of a round, with evidence notes,
and gets a summary, priorities and next steps.

Imports: the engine, the kit, documents and framework. No other flow folder.
"""
