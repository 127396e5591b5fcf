"""Shared rounds for facilitators: /new opens one with its invitation links, /results shows its
results with the privacy thresholds applied, its chart, report and exports, invitations,
publishing to participants, closing, and the change since an earlier round.

Only the round's facilitators and the bot's administrators may see any of it; everyone else is
told so and sees nothing of the round. Declared once here (`FLOW`).
"""

from __future__ import annotations

from flows.documents.session_votes import (
    sessions_screen,
)
from flows.engine.declare import Move, State, View
from flows.engine.flow import Flow
from flows.kit.country_step import SEARCHED, country_screen, country_typed, load_country
from flows.kit.entries import ASSESSMENT
from flows.rounds import screens
from flows.rounds.actions import Act
from flows.rounds.compare import load_compare, load_pick, pick
from flows.rounds.context import (
    NAME,
    FacilitateContext,
    Go,
    facilitators_only,
    load_results,
    load_results_screen,
)
from flows.rounds.opening import (
    confidential_toggled,
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
    report_text,
    results,
    unprotected_yes,
)

FLOW: Flow[FacilitateContext] = Flow(
    name=NAME,
    code="fa",
    context=FacilitateContext,
    initial="start",
    states=[
        State("start"),
        State("country", View(load_country, lambda t, d: country_screen(t, d, Act.country)),
              actions=(Act.country,), text=country_typed),
        State("title", View(load_title, render_title), actions=(Act.title,), text=title_typed),
        State("privacy", View(load_privacy, render_privacy),
              actions=(Act.privacy, Act.confidential)),
        State("sector", View(load_sector, render_sector), actions=(Act.sector,)),
        State("opened", View(load_invites, render_opened), actions=(Act.answer, Act.back)),
        State("results", View(load_results_screen, screens.results),
              actions=(Act.sectors, Act.sessions, Act.chart, Act.report, Act.report_text,
                       Act.export, Act.invites,
                       Act.publish, Act.compare, Act.close, Act.remind, Act.figures,
                       Act.unprotected)),
        State("unprotected_check", View(load_results, screens.unprotected_check),
              actions=(Act.unprotected_yes, Act.back)),
        State("sectors", View(load_results, screens.sectors), actions=(Act.back,)),
        State("sessions",
              View(load_results, lambda t, d: sessions_screen(t, d.fw, d.sessions, Act.back)),
              actions=(Act.back,)),
        State("invites", View(load_invites, render_invites),
              actions=(Act.renew, Act.qr, Act.back)),
        State("close_check", View(load_results, screens.close_check),
              actions=(Act.close_yes, Act.back)),
        State("figures_check", View(load_results, screens.figures_check),
              actions=(Act.figures_yes, Act.back)),
        State("compare_pick", View(load_pick, screens.compare_pick), actions=(Act.pick, Act.back)),
        State("compared", View(load_compare, screens.compare),
              actions=(Act.chart, Act.report, Act.back)),
    ],
    moves=[
        Move(Go.begin, "*", "country", then=fresh),
        Move(SEARCHED, "country", "="),
        Move(Go.pick, "country", "title"),
        Move(Go.titled, "title", "privacy"),
        Move(Go.chosen, "privacy", "sector"),
        Move(Go.toggled, "privacy", "="),
        Move(Go.opened, "sector", "opened"),
        Move(Go.results, "*", "results"),
        Move(Go.sectors, "results", "sectors"),
        Move(Go.sessions, "results", "sessions"),
        Move(Go.invites, "results", "invites"),
        Move(Go.close, "results", "close_check"),
        Move(Go.figures_check, "results", "figures_check"),
        Move(Go.unprotected, "results", "unprotected_check"),
        Move(Go.compare_pick, "results", "compare_pick"),
        Move(Go.compared, "compare_pick", "compared"),
    ],
    actions=[
        Act.new.runs(Go.begin),
        Act.results.runs(results),
        Act.country.runs(country_chosen),
        Act.title.runs(title_suggested),
        Act.sector.runs(sector_chosen),
        Act.answer.runs(ASSESSMENT),
        Act.back.runs(back),
        Act.sectors.runs(facilitators_only(Go.sectors)),
        Act.sessions.runs(facilitators_only(Go.sessions)),
        Act.chart.runs(chart),
        Act.report.runs(report),
        Act.report_text.runs(report_text),
        Act.export.runs(export),
        Act.invites.runs(facilitators_only(Go.invites)),
        Act.renew.runs(renew),
        Act.qr.runs(qr),
        Act.publish.runs(publish),
        Act.close.runs(facilitators_only(Go.close)),
        Act.remind.runs(remind),
        Act.close_yes.runs(close_yes),
        Act.privacy.runs(privacy_chosen),
        Act.confidential.runs(confidential_toggled),
        Act.figures.runs(facilitators_only(Go.figures_check)),
        Act.figures_yes.runs(figures_only_yes),
        Act.unprotected.runs(facilitators_only(Go.unprotected)),
        Act.unprotected_yes.runs(unprotected_yes),
        Act.compare.runs(facilitators_only(Go.compare_pick)),
        Act.pick.runs(pick),
    ],
    jobs={"chart": chart_job, "report": report_job, "export": export_job},
)
