"""The language a private notice to another member speaks: theirs, not the one of the admin or organiser
whose command sent it (`/payouts approve 3` typed in English reaches a member who asked with `提现` in
Chinese).

Theirs, one steady language (`language_of`): their private chat's `/lang` setting, else their app's where
their platform tells one (`handlers.members.steady_languages`), else what the notice is about spoke
(`hint`: a note's language), else the group's (its `/lang`, else its card's; typed in private: her
groups'), else the command's language; never the words they last typed. A buyer's own notices about
her orders (the order at the close, 已收, a refund, what she owes) and the organiser's about her group
buys: one steady language, never the words last typed
(`steady_languages`).
"""

from __future__ import annotations

from collections.abc import Iterable

from commerce.domain.group_buy import GroupBuy
from commerce.domain.guests import is_guest, payer_of
from commerce.domain.member import identity
from commerce.domain.order import Order
from commerce.ports import UnitOfWork
from handlers.context import Context, card_language, groups_spoken, language_in
from handlers.members import own_languages, steady_languages
from handlers.memo import LanguageMemo
from handlers.texts import t


async def language_of(ctx: Context, member: str, *, hint: str | None = None) -> str:
    """The language to tell `member` something privately in because of another's command (a payout
    decided, a note hidden, a mute): her steady one (`steady_languages`: her private `/lang`, else her
    app's where her platform tells one), else what the notice is about spoke (`hint`: a note's), else
    the group's: the group the command was typed in (its `/lang`, else as its card speaks), else
    (typed in private, or in the console's name) the groups she was last seen in (`groups_spoken`:
    their `/lang`, else as their cards speak; rep79 #1). Never just the words she last typed: one
    English line in a Chinese group leaves her notices Chinese. Only where nothing of these tells (a
    payout asked in private by one in no group that tells a language) her own as last seen, else the
    command's, decides."""
    platform = ctx.request.platform
    steady = (await steady_languages(ctx.uow, platform, [member], ""))[member]
    if steady:
        return steady
    if hint:
        return hint
    group = await ctx.group_language() or await groups_spoken(ctx.uow, platform, member, ctx.memo)
    if group:
        return group
    return (await own_languages(ctx.uow, platform, [member], await ctx.lang()))[member]


async def organiser_language(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    memo: LanguageMemo,
    platform: str | None = None,
    *,
    group: str | None = None,
) -> str:
    """The language of the organiser's private notice about her group buy (its close, a buyer's 说已付款,
    its deadline, an admin's act, a question, a lapse, a refund's amount): one steady language, her own
    setting (her private chat's `/lang`), else her app's where her platform tells one, else the language
    of that group buy's group (its `/lang`, else its card's). Never just the words she typed last: one
    English line in private does not turn a Chinese group's notices English. Ken, whose app is English,
    reads his close summary of a group buy in a `/lang zh` room in English. The members' store keeps
    where her language came from (`Member.language_from`), and only her app's is read: on Telegram an
    organiser whose app sends none, typing one English command in a Chinese group, keeps Chinese
    notices; where the platform never tells an app language (`NO_APP_LANGUAGE`: WeChat, the
    playground) nothing stored is read. Without `platform` only her setting is known. `group`: the
    group's language where its card does not tell it (a group buy a console admin opened in her name
    speaks the admin's page; the group's other cards, `group`, are hers to read: rep98 #6)."""
    fallback = group or await card_language(uow, group_buy, memo)
    organiser = group_buy.organiser_id
    return (await steady_languages(uow, platform, [organiser], fallback))[organiser]


async def buyer_language(
    uow: UnitOfWork, platform: str | None, group_buy: GroupBuy, order: Order, memo: LanguageMemo, to: str
) -> str:
    """The language `to` (the order's buyer, or a 代报 guest's organiser) is told about `order` in
    privately (已收, 撤销已收, 退款, 已取/核销, a receipt): their steady one (`steady_languages`: their
    private `/lang`, else their app's), else the language of the group the order was made in
    (`language_in`: a 帮卖 group's, as the order itself came), never the organiser's group's for a buyer
    of another group, nor the words they last typed."""
    fallback = await language_in(uow, group_buy, order.chat_id, memo)
    return (await steady_languages(uow, platform, [to], fallback))[to]


async def earner_language(
    uow: UnitOfWork, platform: str | None, group_buy: GroupBuy, order: Order, memo: LanguageMemo, to: str
) -> str:
    """The language a sharer or help-seller (帮卖) `to` is told about her commission on `order` in (paid,
    picked up, freed, taken back): her steady one (`steady_languages`: her private `/lang`, else her
    app's); else a help-seller's, the order's group's (`buyer_language`: the group she sells in), a
    sharer's, the groups she was last seen in (`groups_spoken`), never the order's group for a sharer
    who is no member there (rep97 #1: Cat, of a Chinese group, read English about orders her code
    brought in an English help-selling group); else the order's group's."""
    if to == order.help_seller_id:
        return await buyer_language(uow, platform, group_buy, order, memo, to)
    steady = (await steady_languages(uow, platform, [to], ""))[to]
    if steady:
        return steady
    groups = await groups_spoken(uow, platform, to, memo)
    return groups or await language_in(uow, group_buy, order.chat_id, memo)


async def known_as(ctx: Context, order: Order, group_buy: GroupBuy) -> str:
    """The sender's name as the order's buyer knows it (in a note about their order): the name typed
    under in the buyer's group, else the sender's name in that group (their room alias there), else in
    the group buy's group, else the group buy's organiser name, never the account name a private chat
    shows (`Wang Wu` for the 王五 of the group)."""
    request = ctx.request
    if not ctx.is_private and request.chat_id == order.chat_id:
        return request.display_name
    who = identity(request.platform, request.user_id)
    for chat_id in dict.fromkeys((order.chat_id, group_buy.chat_id)):
        name = await ctx.uow.members.name_in(chat_id, who)
        if name:
            return name
    return group_buy.organiser_name if request.user_id == group_buy.organiser_id else request.display_name


async def done_by(ctx: Context, order: Order, group_buy: GroupBuy, lang: str) -> str:
    """Who did it, in the buyer's notice about their order (已收, 撤销已收, 已取/核销, 退款), in `lang`: the
    sender as the buyer knows them (`known_as`); a console admin, who acts by the organiser's name but is
    not her, as an admin (`管理员` / "An admin"), never the console login. A 代报 guest's notice goes to
    the organiser herself, who reads the admin's name in her own notice (`told_organisers`)."""
    if by_console_admin(ctx, order, group_buy):
        return t(lang, "paid_by_an_admin")
    return await known_as(ctx, order, group_buy)


def by_console_admin(ctx: Context, order: Order, group_buy: GroupBuy) -> bool:
    """Whether `ctx` is a console admin (not the organiser) acting on `order`, not a 代报 guest's: the
    buyer's notice then says an admin did it (`done_by`)."""
    organiser = ctx.request.user_id == group_buy.organiser_id
    return bool(ctx.acting_admin) and not organiser and not is_guest(order.buyer_id)


async def order_languages(
    uow: UnitOfWork, platform: str | None, group_buy: GroupBuy, orders: Iterable[Order], memo: LanguageMemo
) -> dict[str, str]:
    """The language each buyer's order speaks at the close, by buyer id: their steady one
    (`steady_languages`: private `/lang`, else app's, never their last words), else the language of
    the group they joined in (`language_in`: a 帮卖 group's `/lang`, else its listing's), never the
    organiser's group's for a buyer of another group. A guest's order (代报) goes to the organiser who
    added them: hers too, by her id (her private `/lang`, rep94 #1)."""
    chat_of = {order.buyer_id: order.chat_id for order in orders}
    for buyer, chat_id in list(chat_of.items()):
        chat_of.setdefault(payer_of(buyer), chat_id)
    langs = await steady_languages(uow, platform, chat_of, "")
    fallbacks: dict[str, str] = {}
    for buyer, lang in langs.items():
        if not lang:
            chat_id = chat_of[buyer]
            if chat_id not in fallbacks:
                fallbacks[chat_id] = await language_in(uow, group_buy, chat_id, memo)
            langs[buyer] = fallbacks[chat_id]
    return langs
