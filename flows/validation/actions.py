"""The validation's buttons, declared once."""

from __future__ import annotations

from flows.engine.actions import Action, Arg, IdArg, one_of
from flows.engine.translator import N_
from flows.kit.items import capability_ids

CODE = "va"
REVIEW_DAYS = ("0", "7", "14", "28")  # a review's end, in days from its opening (0: none)


class Act:
    open = Action(CODE, "open", IdArg(), label=N_("Validation"), enters=True)
    review = Action(CODE, "review", label=N_("Open the review"))
    ends = Action(CODE, "ends", one_of(*REVIEW_DAYS))
    draft = Action(CODE, "draft", label=N_("Back to draft"))
    validate = Action(CODE, "validate", label=N_("Validate"))
    confirm = Action(CODE, "confirm", label=N_("Validate now"))
    shared = Action(CODE, "shared", label=N_("May be shared with…"))
    confidential = Action(CODE, "confidential", label=N_("Confidential"))
    new_version = Action(CODE, "new_version", label=N_("New version"))
    confirm_new = Action(CODE, "confirm_new", label=N_("Start version {number}"))
    back = Action(CODE, "back", label=N_("Back"))
    # a participant's, while the round is under review
    flags = Action(CODE, "flags", IdArg(), label=N_("I see it differently"), enters=True)
    flag = Action(CODE, "flag", Arg(capability_ids))
    no_comment = Action(CODE, "no_comment", label=N_("No comment"))
    done = Action(CODE, "done", label=N_("That is all"))
