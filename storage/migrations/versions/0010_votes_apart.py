"""Session votes become records of their own, apart from answers; notices to tell people once.

Until now a vote in a group session was written as the voter's answer (source "group"), so
it replaced whatever they had answered alone. Each such answer becomes a vote of its session.
The rating it replaced is lost: an answer that carried an evidence note keeps the note as
the person's own (unrated); one without goes. Whoever may have lost a rating of their own (a
note on it, or other answers of theirs in the round) is told once which questions to rate
again, and the facilitators of each round concerned are told how many answers changed.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

FIRST_VOTING = 1


def upgrade() -> None:
    op.create_table(
        "votes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("session_id", sa.Integer(), sa.ForeignKey("cards.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("rounds.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("item", sa.String(32), nullable=False),
        sa.Column("voting", sa.Integer(), nullable=False),
        sa.Column("voter", sa.String(64), nullable=False),
        sa.Column("value", sa.String(16), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("session_id", "item", "voting", "voter", name="uq_vote"),
    )
    op.create_index("ix_votes_count", "votes", ["session_id", "item", "voting", "value"])
    op.create_index("ix_votes_round", "votes", ["round_id"])
    op.create_index("ix_votes_voter", "votes", ["voter"])
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("user", sa.String(64), nullable=False),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("rounds.id", ondelete="CASCADE"),
                  nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_notices_user", "notices", ["user"])
    _votes_apart(op.get_bind())
    op.drop_index("ix_answers_session", "answers")
    with op.batch_alter_table("answers") as batch:
        batch.drop_column("session_id")
        batch.drop_column("seq")


def _votes_apart(connection: sa.Connection) -> None:
    answers = sa.table(
        "answers", sa.column("id", sa.Integer), sa.column("round_id", sa.Integer),
        sa.column("user", sa.String), sa.column("item", sa.String),
        sa.column("value", sa.String), sa.column("note", sa.String),
        sa.column("source", sa.String), sa.column("session_id", sa.Integer),
        sa.column("seq", sa.BigInteger), sa.column("updated_at", UTCDateTime()),
    )
    votes = sa.table(
        "votes", sa.column("session_id", sa.Integer), sa.column("round_id", sa.Integer),
        sa.column("item", sa.String), sa.column("voting", sa.Integer),
        sa.column("voter", sa.String), sa.column("value", sa.String),
        sa.column("seq", sa.BigInteger), sa.column("updated_at", UTCDateTime()),
    )
    cards = sa.table("cards", sa.column("id", sa.Integer))
    participants = sa.table("participants", sa.column("round_id", sa.Integer),
                            sa.column("user", sa.String), sa.column("role", sa.String))
    rounds = sa.table("rounds", sa.column("id", sa.Integer), sa.column("owner", sa.String))
    notices = sa.table(
        "notices", sa.column("user", sa.String), sa.column("round_id", sa.Integer),
        sa.column("kind", sa.String), sa.column("detail", sa.JSON),
        sa.column("created_at", UTCDateTime()),
    )
    grouped = connection.execute(sa.select(answers).where(answers.c.source == "group")).all()
    if not grouped:
        return
    own = {(r.round_id, r.user) for r in connection.execute(
        sa.select(answers.c.round_id, answers.c.user).where(answers.c.source != "group"))}
    sessions = set(connection.execute(sa.select(cards.c.id)).scalars())
    lost: dict[tuple[int, str], list[str]] = defaultdict(list)  # who may have lost a rating
    changed: dict[int, dict[str, int]] = defaultdict(lambda: {"answers": 0, "notes": 0})
    for row in grouped:
        if row.session_id in sessions and row.value is not None:
            connection.execute(sa.insert(votes).values(
                session_id=row.session_id, round_id=row.round_id, item=row.item,
                voting=FIRST_VOTING, voter=row.user, value=row.value, seq=row.seq,
                updated_at=row.updated_at))
        changed[row.round_id]["answers"] += 1
        if row.note:
            changed[row.round_id]["notes"] += 1
            connection.execute(sa.update(answers).where(answers.c.id == row.id).values(
                value=None, source="private", session_id=None, seq=None))
        else:
            connection.execute(sa.delete(answers).where(answers.c.id == row.id))
        if row.note or (row.round_id, row.user) in own:
            lost[row.round_id, row.user].append(row.item)
    now = datetime.now(UTC)
    told: dict[int, int] = defaultdict(int)
    for (round_id, user), items in lost.items():
        told[round_id] += 1
        connection.execute(sa.insert(notices).values(
            user=user, round_id=round_id, kind="rate_again", detail={"items": sorted(items)},
            created_at=now))
    for round_id, counts in changed.items():
        leads = set(connection.execute(
            sa.select(participants.c.user).where(participants.c.round_id == round_id,
                                                 participants.c.role == "facilitator")
        ).scalars())
        owner = connection.execute(
            sa.select(rounds.c.owner).where(rounds.c.id == round_id)).scalar()
        leads |= {owner} if owner else set()
        detail: dict[str, Any] = {**counts, "told": told[round_id]}
        for user in sorted(leads):
            connection.execute(sa.insert(notices).values(
                user=user, round_id=round_id, kind="votes_apart", detail=detail,
                created_at=now))


def downgrade() -> None:
    with op.batch_alter_table("answers") as batch:
        batch.add_column(sa.Column("session_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
    op.create_index("ix_answers_session", "answers", ["session_id", "item", "value"])
    op.drop_table("notices")
    op.drop_table("votes")
