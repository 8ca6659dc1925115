"""Pickup codes (核销) from the console: the helper's page, and every organiser's and admin's too.

The same handler as `核销 4827` (handlers.pickup_codes.verify_code), as if typed in the person's private
chat with the bot: it reaches the codes of the group buys they organise or help with and nothing else.
An admin names the group buy (it is run as in its chat, as a chat admin: the chat hears it in its own
language, and the buyer is told it was its organiser). The answer (who, what to hand over, the code) is
shown on the page only, in the page's language, never posted in the group; the buyer is told and the card
ticks the line, through the outbox.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from fastapi import APIRouter, Request
from fastapi.responses import Response

from bot.console.actions import Where, handed_over_on_the_page, run_command
from bot.console.auth import Helper, NotFoundHere
from bot.console.deps import console_of
from bot.console.forms import CsrfForm
from bot.console.group_buys import own_group_buy
from bot.console.render import language, render
from commerce.domain.console import Role
from commerce.domain.errors import DomainError
from commerce.ports import UnitOfWork
from commerce.services import console as audit_log
from handlers.context import Context
from handlers.parsing.codes import read_code
from handlers.parsing.commands import Command
from handlers.registry import HANDLERS
from handlers.texts import refusal_text, t
from handlers.types import Reply

router = APIRouter()
MAX_FIELD = 32


@router.get("/pickup")
async def pickup_form(request: Request, who: Helper) -> Response:
    return render(request, "pickup.html", code="", group_buy="", errors={}, answer=None)


@router.post("/pickup")
async def verify(request: Request, who: Helper, form: CsrfForm) -> Response:
    console = console_of(request)
    lang = language(request, console.default_language)
    code = form.get("code", "").strip()[:MAX_FIELD]
    # `＃１２` as `#12`: the number in plain digits (its audit subject too, `group_buy:12`)
    group_buy = unicodedata.normalize("NFKC", form.get("group_buy", "")).strip().lstrip("#")[:MAX_FIELD]
    errors: dict[str, str] = {}

    def again(status: int) -> Response:
        return render(
            request, "pickup.html", status=status, code=code, group_buy=group_buy, errors=errors, answer=None
        )

    if not code:
        errors["code"] = "console_pickup_code_missing"
    else:
        try:  # as the chat reads `核销 ５０２８` (handlers.parsing.codes): the same codes are codes here
            named, code = read_code(code)
            if named is not None and not group_buy:  # `#12 4827` typed in the code's field
                group_buy = str(named)
        except DomainError:
            errors["code"] = "console_pickup_code_bad"  # the form's words, not a chat command's
    bad = "console_pickup_group_buy_bad_admin" if who.is_admin else "console_pickup_group_buy_bad"
    if group_buy and not group_buy.isdigit():
        errors["group_buy"] = bad
    elif who.is_admin and not group_buy:
        errors["group_buy"] = "console_pickup_group_buy_needed"
    if errors:
        return again(422)
    if who.is_admin:
        try:
            row = await own_group_buy(console, who, int(group_buy))
        except NotFoundHere:
            errors["group_buy"] = bad
            return again(422)
        where, about = Where(row.chat_id), row.id
    else:
        where, about = Where(who.user_id, private=True), None

    async def audit(uow: UnitOfWork, replies: Sequence[Reply]) -> None:
        answer = ran[0].page_text if ran and ran[0].page_text else replies[0].text if replies else ""
        subject = f"pickup_code:{code}" + (f"@group_buy:{group_buy}" if group_buy else "")
        now = console.app.clock.now()
        await audit_log.audit(uow, who, "pickup.verify", subject, now=now, after={"answer": answer})

    ran: list[Context] = []

    async def handler(ctx: Context) -> list[Reply]:
        """The chat's 核销; its answer shown here in the page's language (`ctx.shown`), not in the group."""
        ctx.page_lang = lang
        ran.append(ctx)
        return handed_over_on_the_page(ctx, await HANDLERS["pickup_code"](ctx))

    rest = f"#{group_buy} {code}" if group_buy else code
    # In the group buy's chat (an admin's), the chat hears its own language, whatever the browser's;
    # in the person's private chat, the answer is theirs: the page's language.
    spoken = None if about is not None else lang
    command = Command("pickup_code", lang=spoken, rest=rest)
    try:
        replies = await run_command(
            console.app, who, command, where, lang=spoken, audit=audit, handler=handler, about=about
        )
    except DomainError as refusal:
        if refusal.code == "pickup_code_which":  # the chat's "核销 #12 4827" is this form's number field
            found = refusal.params
            errors["code_text"] = t(
                lang,
                "console_pickup_code_which",
                digits=found["digits"],
                n=found["n"],
                orders=found["orders"],
                id=found["id"],
            )
        elif refusal.code == "order_not_paid_yet":  # what to click here, never the chat's 已收款 / 已取货
            key = (
                "console_pickup_not_paid"
                if who.at_least(Role.ORGANISER)
                else "console_pickup_not_paid_helper"
            )
            errors["code_text"] = t(lang, key, order=refusal.params["order"])
        else:
            errors["code_text"] = refusal_text(lang, refusal)
        return again(422)
    answer = ran[0].page_text if ran and ran[0].page_text else replies[0].text if replies else ""
    return render(request, "pickup.html", code="", group_buy=group_buy, errors={}, answer=answer)
