"""What several flows share: rating, the country step, typed answers, labels and
texts, the disclosure check, and the notices about safety and privacy.

Imports: the engine and framework. No flow folder.
"""
