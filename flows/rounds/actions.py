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
    title = Action(CODE, "title", label=N_("Use “{title}”"))
    sector = Action(CODE, "sector", Arg(lambda: SECTORS))
    answer = Action(CODE, "answer", label=N_("Answer the questions myself"))
    back = Action(CODE, "back", label=N_("Back to the results"))
    sectors = Action(CODE, "sectors", label=N_("By sector"))
    sessions = Action(CODE, "sessions", label=N_("Group sessions"))
    chart = Action(CODE, "chart", label=N_("Chart"))
    report = Action(CODE, "report", label=N_("Report (PDF)"))
    report_text = Action(CODE, "report_text", label=N_("Report, text only"))
    export = Action(CODE, "export", one_of(*FORMATS))
    invites = Action(CODE, "invites", label=N_("Invite links"))
    renew = Action(CODE, "renew", one_of("participant", "facilitator", "pulse"))
    qr = Action(CODE, "qr", one_of("participant", "pulse"))
    publish = Action(CODE, "publish")
    close = Action(CODE, "close", label=N_("Close the round"))
    remind = Action(CODE, "remind", label=N_("Remind who has not finished"))
    close_yes = Action(CODE, "close_yes", label=N_("Close the round"))
    privacy = Action(CODE, "privacy", one_of("rows", "figures"))
    confidential = Action(CODE, "confidential", label=N_("Confidential round"))
    unprotected = Action(CODE, "unprotected", label=N_("Unprotected copy…"))
    unprotected_yes = Action(CODE, "unprotected_yes", one_of("pdf", "xlsx", "json"))
    figures = Action(CODE, "figures", label=N_("Make it figures only"))
    figures_yes = Action(CODE, "figures_yes", label=N_("Make it figures only"))
    compare = Action(CODE, "compare", label=N_("Compare with an earlier round"))
    pick = Action(CODE, "pick", IdArg())
