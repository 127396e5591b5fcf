"""A country's round for its facilitators: opening it, invitations, results, comparisons,
charts, the report and the exports.

Imports: the engine, the kit, documents and framework. No other flow folder.
"""
