"""The doors between flows: each is bound by the flow that owns it (`Flow(entries=...)`) and
taken by others with `turn.hand_off`, so a hand-off is declared, not an import of another
flow or a command's name."""

from __future__ import annotations

from flows.engine.actions import Entry

# the assessment: its menu, or an invitation's code (`/start <code>`)
ASSESSMENT = Entry("assessment")
# the pulse check's six questions (in the chat's round when it has one)
PULSE = Entry("pulse")
# a group session: set up, or a session link's payload (`gs...`, `gd...`)
SESSION = Entry("session")
# an agreed position: recorded on a session's question (the argument: the card's id)
AGREE = Entry("agree")
