"""The conversation engine: the declaration language (flows, states, moves, views), the turn,
the router, effects, actions, events, the translator protocol, and the storage interface with
the records that cross into it (the one module of flows that storage imports).

Imports: framework only. No flow folder, no kit, no documents.
"""
