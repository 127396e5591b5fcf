"""Tables. People appear only as string keys (Telegram ids or the terminal's), never names."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import DateTime, TypeDecorator


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC and always gives back aware datetimes (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    pass


class PersonRow(Base):
    __tablename__ = "people"

    user: Mapped[str] = mapped_column(String(64), primary_key=True)
    locale: Mapped[str | None] = mapped_column(String(16))
    consented_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # "Stop reminders" turns them off for every round of this person.
    reminders: Mapped[bool] = mapped_column(Boolean, server_default=true())


class RoundRow(Base):
    __tablename__ = "rounds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    country: Mapped[str] = mapped_column(String(2))
    owner: Mapped[str | None] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    title: Mapped[str | None] = mapped_column(String(80))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # aggregates only ever leave the bot: no rows, no notes (set at creation, then only on)
    figures_only: Mapped[bool] = mapped_column(Boolean, server_default=false())
    # every message and file of the round is sent protected (chosen at creation, never undone)
    confidential: Mapped[bool] = mapped_column(Boolean, server_default=false())


class InviteRow(Base):
    """Codes that let people join a round; a revoked one joins nothing."""

    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"),
                                          index=True)
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ParticipantRow(Base):
    __tablename__ = "participants"
    __table_args__ = (UniqueConstraint("round_id", "user", name="uq_participant_round_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    user: Mapped[str] = mapped_column(String(64), index=True)
    sector: Mapped[str] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(16))
    # Random per round, never derived from the Telegram id: what exports show.
    pseudonym: Mapped[str] = mapped_column(String(16), unique=True)
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Claimed by the one process that sends the reminder to finish: never twice.
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AnswerRow(Base):
    """A person's own answer: given alone, never by a vote in a group session."""

    __tablename__ = "answers"
    __table_args__ = (
        UniqueConstraint("round_id", "user", "item", name="uq_answer_round_user_item"),
        # a round's tallies are counted off this index alone (storage.answers._TALLY)
        Index("ix_answers_tally", "round_id", "item", "sector", "value"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    user: Mapped[str] = mapped_column(String(64), index=True)
    item: Mapped[str] = mapped_column(String(32))
    # the participant's sector when the answer was first written (a sector can be corrected
    # only before any answer); NULL for an answer without a participant
    sector: Mapped[str | None] = mapped_column(String(32))
    # "1".."4", "dont_know", or NULL when only a note has been typed
    value: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(String(500))
    source: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class VoteRow(Base):
    """A vote in a group session, kept apart from anyone's own answer. The voter is linked
    only so that they can change their vote and /forget can delete it: nothing shows it."""

    __tablename__ = "votes"
    __table_args__ = (
        UniqueConstraint("session_id", "item", "voting", "voter", name="uq_vote"),
        # a session's counts are read off this index alone (storage.votes)
        Index("ix_votes_count", "session_id", "item", "voting", "value"),
        Index("ix_votes_round", "round_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"))
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(32))
    voting: Mapped[int] = mapped_column(Integer)  # 1, or 2 when the question is voted again
    voter: Mapped[str] = mapped_column(String(64), index=True)  # ix_votes_voter
    value: Mapped[str] = mapped_column(String(16))  # "1".."4" or "dont_know"
    # the press's place in the channel's order (Telegram's update id): a vote applied after a
    # later one of the same person (by another process) changes nothing
    seq: Mapped[int | None] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class NoticeRow(Base):
    """Something a person is to be told once in their private chat (say, that an answer needs
    rating again), kept until it has been sent."""

    __tablename__ = "notices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user: Mapped[str] = mapped_column(String(64), index=True)
    round_id: Mapped[int | None] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class JobRow(Base):
    """Slow work a person asked for (a report, a chart, a file), recorded in the event that
    asked, so that a process killed while drawing it leaves it to another (or to itself after
    a restart): sent once, whichever process claims it."""

    __tablename__ = "jobs"
    __table_args__ = (
        # the same press delivered again asks for no second file
        UniqueConstraint("chat", "kind", "seq", name="uq_job_press"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chat: Mapped[str] = mapped_column(String(64))
    user: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(40))  # "<flow code>.<job>"
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    seq: Mapped[int | None] = mapped_column(BigInteger)  # the press (Telegram's update id)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    claimed_by: Mapped[str | None] = mapped_column(String(32))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ConversationRow(Base):
    __tablename__ = "conversations"

    chat: Mapped[str] = mapped_column(String(64), primary_key=True)
    user: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    flow: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    # Compared and set by every write: at least the time of the move in microseconds.
    version: Mapped[int] = mapped_column(BigInteger)
    last_message: Mapped[int | None] = mapped_column(BigInteger)
    round_id: Mapped[int | None] = mapped_column(Integer)
    context: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)


class CardRow(Base):
    """A message many people tap: its flow state lives here, not in anyone's conversation."""

    __tablename__ = "cards"
    # Ids are never reused (SQLite would reuse the highest after a delete): a keyboard of a
    # deleted card must not match a new one.
    __table_args__ = (
        Index("ix_cards_token", "token", unique=True),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chat: Mapped[str] = mapped_column(String(64), index=True)
    flow: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    round_id: Mapped[int | None] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    context: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # What its deep links carry (96 random bits), never the counting id: the set-up link
    # while the card is being set up, then a new one for its Details link.
    token: Mapped[str | None] = mapped_column(String(24))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Drawing the card's message, shared by every process: `changes` counts what changed it
    # (votes, moves), `drawn` is the count its message shows; one process at a time draws it
    # (`drawing_by` until `drawing_until`), at most once per interval for counts (`drawn_at`),
    # and never twice the same (`shown`, a fingerprint of the message).
    changes: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    drawn: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    drawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    shown: Mapped[str | None] = mapped_column(String(64))
    drawing_by: Mapped[str | None] = mapped_column(String(64))
    drawing_until: Mapped[datetime | None] = mapped_column(UTCDateTime())


class GroupCallsRow(Base):
    """A group's calls in the budget's window, for every process: [token, time] pairs, the
    time being when the call ended, or until when a call in flight is counted."""

    __tablename__ = "group_calls"

    chat: Mapped[str] = mapped_column(String(64), primary_key=True)
    calls: Mapped[list[Any]] = mapped_column(JSON, default=list)


class PlanSettingsRow(Base):
    """A round's action plan settings (`flows.engine.store.plans.Settings`)."""

    __tablename__ = "plan_settings"

    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"),
                                          primary_key=True)
    fiscal_start: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    cost_note: Mapped[str | None] = mapped_column(String(200))
    shown_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reminders: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # the month ("2027-03") the facilitators were last sent the overdue actions
    reminded_month: Mapped[str | None] = mapped_column(String(7))


class PlanTargetRow(Base):
    """The phase a round means to reach on a capability, and by when."""

    __tablename__ = "plan_targets"

    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"),
                                          primary_key=True)
    capability: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    phase: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[str | None] = mapped_column(String(6))  # "2027Q2"
    set_by: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class PlanAgencyRow(Base):
    """An agency a round's actions name (as lead or support), one per name whatever its case."""

    __tablename__ = "plan_agencies"
    __table_args__ = (UniqueConstraint("round_id", "folded", name="uq_plan_agency_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"),
                                          index=True)
    name: Mapped[str] = mapped_column(String(80))
    # the name compared without case (casefold can lengthen a name: room for it)
    folded: Mapped[str] = mapped_column(String(240))
    created_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class PlanActionRow(Base):
    """An action of a round's plan, edited from several chats: every change compares and sets
    its `version`. A deleted action is kept (`deleted_at`) for its history."""

    __tablename__ = "plan_actions"
    # Ids are never reused: a button naming a deleted action must not reach a new one.
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"),
                                          index=True)
    capability: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(BigInteger)
    text: Mapped[str | None] = mapped_column(String(300))
    step: Mapped[str | None] = mapped_column(String(64))
    lead: Mapped[str] = mapped_column(String(64))  # "agency:<id>" or "sector:<code>"
    supporting: Mapped[list[Any]] = mapped_column(JSON, default=list)
    related: Mapped[list[Any]] = mapped_column(JSON, default=list)
    due: Mapped[str] = mapped_column(String(6))  # "2027Q2"
    indicator: Mapped[str | None] = mapped_column(String(150))
    cost: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(8))
    status_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PlanHistoryRow(Base):
    """One add, change or delete of an action: the fields it set."""

    __tablename__ = "plan_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("plan_actions.id", ondelete="CASCADE"),
                                           index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(8))  # "added", "changed", "deleted"
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class PlanCommentRow(Base):
    """A person's comment on an action: theirs, deleted with them."""

    __tablename__ = "plan_comments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("plan_actions.id", ondelete="CASCADE"),
                                           index=True)
    user: Mapped[str] = mapped_column(String(64), index=True)
    text: Mapped[str] = mapped_column(String(300))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AgreementRow(Base):
    """An agreed position recorded on one item of a round: every recording is kept, the latest
    per item is the round's position (`flows.engine.store.positions`)."""

    __tablename__ = "agreements"
    __table_args__ = (Index("ix_agreements_round", "round_id", "item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    item: Mapped[str] = mapped_column(String(32))
    phase: Mapped[str] = mapped_column(String(16))  # "1".."4" or "dont_know"
    reason: Mapped[str | None] = mapped_column(String(32))
    reason_text: Mapped[str | None] = mapped_column(String(200))
    dissent: Mapped[str | None] = mapped_column(String(200))
    # a session's card stays with its round; the agreement too when the card goes
    session_id: Mapped[int | None] = mapped_column(ForeignKey("cards.id", ondelete="SET NULL"))
    voting: Mapped[int | None] = mapped_column(Integer)
    recorded_by: Mapped[str | None] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class VersionRow(Base):
    """One version of a round's validation: its review, then its validation with the snapshot
    of what the report shows and its hash (`flows.engine.store.validation`)."""

    __tablename__ = "round_versions"

    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"),
                                          primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    state: Mapped[str] = mapped_column(String(12))  # "review" or "validated"
    review_opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    review_ends: Mapped[str | None] = mapped_column(String(10))  # "2027-01-31"
    reminded: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    institution: Mapped[str | None] = mapped_column(String(120))
    validated_on: Mapped[str | None] = mapped_column(String(10))
    validated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    snapshot: Mapped[str | None] = mapped_column(Text())
    snapshot_hash: Mapped[str | None] = mapped_column(String(64))
    counted: Mapped[int | None] = mapped_column(Integer)
    # beside the snapshot, not inside its hash
    sharing: Mapped[str | None] = mapped_column(String(12))
    shared_with: Mapped[str | None] = mapped_column(String(200))
    sharing_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    superseded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class FlagRow(Base):
    """A participant's "I see it differently" on a capability of a version under review."""

    __tablename__ = "flags"
    __table_args__ = (UniqueConstraint("round_id", "version", "item", "user", name="uq_flag"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    item: Mapped[str] = mapped_column(String(32))
    user: Mapped[str] = mapped_column(String(64), index=True)
    comment: Mapped[str | None] = mapped_column(String(300))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class VersionFileRow(Base):
    """A file rendered from a validated version's snapshot, kept so that every later export of
    it is the same bytes."""

    __tablename__ = "version_files"

    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"),
                                          primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class UnprotectedCopyRow(Base):
    """A facilitator's confirmed request for a file of a confidential round without Telegram's
    protection: who and when are kept, for the round's record."""

    __tablename__ = "unprotected_copies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"),
                                          index=True)
    user: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(8))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class PresenterLinkRow(Base):
    """A group session's presenter link: only hashes of its token and of the cookie it was
    exchanged for; the join link made for the group, revoked when the session ends."""

    __tablename__ = "presenter_links"
    __table_args__ = (
        Index("ix_presenter_links_token_hash", "token_hash", unique=True),
        Index("ix_presenter_links_cookie_hash", "cookie_hash", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id", ondelete="CASCADE"),
                                         index=True)
    token_hash: Mapped[str] = mapped_column(String(64))
    cookie_hash: Mapped[str | None] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    exchanged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    join_link: Mapped[str | None] = mapped_column(String(256))
    join_title: Mapped[str | None] = mapped_column(String(256))
    join_revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
