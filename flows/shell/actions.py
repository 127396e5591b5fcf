"""The shell's buttons and commands, declared once: screens draw them, the shell's
declaration (`flow.py`) says what each does (some arguments are known only there: the
languages, the entries that ask for consent)."""

from __future__ import annotations

from flows.engine.actions import Action, IdArg
from flows.engine.translator import N_

CODE = "sh"


class Act:
    """The shell flow's buttons and commands."""

    help = Action(CODE, "help", command="help", rank=20, describe=N_("How this assistant works"))
    language = Action(CODE, "language", command="language", rank=40,
                      describe=N_("Choose the language"))
    about = Action(CODE, "about", command="about", rank=50,
                   describe=N_("About the MNR and this content"))
    privacy = Action(CODE, "privacy", command="privacy", rank=60,
                     describe=N_("What is stored and why"))
    mydata = Action(CODE, "mydata", command="mydata", rank=70,
                    describe=N_("See what is stored about you"))
    forget = Action(CODE, "forget", command="forget", rank=80, describe=N_("Delete your data"))
    cancel = Action(CODE, "cancel", command="cancel", rank=90,
                    describe=N_("Stop what you are doing"))
    agree = Action(CODE, "agree", label=N_("I agree"))
    decline = Action(CODE, "decline", label=N_("Not now"))
    relang = Action(CODE, "relang")
    lang = Action(CODE, "lang")
    resume = Action(CODE, "resume", label=N_("Back to where I was"))
    erase = Action(CODE, "erase", label=N_("Delete my data"))
    keep = Action(CODE, "keep", label=N_("Keep my data"))
    noremind = Action(CODE, "noremind", label=N_("Stop reminders"))
    rerate = Action(CODE, "rerate", IdArg(), label=N_("Rate them now"))
