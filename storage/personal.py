"""What each table holds of people: the one declaration that /forget follows and its test reads
(tests/storage/test_forget.py fails for a table declared nowhere).

* `Personal`: every row is one person's (named in `column`): /forget deletes their rows.
* `RoundRecord`: rows belong to a round, not to a person (a round's title, a session's card):
  /forget keeps them and removes the person's link (`links`: columns, set to NULL, or
  `column.key` inside a JSON column, which only the cards have); `texts` are words a person
  wrote that the round keeps as its own.
* `Impersonal`: nothing about anyone (group chats' budgets, invitation codes).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Personal:
    column: str


@dataclass(frozen=True)
class RoundRecord:
    links: tuple[str, ...]
    texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class Impersonal:
    pass


TABLES: dict[str, Personal | RoundRecord | Impersonal] = {
    "people": Personal("user"),
    "participants": Personal("user"),
    "answers": Personal("user"),
    "votes": Personal("voter"),
    "notices": Personal("user"),
    "conversations": Personal("user"),
    "jobs": Personal("user"),  # a report or file asked for, until it is sent
    # a round outlives whoever opened it: facilitation passes to a co-facilitator (or the
    # bot's admins); its title stays
    "rounds": RoundRecord(links=("owner",), texts=("title",)),
    # a session's card stays with its round; who set it up is forgotten
    "cards": RoundRecord(links=("context.opener", "context.opener_chat")),
    # a round's action plan stays with the round: who set a target, added an agency or an
    # action, or changed one is forgotten; its words (an action's text, what the history
    # recorded of it) are the round's
    "plan_settings": RoundRecord(links=(), texts=("cost_note",)),
    "plan_targets": RoundRecord(links=("set_by",)),
    "plan_agencies": RoundRecord(links=("created_by",), texts=("name",)),
    "plan_actions": RoundRecord(links=("created_by",), texts=("text", "indicator")),
    "plan_history": RoundRecord(links=("user",), texts=("fields",)),
    # a comment is its author's: it goes with them
    "plan_comments": Personal("user"),
    # an agreed position is the round's conclusion: who recorded it is forgotten, its words
    # (the rationale, the dissent note) are the round's
    "agreements": RoundRecord(links=("recorded_by",), texts=("reason_text", "dissent")),
    # a validated version's snapshot and files hold aggregates only, never anyone's row: they
    # stay, and say how many people they counted
    "round_versions": RoundRecord(links=(), texts=("institution", "shared_with")),
    "version_files": RoundRecord(links=()),
    # a flag and its comment are the participant's: they go with them
    "flags": Personal("user"),
    # who asked for an unprotected copy of a confidential round's file: the round's record,
    # without them once they are forgotten
    "unprotected_copies": RoundRecord(links=("user",)),
    "invites": Impersonal(),
    # a presenter link is the session's: hashes of its token and cookie, the group's join
    # link or name, never who asked for it
    "presenter_links": Impersonal(),
    "group_calls": Impersonal(),
}
