"""The rounds flow's buttons and commands, declared once: screens draw them, the flow's
declaration (`flow.py`) says what each does."""

from __future__ import annotations

from flows.documents.exports import FORMATS
from flows.engine.actions import Action, Arg, IdArg, one_of
from flows.engine.store import SECTORS
from flows.engine.translator import N_
from flows.kit.countries import country_codes

CODE = "fa"


class Act:
    """The rounds flow's buttons and commands."""

    new = Action(CODE, "new", command="new", rank=31,
                 describe=N_("Open a round for your country and invite colleagues"))
    results = Action(CODE, "results", command="results", rank=32,
                     describe=N_("Results of the round you facilitate"))
    country = Action(CODE, "country", Arg(country_codes))
    title = Action(CODE, "title")
    sector = Action(CODE, "sector", Arg(lambda: SECTORS))
    answer = Action(CODE, "answer")
    back = Action(CODE, "back")
    sectors = Action(CODE, "sectors")
    sessions = Action(CODE, "sessions")
    chart = Action(CODE, "chart")
    report = Action(CODE, "report")
    export = Action(CODE, "export", one_of(*FORMATS))
    invites = Action(CODE, "invites")
    renew = Action(CODE, "renew", one_of("participant", "facilitator", "pulse"))
    qr = Action(CODE, "qr", one_of("participant", "pulse"))
    publish = Action(CODE, "publish")
    close = Action(CODE, "close")
    remind = Action(CODE, "remind")
    close_yes = Action(CODE, "close_yes")
    privacy = Action(CODE, "privacy", one_of("rows", "figures"))
    figures = Action(CODE, "figures")
    figures_yes = Action(CODE, "figures_yes")
    compare = Action(CODE, "compare")
    pick = Action(CODE, "pick", IdArg())
