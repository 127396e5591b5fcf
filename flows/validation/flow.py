"""Validation: a round's facilitators open a review (answers close, participants see the draft
results and flag what they see differently), validate it (the institution and the date; a
canonical snapshot of what the report shows, with its hash; the round frozen), record whether
the report may be shared or is confidential, and start a new version when something must
change. Declared once here (`FLOW`)."""

from __future__ import annotations

from flows.engine.declare import Move, State, View
from flows.engine.flow import Flow
from flows.validation import documents, handlers as do, screens
from flows.validation.actions import Act
from flows.validation.context import NAME, Go, ValidationContext, load_flags, load_status
from flows.validation.reminders import REVIEW_ENDS, remind_review, tell_review_ends

FLOW: Flow[ValidationContext] = Flow(
    name=NAME,
    code="va",
    context=ValidationContext,
    initial="idle",
    states=[
        State("idle"),
        State("status", View(load_status, screens.status),
              actions=(Act.review, Act.draft, Act.validate, Act.shared, Act.confidential,
                       Act.new_version)),
        State("ends", View(load_status, screens.review_ends), actions=(Act.ends, Act.back)),
        State("institution", View(load_status, screens.institution), actions=(Act.back,),
              text=do.institution_typed),
        State("confirm", View(load_status, screens.confirm),
              actions=(Act.confirm, Act.back)),
        State("shared_with", View(load_status, screens.shared_with), actions=(Act.back,),
              text=do.shared_with_typed),
        State("new_version", View(load_status, screens.new_version),
              actions=(Act.confirm_new, Act.back)),
        State("flags", View(load_flags, screens.flags), actions=(Act.flag, Act.done)),
        State("comment", View(load_flags, screens.comment), actions=(Act.no_comment,),
              text=do.comment_typed),
        State("done", View(load_flags, lambda t, _: [screens.done(t)])),
    ],
    moves=[
        Move(Go.status, "*", "status"),
        Move(Go.ends, "status", "ends"),
        Move(Go.institution, "status", "institution"),
        Move(Go.confirm, "institution", "confirm"),
        Move(Go.shared_with, "status", "shared_with"),
        Move(Go.new_version, "status", "new_version"),
        Move(Go.back, ("ends", "institution", "confirm", "shared_with", "new_version"),
             "status"),
        Move(Go.flags, "*", "flags"),
        Move(Go.comment, "flags", "comment"),
        Move(Go.done, "flags", "done"),
    ],
    actions=[
        Act.open.runs(do.open_round),
        Act.review.runs(do.review),
        Act.ends.runs(do.ends_chosen),
        Act.draft.runs(do.to_draft),
        Act.validate.runs(do.validate),
        Act.confirm.runs(do.confirm),
        Act.shared.runs(do.shared),
        Act.confidential.runs(do.confidential),
        Act.new_version.runs(do.new_version),
        Act.confirm_new.runs(do.confirm_new),
        Act.back.runs(Go.back),
        Act.flags.runs(do.open_flags),
        Act.flag.runs(do.flag),
        Act.no_comment.runs(do.no_comment),
        Act.done.runs(Go.done),
    ],
    notices={REVIEW_ENDS: tell_review_ends},
    tasks=[remind_review],
    adds=documents.ADDS,
)
