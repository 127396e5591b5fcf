"""Shared rounds for facilitators: /new opens one with its invitation links, /results shows its
results with the privacy thresholds applied, its chart, report and exports, invitations,
publishing to participants, closing, and the change since an earlier round.

Only the round's facilitators and the bot's administrators may see any of it; everyone else is
told so and sees nothing of the round. Declared once here (`FLOW`).
"""

from __future__ import annotations

from flows.documents.exports import FORMATS
from flows.documents.session_votes import (
    sessions_screen,
)
from flows.engine.actions import Action, Arg, IdArg, one_of
from flows.engine.declare import Move, State, View
from flows.engine.flow import Flow
from flows.engine.store import SECTORS
from flows.engine.translator import N_
from flows.kit.countries import country_codes
from flows.kit.country_step import SEARCHED, country_screen, country_typed, load_country
from flows.rounds import screens
from flows.rounds.compare import load_compare, load_pick, pick
from flows.rounds.context import NAME, FacilitateContext, Go, facilitators_only, load_results
from flows.rounds.opening import (
    answer,
    country_chosen,
    fresh,
    load_invites,
    load_privacy,
    load_sector,
    load_title,
    privacy_chosen,
    qr,
    render_invites,
    render_opened,
    render_privacy,
    render_sector,
    render_title,
    renew,
    sector_chosen,
    title_suggested,
    title_typed,
)
from flows.rounds.results import (
    back,
    chart,
    chart_job,
    close_yes,
    export,
    export_job,
    figures_only_yes,
    publish,
    remind,
    report,
    report_job,
    results,
)

FLOW: Flow[FacilitateContext] = Flow(
    name=NAME,
    code="fa",
    context=FacilitateContext,
    initial="start",
    states=[
        State("start"),
        State("country", View(load_country, lambda t, d: country_screen(t, d, "fa.country")),
              actions=("country",), text=country_typed),
        State("title", View(load_title, render_title), actions=("title",), text=title_typed),
        State("privacy", View(load_privacy, render_privacy), actions=("privacy",)),
        State("sector", View(load_sector, render_sector), actions=("sector",)),
        State("opened", View(load_invites, render_opened), actions=("answer", "back")),
        State("results", View(load_results, screens.results),
              actions=("sectors", "sessions", "chart", "report", "export", "invites",
                       "publish", "compare", "close", "remind", "figures")),
        State("sectors", View(load_results, screens.sectors), actions=("back",)),
        State("sessions", View(load_results, lambda t, d: sessions_screen(t, d.fw, d.sessions)),
              actions=("back",)),
        State("invites", View(load_invites, render_invites),
              actions=("renew", "qr", "back")),
        State("close_check", View(load_results, screens.close_check),
              actions=("close_yes", "back")),
        State("figures_check", View(load_results, screens.figures_check),
              actions=("figures_yes", "back")),
        State("compare_pick", View(load_pick, screens.compare_pick), actions=("pick", "back")),
        State("compared", View(load_compare, screens.compare),
              actions=("chart", "report", "back")),
    ],
    moves=[
        Move(Go.begin, "*", "country", then=fresh),
        Move(SEARCHED, "country", "="),
        Move(Go.pick, "country", "title"),
        Move(Go.titled, "title", "privacy"),
        Move(Go.chosen, "privacy", "sector"),
        Move(Go.opened, "sector", "opened"),
        Move(Go.results, "*", "results"),
        Move(Go.sectors, "results", "sectors"),
        Move(Go.sessions, "results", "sessions"),
        Move(Go.invites, "results", "invites"),
        Move(Go.close, "results", "close_check"),
        Move(Go.figures_check, "results", "figures_check"),
        Move(Go.compare_pick, "results", "compare_pick"),
        Move(Go.compared, "compare_pick", "compared"),
    ],
    actions=[
        Action("new", Go.begin, command="new", rank=31,
               describe=N_("Open a round for your country and invite colleagues")),
        Action("results", results, command="results", rank=32,
               describe=N_("Results of the round you facilitate")),
        Action("country", country_chosen, Arg(country_codes)),
        Action("title", title_suggested),
        Action("sector", sector_chosen, Arg(lambda: SECTORS)),
        Action("answer", answer),
        Action("back", back),
        Action("sectors", facilitators_only(Go.sectors)),
        Action("sessions", facilitators_only(Go.sessions)),
        Action("chart", chart),
        Action("report", report),
        Action("export", export, one_of(*FORMATS)),
        Action("invites", facilitators_only(Go.invites)),
        Action("renew", renew, one_of("participant", "facilitator", "pulse")),
        Action("qr", qr, one_of("participant", "pulse")),
        Action("publish", publish),
        Action("close", facilitators_only(Go.close)),
        Action("remind", remind),
        Action("close_yes", close_yes),
        Action("privacy", privacy_chosen, one_of("rows", "figures")),
        Action("figures", facilitators_only(Go.figures_check)),
        Action("figures_yes", figures_only_yes),
        Action("compare", facilitators_only(Go.compare_pick)),
        Action("pick", pick, IdArg()),
    ],
    jobs={"chart": chart_job, "report": report_job, "export": export_job},
)
