"""The plan's settings: the fiscal year, cost bands, showing it to participants, the monthly
reminder, carrying actions over."""

from __future__ import annotations

from flows.engine.effects import Button, Screen, button, rows, single
from flows.engine.translator import Translator
from flows.kit.texts import (
    assessment_name,
    bold,
    escape,
    labelled,
)
from flows.plan.actions import Act
from flows.plan.context import (
    CarryData,
    PlanData,
)
from flows.plan.labels import (
    clip,
    heading,
    ticked,
)


def settings(t: Translator, data: PlanData) -> list[Screen]:
    s = data.settings
    start = (t.gettext("January (calendar quarters)") if s.fiscal_start == 1
             else t.month(s.fiscal_start))
    lines = [heading(t, data), bold(t.gettext("Plan settings")),
             escape(labelled(t, t.gettext("Fiscal year starts in"), start)),
             escape(labelled(t, t.gettext("Cost bands"),
                             s.cost_note or t.gettext("not stated"))),
             escape(labelled(t, t.gettext("Participants see the plan"),
                             t.gettext("yes, since {date}").format(date=t.date(s.shown_at))
                             if s.shown_at else t.gettext("no"))),
             escape(labelled(t, t.gettext("Monthly reminder of overdue actions"),
                             t.gettext("on") if s.reminders else t.gettext("off")))]
    shown = Button(t.gettext("Stop showing participants") if s.shown_at
                   else t.gettext("Show to participants"), Act.publish)
    remind = Button(t.gettext("Turn the reminder off") if s.reminders
                    else t.gettext("Turn the reminder on"), Act.reminders)
    return [Screen("\n".join(lines), (*rows([button(t, Act.fiscal), button(t, Act.cost_note)]),
                                      *single(shown, remind, button(t, Act.carry)),
                                      (button(t, Act.back),)), rtl=t.rtl)]


def fiscal(t: Translator, data: PlanData) -> list[Screen]:
    lines = [heading(t, data), escape(t.gettext(
        "In which month does the fiscal year start? Due dates and targets are counted in its "
        "quarters."))]
    picks = [Button(ticked(m == data.settings.fiscal_start, t.month(m)), Act.month, str(m))
             for m in range(1, 13)]
    return [Screen("\n".join(lines), (*rows(picks, per_row=3), (button(t, Act.to_settings),)),
                   rtl=t.rtl)]


def cost_note(t: Translator, data: PlanData) -> list[Screen]:
    lines = [heading(t, data), escape(t.gettext(
        "Type in one line what low, medium and high cost mean for this plan (up to 200 "
        "characters), for example a range of amounts."))]
    if data.settings.cost_note:
        lines.append(escape(labelled(t, t.gettext("Now"), data.settings.cost_note)))
    return [Screen("\n".join(lines), ((button(t, Act.to_settings),),), rtl=t.rtl)]


def carry(t: Translator, data: CarryData) -> list[Screen]:
    r = data.round
    lines = [bold(t.gettext("Action plan: {name}").format(
        name=assessment_name(t, r.country, r.created_at, r.title)))]
    if not data.offered:
        lines.append(escape(t.gettext(
            "No earlier round of this country that you facilitate has open actions.")))
    else:
        lines.append(escape(t.gettext(
            "Carry over the open actions (planned or started) of an earlier round you "
            "facilitate:")))
    picks = [Button(t.ngettext("{name}: {n} open", "{name}: {n} open", n).format(
        name=clip(assessment_name(t, o.country, o.created_at, o.title), 40), n=n),
        Act.carry_from, str(o.id)) for o, n in data.offered]
    return [Screen("\n".join(lines), (*single(*picks), (button(t, Act.back),)), rtl=t.rtl)]
