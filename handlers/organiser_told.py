"""What someone other than its organiser did to her group buy is told to her privately, as an admin's close
or refund is (`handlers.organiser_notices`): an edit (`修改 #3 价格 50`, `自提 …`, `收款方式 …`: each field
changed, old → new), a cancel (`取消 #3`, with its reason when given), a line taken off (`踢出 @Cat`) and a
commission rate she pays (`帮卖 开 10%`, `佣金 5%`), by a chat's admin or a console admin, and (the
console's) a copy and a group buy opened in her name. She runs it and answers for it, so she learns it from
the bot, in her language (`organiser_language`), naming who did it: the admin's name in the chat, a console
admin as `管理员 dan` (the console login, said to her alone). Her own act tells her nothing. Written with the
change, through the outbox; the chat and the console share it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from zoneinfo import ZoneInfo

from commerce.domain.commission import percent
from commerce.domain.group_buy import GroupBuy, Participant, Terms
from commerce.domain.money import exponent, format_money
from handlers.cards import format_deadline
from handlers.context import Context
from handlers.organiser_notices import acted_by
from handlers.recipients import organiser_language
from handlers.texts import t
from handlers.texts import units as unit_texts
from handlers.texts.pickup import pickup_text
from handlers.texts.units import said
from handlers.types import Reply

# The terms an edit may change, as the console's edit form names them (and `options`: `/edit #12 5kg …`)
FIELDS = ("title", "price", "tiers", "target", "stock", "limit", "deadline", "pickup", "payment", "options")

Text = Callable[[str, str], str]  # her notice in a language, given who did it as she is told


def _amount(minor: int, currency: str) -> str:
    """Minor units as typed in a field (`12345` CNY -> `123.45`), exactly."""
    return str(Decimal(minor).scaleb(-exponent(currency)))


def term_fields(terms: Terms, tz: ZoneInfo, lang: str) -> dict[str, str]:
    """The terms as the console's edit form shows them (the pickup's time and the price's unit as the card
    shows them to a reader of `lang`; no target, kept as 1, an empty Target)."""

    def money(minor: int) -> str:
        return _amount(minor, terms.currency)

    assert terms.deadline is not None  # set by Terms.validated
    return {
        "title": terms.title,
        # the unit in the page's language (`15.00/jin`, `15.00/斤`): posted back, the same unit (`same_unit`)
        "price": ""
        if terms.options
        else money(terms.unit_price) + (f"/{said(lang, terms.unit)}" if terms.unit else ""),
        "tiers": _tiers_field(terms, money),
        "target": str(terms.target) if terms.target > 1 else "",  # opened without one (kept as 1), as the API
        "stock": "" if terms.stock is None else str(terms.stock),
        "limit": "" if terms.per_person_limit is None else str(terms.per_person_limit),
        "deadline": terms.deadline.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
        "pickup": pickup_text(terms, tz, lang),
        "payment": terms.payment_note,
        "options": ", ".join(
            f"{o.name}:{money(o.unit_price)}" + ("" if o.stock is None else f":{o.stock}")
            for o in terms.options
        ),
    }


def _tiers_field(terms: Terms, money: Callable[[int], str]) -> str:
    """The tiers as opened and as the card shows them: prices (`10:78`); with options (多规格) discounts
    per unit off every option's price (`10:-5`), the only tiers options take."""
    if terms.options:
        return ",".join(
            f"{tier.min_quantity}:-{money(terms.unit_price - tier.unit_price)}" for tier in terms.tiers
        )
    return ",".join(f"{tier.min_quantity}:{money(tier.unit_price)}" for tier in terms.tiers)


def shown(terms: Terms, name: str, lang: str, tz: ZoneInfo) -> str:
    """A field of `terms` as she reads it: the price as money (`¥12.50`, `¥5/斤`), the deadline as the card
    says it (`12月11日 周五 04:31`), the rest as the console's form shows it; an empty one as "none"."""
    if name == "price" and not terms.options:
        unit = f"/{said(lang, terms.unit)}" if terms.unit else ""
        return format_money(terms.unit_price, terms.currency) + unit
    if name == "deadline" and terms.deadline is not None:  # as the card and the group read it
        return format_deadline(terms.deadline, tz, lang)
    value = term_fields(terms, tz, lang).get(name, "")
    return value or t(lang, "console_organiser_edit_none")


def edited(
    before: Terms, after: Terms, group_buy_id: int | None, tz: ZoneInfo, names: Sequence[str] = FIELDS
) -> Text:
    """An edit as she is told it: `Boss 修改了你的 大米（#3）：价格 ¥60 → ¥12.50`, each field of `names` that
    changed, old → new ("" when none did)."""

    def text(lang: str, by: str) -> str:
        changes = []
        for name in names:
            old, new = shown(before, name, lang, tz), shown(after, name, lang, tz)
            if old != new:
                field = t(lang, f"console_organiser_edit_{name}")
                changes.append(t(lang, "console_organiser_edit_change", field=field, old=old, new=new))
        if not changes:
            return ""
        listed = t(lang, "console_organiser_edit_separator").join(changes)
        return t(lang, "console_organiser_edited", by=by, title=before.title, id=group_buy_id, changes=listed)

    return text


def cancelled(group_buy: GroupBuy, why: str = "") -> Text:
    """A cancel as she is told it, with its reason when given: `Boss 取消了你的 大米（#3）：…`, then
    `原因：货源断了`."""
    title, group_buy_id = group_buy.terms.title, group_buy.id

    def text(lang: str, by: str) -> str:
        done = t(lang, "console_organiser_cancelled", by=by, title=title, id=group_buy_id)
        return t(lang, "refund_buyer_reason", told=done, reason=why) if why else done

    return text


def guest_added(group_buy: GroupBuy, line: Participant) -> Text:
    """A 代报 a chat admin typed on her group buy: `Boss 在你的 大米（#3）代报了 王阿姨 ×1，订单由你收款。`"""

    def text(lang: str, by: str) -> str:
        quantity = unit_texts.quantity(line.quantity, group_buy.terms.unit, lang)
        return t(
            lang, "organiser_guest_added", by=by, title=group_buy.terms.title, id=group_buy.id,
            name=line.display_name, quantity=quantity,
        )  # fmt: skip

    return text


def rate_changed(group_buy: GroupBuy, kind: str, was_bp: int) -> Text:
    """A commission rate she pays changed (`kind`: `helpsell` 帮卖, `sharer` 分享):
    `Boss 把你的 大米（#3）的帮卖佣金从 0% 改成了 10%。` ("" when it stayed)."""
    now_bp = group_buy.help_sell_rate_bp if kind == "helpsell" else group_buy.sharer_rate_bp

    def text(lang: str, by: str) -> str:
        if now_bp == was_bp:
            return ""
        what = t(lang, f"console_organiser_rate_{kind}")
        return t(
            lang, "console_organiser_rate", by=by, title=group_buy.terms.title, id=group_buy.id, what=what,
            was=percent(was_bp), rate=percent(now_bp),
        )  # fmt: skip

    return text


async def told(ctx: Context, group_buy: GroupBuy, text: Text) -> list[Reply]:
    """Her one private message, `text(lang, by)`, when someone other than she acted (`acted_by`: the chat
    admin's name; a console admin, who acts by her name in the chat, `管理员 dan`); none of her own act, or
    with nothing to say."""
    if ctx.request.user_id == group_buy.organiser_id:
        return []
    lang = await organiser_language(
        ctx.uow, group_buy, ctx.memo, ctx.request.platform
    )  # hers, else the group's
    return _reply(group_buy, text(lang, acted_by(ctx, group_buy, lang)), lang)


async def told_by_admin(
    ctx: Context, group_buy: GroupBuy, admin: str, text: Text, *, group: str | None = None
) -> list[Reply]:
    """Her one private message of what console admin `admin` (the login) did in her name (a copy, a group
    buy opened for her: run as her, so `told` would take it for her own act): `管理员 dan …`; `group`:
    the group's language as it spoke before (`organiser_language`), else the card's."""
    lang = await organiser_language(ctx.uow, group_buy, ctx.memo, ctx.request.platform, group=group)
    return _reply(group_buy, text(lang, t(lang, "organiser_notice_admin_named", name=admin)), lang)


def _reply(group_buy: GroupBuy, text: str, lang: str) -> list[Reply]:
    return [Reply(text=text, private_to=group_buy.organiser_id, language=lang)] if text else []
