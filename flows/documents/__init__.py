"""Report text, charts, the PDF and the exports of a round, as composable sections and sheets.

Imports: the engine, the kit and framework. No flow folder.
"""
