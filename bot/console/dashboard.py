"""The dashboard, the landing page after login: the last 30 days' amounts ordered (下单金额, paid or not)
and collected (已收) and orders per day, join → paid
conversion, top group buys, top sharers (buyers brought, never money, as /rank) and top notes (the
digest's ranking). An admin sees everyone's figures, an organiser those of their own group buys and
chats; a helper's role does not reach it (403). Each chart is SVG drawn here, its numbers in a table
under it."""

from __future__ import annotations

from functools import partial
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from bot.console.actions import platform_of
from bot.console.auth import Organiser
from bot.console.charts import bar_chart
from bot.console.deps import console_of
from bot.console.render import language, render
from commerce.domain.console_stats import WINDOW_DAYS, orders_per_day, per_day
from commerce.domain.member import identity
from commerce.domain.money import format_money
from commerce.services.dashboard import Dashboard, dashboard
from handlers.texts import t

router = APIRouter()
EXCERPT = 60


def _charts(found: Dashboard, lang: str) -> dict[str, Any]:
    labels = [day.strftime("%m-%d") for day in found.days]
    empty = t(lang, "console_dash_empty")
    counts = orders_per_day(found.figures, found.days)
    gmv = []
    for currency, rows in per_day(found.figures, found.days).items():
        values = [row.gmv for row in rows]
        chart = bar_chart(
            values,
            labels,
            title=t(lang, "console_dash_gmv_chart", currency=currency),
            empty=empty,
            value_text=partial(format_money, currency=currency),
        )
        table = [
            (
                row.day.isoformat(),
                row.orders,
                format_money(row.gmv, currency),
                format_money(row.collected, currency),
            )
            for row in rows
        ]
        gmv.append({"currency": currency, "chart": chart, "rows": table})
    conversion = found.conversion
    steps = [
        (t(lang, "console_dash_joined"), conversion.joined),
        (t(lang, "console_dash_ordered"), conversion.ordered),
        (t(lang, "console_dash_paid"), conversion.paid),
    ]
    return {
        "gmv": gmv,
        "orders_chart": bar_chart(counts, labels, title=t(lang, "console_dash_orders_chart"), empty=empty),
        "orders_rows": [(day.isoformat(), count) for day, count in zip(found.days, counts, strict=True)],
        "funnel_chart": bar_chart(
            [n for _, n in steps],
            [name for name, _ in steps],
            title=t(lang, "console_dash_funnel"),
            empty=empty,
        ),
        "funnel_rows": steps,
        "rate": "–" if conversion.rate is None else f"{conversion.rate:.1%}",
    }


@router.get("/dashboard")
async def dashboard_page(request: Request, who: Organiser) -> Response:
    console = console_of(request)
    lang = language(request, console.default_language)
    app = console.app
    platform = platform_of(app, who)
    async with app.uow_factory() as uow:
        found = await dashboard(
            uow, organiser_id=None if who.is_admin else who.user_id, now=app.clock.now(), tz=app.tz
        )
        sharers = [
            (
                await uow.members.name_of(identity(platform, sharer.member_id)) or sharer.member_id,
                sharer.buyers,
            )
            for sharer in found.sharers
        ]
    group_buys = [
        (row, format_money(row.gmv, row.currency), format_money(row.collected, row.currency))
        for row in found.group_buys
    ]
    notes = [
        {
            "ranked": ranked,
            "text": ranked.note.text
            if len(ranked.note.text) <= EXCERPT
            else ranked.note.text[:EXCERPT] + "…",
            "score": f"{ranked.score:.1f}",  # one decimal (3.03125 is 3.0)
        }
        for ranked in found.notes
    ]
    return render(
        request,
        "dashboard.html",
        window=WINDOW_DAYS,
        group_buys=group_buys,
        sharers=sharers,
        notes=notes,
        **_charts(found, lang),
    )
