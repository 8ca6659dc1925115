"""What a console admin did to an organiser's group buy is told to her privately, as an admin's close or
refund is (`handlers.organiser_notices`): an edit (each field changed, old → new), a cancel (with its
reason when given), a copy, and a group buy opened in her name. She runs it and answers for it, so she
learns it from the bot, in her own language, naming the admin by the console login (`管理员 dan`), said to
her alone. Written in the change's own transaction, through the outbox."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from zoneinfo import ZoneInfo

from bot.console import gb_forms
from commerce.domain.group_buy import GroupBuy
from commerce.domain.money import format_money
from handlers.context import Context
from handlers.recipients import language_of
from handlers.texts import t
from handlers.texts.units import said
from handlers.types import Reply


async def told(ctx: Context, group_buy: GroupBuy, admin: str, text: Callable[[str, str], str]) -> list[Reply]:
    """Her one private message: `text(lang, by)` in her language, `by` the admin as she is told
    (`管理员 dan`). None without an admin (she acted herself), or nothing to say."""
    if not admin:
        return []
    organiser = group_buy.organiser_id
    lang = await language_of(ctx, organiser, hint=group_buy.lang or None)
    said_to_her = text(lang, t(lang, "organiser_notice_admin_named", name=admin))
    return [Reply(text=said_to_her, private_to=organiser, language=lang)] if said_to_her else []


def shown(group_buy: GroupBuy, name: str, lang: str, tz: ZoneInfo) -> str:
    """A field of `group_buy` as she reads it: the price as money (`¥12.50`, `¥5/斤`), the rest as the
    form shows it; an empty one as "none"."""
    terms = group_buy.terms
    if name == "price":
        unit = f"/{said(lang, terms.unit)}" if terms.unit else ""
        return format_money(terms.unit_price, terms.currency) + unit
    value = gb_forms.current_fields(group_buy, tz, lang).get(name, "")
    return value or t(lang, "console_organiser_edit_none")


def edited(
    before: GroupBuy, after: GroupBuy, names: Sequence[str], tz: ZoneInfo
) -> Callable[[str, str], str]:
    """An edit as she is told it: `管理员 dan 修改了你的 大米（#3）：价格 ¥60 → ¥12.50`, each field that
    changed, old → new."""

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
        title = before.terms.title
        return t(lang, "console_organiser_edited", by=by, title=title, id=before.id, changes=listed)

    return text
