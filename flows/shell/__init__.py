"""What every conversation shares: consent, help, about, privacy, my data, forget, language,
unknown commands and unexpected text, reminders and notices.

Imports: the engine, the kit, documents and framework. No other flow folder.
"""
