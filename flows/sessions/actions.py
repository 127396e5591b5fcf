"""A group session's buttons and commands, declared once: the card and the private screens
draw them, the flow's declaration (`flow.py`) says what each does."""

from __future__ import annotations

import re

from flows.engine.actions import Action, Arg, IdArg, one_of
from flows.engine.translator import N_
from flows.kit.items import MODES
from framework.scoring import DONT_KNOW

CODE = "gs"
VOTE_ARG = one_of("1", "2", "3", "4", DONT_KNOW)


class LocaleArg(Arg):
    """A catalog name ("fr", "zh_Hans"); the handler checks it is one the bot offers."""

    PATTERN = re.compile(r"^[a-z]{2,3}(_[A-Za-z]{2,4})?$")

    def __init__(self) -> None:
        super().__init__(lambda: ("en", "zh_Hans"))

    def accepts(self, value: str) -> bool:
        return bool(self.PATTERN.match(value))



class Act:
    """The sessions flow's buttons and commands."""

    session = Action(CODE, "session", command="session", groups=True, rank=36,
                     describe=N_("Run a group session in a group chat"))
    round = Action(CODE, "round", IdArg())
    mode = Action(CODE, "mode", one_of(*MODES))
    language = Action(CODE, "language", LocaleArg())
    vote = Action(CODE, "vote", VOTE_ARG, label=N_("Phase {phase}"), cards=True)
    reveal = Action(CODE, "reveal", label=N_("Reveal"), cards=True)
    next = Action(CODE, "next", label=N_("Next"), cards=True)
    back = Action(CODE, "back", label=N_("Back"), cards=True)
    end = Action(CODE, "end", label=N_("End"), cards=True)
    end_yes = Action(CODE, "end_yes", label=N_("Yes, end it"), cards=True)
    keep_on = Action(CODE, "keep_on", label=N_("No, go on"), cards=True)
    again = Action(CODE, "again", label=N_("Vote again"), cards=True)
    resume = Action(CODE, "resume", label=N_("Resume at question {number}"), cards=True)
    fresh = Action(CODE, "fresh", label=N_("New session"), cards=True)
    agenda = Action(CODE, "agenda", one_of("spread", "usual"))
    dvote = Action(CODE, "dvote", VOTE_ARG, label=N_("Phase {phase}"))
    present = Action(CODE, "present", label=N_("Presenter page"))
