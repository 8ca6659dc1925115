"""Asking (问 / `/ask`): a member's question about a group buy answered from what Tuan holds, in the
language it was asked in, with the group buy's number (commerce.domain.asking reads the question,
commerce.services.asking finds the facts).

Where a question comes from: `/ask …`, `问 …`, `请问 …` (a bare `问` only when it asks something Tuan
knows: `问一下大家` is talk), a message in a group that mentions the bot, or any message in a private
chat that asks such a thing. The asker's own orders are answered in private, never in the group.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import timedelta
from functools import partial

from commerce.domain.ask_relevance import (
    english_products,
    names_product,
    plainly_asked,
    products_named,
    qualities_said,
)
from commerce.domain.asking import (
    PRIVATE_INTENTS,
    Intent,
    Question,
    asks_anothers,
    asks_count_left,
    asks_deadline,
    asks_earnings,
    asks_how_sharing_earns,
    asks_itself,
    asks_next_time,
    asks_own_code,
    asks_own_payment,
    asks_paid,
    asks_payout_arrived,
    asks_pickup,
    asks_share_link,
    asks_when,
    asks_where_to_buy,
    asks_who_tried,
    asks_who_unpaid,
    asks_withdraw,
    intents_asked,
    only_asks_picks,
    organiser_named,
    product_asked,
    read,
    recommendation_subject,
    sounds_asked,
    wants_picks,
    whose_note,
)
from commerce.domain.asking import (
    arrival_asked as arrival_asked_of,
)
from commerce.domain.collecting import rest_unreported
from commerce.domain.digest import WEEK, Ranked
from commerce.domain.digest import order as digest_order
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Participant
from commerce.domain.listings import Listing, seen_in
from commerce.domain.member import identity
from commerce.domain.notes import Mark
from commerce.domain.order import Order, OrderStatus
from commerce.domain.questions import AskedQuestion
from commerce.domain.reputation import Level
from commerce.domain.roster import reported_paid
from commerce.services import asking as service
from commerce.services import digest, questions
from commerce.services import listings as listings_service
from commerce.services import notes as note_service
from commerce.services import recommend as for_you
from commerce.services.asking import Facts
from commerce.services.group_buys import names_product as service_names_product
from commerce.services.note_search import Found
from handlers import arrival_asked, earnings, last_opened, listing, no_buttons, options, uncollected
from handlers.buttons import QuestionButton
from handlers.cards import format_deadline, money, price_line
from handlers.context import Context
from handlers.digest import LATER
from handlers.foryou import foryou
from handlers.named_organiser import as_organiser
from handlers.option_price import option_asked, other_size_asked
from handlers.orders import reported_status
from handlers.parsing.commands import Command
from handlers.recipients import organiser_language
from handlers.refunds_asked import refunds_said
from handlers.texts import status_text, t
from handlers.texts import units as unit_texts
from handlers.texts.paying import paid_said
from handlers.texts.pickup import pickup_text
from handlers.types import Button, ChatKind, Reply, Request
from handlers.which import CHATS_ASKED, groups_example_number

_NUMBERED = re.compile(r"[#＃]\s*\d+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LETTER = re.compile(r"[A-Za-z]")
_TYPED_ANSWER = re.compile(r"[#＃]?[0-9０-９]{1,9}\s+(.*)", re.DOTALL)
BUYERS_NAMED = 5  # buyers of a closed group buy an answer names (then how many more)
BUYERS_READ = 50  # lines read for them (a member with several lines is named once)
# called off or failed: what it asks about will not happen (README: said as 已取消 / 未成团，已结束)
_ENDED = {GroupBuyStatus.CANCELLED: "ask_cancelled", GroupBuyStatus.FAILED: "ask_failed"}
EACH_OPEN = 5  # open group buys a question naming none answers each of in a line (more: asked which)
_OF_EACH = frozenset(
    {Intent.DEADLINE, Intent.PICKUP, Intent.PRICE, Intent.STOCK, Intent.PAYMENT, Intent.ORGANISER}
)
_CLOSED_ENDED = {GroupBuyStatus.CANCELLED: "ask_closed_cancelled", GroupBuyStatus.FAILED: "ask_closed_failed"}
# `/ask who joined`, `问 谁跟了`: the list, as `/list` shows it to members
_WHO_JOINED = re.compile(
    r"^\s*(?:who(?:'s| has| have)?\s+(?:joined|is in|are in|signed up|ordered)"
    r"|谁跟了|都有谁|有谁跟|谁报名|哪些人跟)",
    re.IGNORECASE,
)
# `who hasn't collected?`, `who has not picked up`: the organiser's list (handlers.uncollected), not a
# buyer's pickup question (`谁还没取货` is its command word)
# `问 谁还没取货`, `@tuan_bot 未取货？`: as `谁还没取货` (handlers.uncollected), never a pickup answer
# (rep88 #13)
_WHO_UNCOLLECTED_ZH = re.compile(
    r"\s*(?:谁还没取货|谁没取货|谁还没有取货|谁没有取货|未取货)(?:的|呢|啊)?[\s?？。!！]*"
)
_WHO_UNCOLLECTED = re.compile(
    r"^\s*(?:who(?:'s| is| are)?\s+(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|not|yet to)\s+"
    r"(?:yet\s+)?(?:collected|collect|picked up|pick up|picked|pick)\b)",
    re.IGNORECASE,
)
ON_IT_QUOTED = 3  # notes on the group buy asked about quoted when none speaks to the question
NOTE_EXCERPT = 60  # characters of such a note quoted
FRIENDS_BEST = 3  # a private `any recommendations?` with no pick: the week's best notes of her groups quoted
BEST_GROUPS = 20  # ... of at most these groups of hers
# A question asking leave, or another way than the one set (`can I collect in London instead?`,
# `能不能晚点取`): the fact answered, and the organiser offered, hers to decide
_ASKS_LEAVE = re.compile(
    r"\b(?:can|could|may)\s+(?:i|we)\b|\binstead\b|能不能|可不可以|可以.{0,12}吗|能否", re.IGNORECASE
)


# `when can I pick up?`, `where can we collect?`: a fact asked, the answer all there is (s40)
_WHEN_CAN = re.compile(
    r"\b(?:when|where|what\s+time|how\s+soon)\s+(?:can|could|may)\s+(?:i|we)\b", re.IGNORECASE
)


_PRODUCT_QUESTION_MAX = 30  # `芒果甜吗`, `are the mangoes sweet?`: a short question, never a paragraph
# `芒果还要2份吗`, `芒果要三份，是不是太多了？`: a count said among friends, talk
_COUNTED = re.compile(r"\d|[一二两三四五六七八九十几半]+\s*[份斤个盒箱袋只件]")
_LEADING_CJK = re.compile(r"^[\u3400-\u9fff]{2,}")
_ENGLISH_WORDS = re.compile(r"[a-z]{3,}")
_NOT_PRODUCTS = frozenset(
    {"the", "are", "they", "this", "that", "these", "those", "how", "what", "any", "anyone"}
)


async def _asks_open_product(ctx: Context, text: str) -> bool:
    """Whether a short question said to the group asks about the product of a group buy open here: its
    first Chinese word names it (`芒果甜吗` on 海南贵妃芒), or an English word of it does (`are the mangoes
    sweet?` on Mangoes); `你吃饭了吗`, `榴莲甜吗` beside mangoes name none (talk)."""
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    if not open_here:
        return False
    lead = _LEADING_CJK.match(text.strip())
    words = [lead.group(0)[:size] for size in (2, 3, 4)] if lead is not None else []
    words += [w for w in _ENGLISH_WORDS.findall(text.casefold()) if w not in _NOT_PRODUCTS]
    if any(service_names_product(word, g.terms.title) for word in words for g in open_here):
        return True
    return read(text).intent is Intent.PRICE and bool(_option_priced(open_here, text))  # `how much is large?`


def _option_priced(open_here: Sequence[GroupBuy], text: str) -> list[GroupBuy]:
    """The open group buys whose option a price question names (`大的多少钱`, `how much is the large
    one?`), else those it names a size of that they do not sell (`中的多少钱`, `how much is medium?`:
    answered with every option's price)."""
    named = [g for g in open_here if option_asked(g, text)]
    return named or [g for g in open_here if other_size_asked(g, text)]


async def ask(ctx: Context) -> list[Reply]:
    """The answer to the question in the command's words."""
    text = ctx.command.rest.strip()
    if ctx.command.asks_product and not await _asks_open_product(ctx, text):
        return []  # `你吃饭了吗`: talk
    named = await as_organiser(ctx, text)  # `did Lee get my money?`: as `the organiser`
    if named is None:  # (rep93 #6); a name of no organiser of hers heard in a group: talk
        return []
    text = named
    whose = whose_note(
        text
    )  # `阿花说的芒果哪里买`: 阿花's note first, the question of 芒果 alone (rep105 #4)
    if whose is not None and (products_named(whose[1]) or product_asked(whose[1])):
        text = whose[1]
        ctx.command = replace(ctx.command, rest=text, note_author=whose[0] or ctx.command.note_author)
    unasked = ctx.command.in_words and not ctx.is_private  # `what time is pickup?`: hers, else one open
    if unasked and pay_asked(text):  # `多少钱`, `怎么付钱`, `how do I pay?` as the whole message
        return await _pay_asked_here(ctx, text)
    if unasked and named_price(text):  # `冰淇淋多少钱`, `香草多少钱`: as `请问冰淇淋多少钱` is, else talk
        return await _named_price_here(ctx, named_price(text))
    if not ctx.is_private and pay_asked(text) and await _hers_here(ctx, text):  # `请问多少钱`, `问 多少钱`:
        return await _pay_asked_here(ctx, text)  # hers privately, never her debt in the group
    # `钱到了吗`, `我付钱了吗` said to the group (`问 我付了吗` asks the bot: her order, as in private)
    asks_money = asks_payout_arrived(text) or (unasked and asks_own_payment(text))
    if not ctx.is_private and asks_money:  # in a group: hers privately
        return await _money_asked_here(ctx, text)
    arrival = await arrival_asked.as_pickup(ctx, text)  # `粽子什么时候到`: her orders' pickup (rep74 #2)
    if arrival is None:  # in a group, from one with nothing of hers here to arrive: talk, unless refunded
        refunded = await arrival_asked.refunded_here(ctx, text)  # `什么时候到` of a refunded order (rep75 #3)
        return refunded or await arrival_asked.cancelled_here(ctx, text)  # or cancelled (rep86 #12)
    if not ctx.is_private and "#" not in text:  # `when can I pick up?`, her orders here all cancelled
        cancelled = await arrival_asked.cancelled_here(ctx, text)  # never another's pickup (rep86 #12)
        if cancelled:
            return cancelled
    if arrival != text:  # `什么时候可以取`, answered as it is; `… #2` (hers by construction) as `问 …` is
        text, unasked = arrival, unasked and "#" not in arrival
    if unasked:
        asked, text = text, await _pickup_asked_of(ctx, text)
        if (
            not text
            and asks_deadline(asked)
            and not await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
        ):
            lang = ctx.command.typed or await ctx.lang()  # rep67 #13: `when does it close?` with none open
            return [Reply(text=t(lang, "ask_deadline_nothing_open"), language=lang)]
        if not text:
            return []
    question = read(text)
    words = _NUMBERED.sub("", text).strip()
    wordy = _CJK.search(words) or _LETTER.search(words)  # else: `问 #1`, `问 ？`: in the words it came in
    lang = question.lang if wordy else ctx.command.typed or await ctx.lang()
    if lang != "zh" and ctx.command.lang == "zh" and not _CJK.search(words) and not ctx.is_private:
        # `问 asdfgh` in a `/lang zh` group: the command word is Chinese and so is the group that reads
        # the answer; Latin letters alone tell no English (rep87 #3)
        lang = "zh" if await ctx.group_language() == "zh" else lang
    if ctx.is_private:  # her private chat's `/lang` is her own choice: it wins over the words, as everywhere
        lang = await ctx.chat_language() or lang
    if not wordy:
        return [Reply(text=t(lang, "ask_usage"), language=lang)]
    # a refusal speaks the question's language (`/ask #9 还有吗` too: the question's words tell it)
    ctx.command = replace(ctx.command, lang=lang, wordless=False)
    if asks_anothers(words):  # `Bob 的取货码是多少`: another's code or order is theirs, never answered
        return [Reply(text=t(lang, "ask_anothers_private"), language=lang)]
    if asks_who_unpaid(words) and not await _organises(ctx):  # `谁还没付款`: the organiser's list
        return [Reply(text=t(lang, "ask_who_unpaid_organiser"), language=lang)]
    if ctx.is_private and asks_payout_arrived(words):  # `钱到了吗`: her payout, balance or report
        money_said = await _money_asked(
            ctx, lang, words
        )  # none of these: said so, never a pickup or notes answer
        return [Reply(text=money_said or t(lang, "ask_money_nothing"), language=lang)]
    subject = recommendation_subject(words) if question.group_buy_id is None else None
    if not subject and (ctx.command.recommends or ctx.command.note_author):  # `anyone tried the mangoes?`
        subject = product_asked(words)  # heard unasked in a group; `the kaya Cat talked about`: Cat's
    if subject:  # `求推荐好用的洗碗机`, `any recommendations for toast?`: friends' notes on it
        return await _recommended(ctx, subject, lang)
    if question.group_buy_id is None and (wants_picks(words) or subject == ""):  # `what should I buy?`
        if not ctx.is_private:
            return [Reply(text=t(lang, "foryou_in_private"), language=lang)]
        ctx.command = replace(ctx.command, rest="")
        # `any recommendations?`, `what should I buy?`, `问 有什么值得买的` alike (rep93 #4): no pick, the
        # friends' best notes this week
        best = await _friends_best_this_week(ctx, lang)
        if best is not None:
            return best
        return await foryou(ctx)
    if _WHO_UNCOLLECTED.search(words) or _WHO_UNCOLLECTED_ZH.fullmatch(words):  # the organiser's list
        return await uncollected.uncollected(ctx)
    if question.intent is None and not ctx.is_private and _WHO_JOINED.search(words):  # `/ask who joined`
        listed = question.group_buy_id
        ctx.command = replace(ctx.command, name="list", group_buy_id=listed, rest="", lang=lang)
        return await listing.show_list(ctx)  # the list as `/list` shows it to members
    if question.intent is None and not ctx.is_private:
        if question.group_buy_id is not None:  # `问 #5 甜不甜` of no #5 here: refused as `问 #5 什么时候截单`
            await service.about(ctx.uow, question, chat_id=ctx.request.chat_id, asker=ctx.request.user_id)
        return await _friends_or_organiser(ctx, question, lang)
    if question.intent is None:  # `is the durian good?` in private: the notes of the member's groups
        return await _friends_in_my_groups(ctx, question, lang)
    if await _of_the_notes(ctx, question):  # `@tuan_bot are the avocados ripe when they arrive?`, none
        return await _friends_or_organiser(ctx, replace(question, intent=None), lang)  # open (rep69 #6)
    request = ctx.request
    if not ctx.is_private and question.group_buy_id is None and question.intent is Intent.PRICE:
        priced = _option_priced(await ctx.uow.group_buys.open_in_chat(request.chat_id), words)
        if len(priced) == 1:  # `how much is the large one?`: the one open here selling large, whoever asks
            question = replace(question, group_buy_id=priced[0].id)
    if ctx.is_private and question.group_buy_id is None and question.intent is Intent.PRICE:
        owed = await _one_owed(ctx, question)  # `多少钱` owing one order: what that order comes to
        bills = await _bills(ctx, question)  # her orders to pay or paid, each: owed or paid
        if owed is not None and len(bills) < 2:  # (one reported paid beside it is said too, rep53 #6)
            return [Reply(text=_answer(owed, lang, ctx), language=lang)]
        if bills:
            said = [_answer(f, lang, ctx) if _owed(f) else _paid(f, lang, ctx, then=False) for f in bills]
            return [Reply(text="\n".join(said), language=lang)]
    if question.intent is Intent.PICKUP and not ctx.is_private:  # all hers here refunded: said privately
        nothing = await arrival_asked.refunded_pickup_here(ctx, question, text)  # (rep93 #8)
        if nothing:
            return nothing
    every = await _every(ctx, question)  # hers (`did I pay`), or each open one (`when does it close`)
    of_one = question.intent not in (None, Intent.MY_ORDER, Intent.PICKUP)  # (pickup: hers, rep78 #8)
    if not every and ctx.is_private and question.group_buy_id is None and of_one:
        question = await _named_in_her_groups(ctx, question)  # `荔枝还剩多少？`: 荔枝's, if one is open
    if every:
        every = [await _as_seen(ctx, found) for found in every]  # 帮卖: a group's own pickup
        answer = "\n".join(_each_asked(found, lang, ctx) for found in every)
        outside = await _pickup_unset_outside(ctx, question, every, lang)  # (rep93 #7)
        if outside is not None:
            return outside
    elif ctx.is_private and question.group_buy_id is None and question.intent is not Intent.MY_ORDER:
        number = await groups_example_number(ctx.uow, request.platform, request.user_id)  # of her groups
        if question.intent is Intent.PICKUP:  # no order to collect, no open buy she is on: nothing to pick up
            gone = [  # her orders refunded, or cancelled (rep86 #12): said so
                await arrival_asked.refunded_anywhere(ctx, lang),
                await arrival_asked.cancelled(ctx, text, lang),
            ]
            if any(gone):
                return [Reply(text="\n".join(s for s in gone if s), language=lang)]
            own = await arrival_asked.own_example(ctx)  # never a buy she was not on (rep78 #8)
            if own is None:
                return [Reply(text=t(lang, "ask_pickup_nothing"), language=lang)]
            text = t(lang, "ask_pickup_nothing_example", id=own)
            return [Reply(text=text, language=lang)]
        assert question.intent is not None  # (a question of no fact was answered above)
        example = t(lang, f"ask_example_{question.intent.value}", id=number)  # the question she asked
        return [Reply(text=t(lang, "ask_which_private_example", example=example), language=lang)]
    else:
        found = await service.facts(
            ctx.uow,
            question,
            chat_id=request.chat_id,
            private=ctx.is_private,
            asker=request.user_id,
            platform=request.platform,
        )
        unnamed = not _names_it(question, found.group_buy)
        if not ctx.is_private and found.group_buy.status in _ENDED and unnamed:
            # `问 牛肉面多少钱` with no group buy open: not about one called off here, whatever is newest
            return await _friends_or_organiser(ctx, question, lang)
        found = await _as_seen(ctx, found)  # 帮卖: a group's own pickup
        answer, every = _each_asked(found, lang, ctx), [found]
    if question.intent in PRIVATE_INTENTS and not ctx.is_private:
        me = ctx.request.user_id
        group = await ctx.heard_by_group(lang)
        told = t(group, "ask_answered_privately", name=ctx.request.display_name)
        code = any(f.order is not None and f.order.pickup_code_shown for f in every)  # never in a group
        privately = Reply(text=answer, private_to=me, language=lang, secret=code)
        return [Reply(text=told, language=group, says_sent_to=me), privately]
    leave = _ASKS_LEAVE.search(_WHEN_CAN.sub(" ", words))  # `when can I pick up?` asks no leave (s40)
    if not ctx.is_private and len(every) == 1 and leave:  # `can I collect in London?`
        return await _offered(ctx, question, every[0].group_buy, [answer], lang)  # hers to decide
    return [Reply(text=answer, language=lang)]


# Asked in a group as the whole message (`呢`, punctuation after it; `请问多少钱` is `问`'s): what she pays,
# or what it costs. `这个多少钱`, `how much is the parking?` stay chatter: they may be about anything.
_PAY_ENDS = r"(?:呀|啊|呢|哈|啦)?[\s?？!！.。~～]*"
_PRICE_ASKED = re.compile(
    rf"^\s*(?:多少钱|几多钱){_PAY_ENDS}$"
    r"|^\s*(?:how much(?: (?:is it|is one|are they|each))?(?: now)?|what(?:['’]s| is) the price(?: now)?)"
    r"[\s?!.]*$",
    re.I,
)
_PAY_ASKED = re.compile(
    rf"^\s*(?:怎么(?:付钱|付款|给钱|付)|钱怎么(?:给|付)|(?:我)?(?:要|该|得)?付多少(?:钱)?){_PAY_ENDS}$"
    r"|^\s*(?:how (?:do|should|can) i pay|how to pay|how much do i owe|what do i owe"
    r"|how much (?:do|should) i pay|how much do i (?:have|need) to pay)[\s?!.]*$",
    re.IGNORECASE,
)


# `怎么卖`, `how much do they sell for?` as the whole message: the price asked, as a bare `多少钱` asks it
_SELL_ASKED = re.compile(
    rf"^\s*(?:怎么卖|咋卖){_PAY_ENDS}$"
    r"|^\s*how much (?:do|does) (?:they|it|these|those) (?:sell|go) for[\s?!.]*$",
    re.IGNORECASE,
)


# the words of a money question that name a refund (`退款到了吗`, `钱退了吗`, `did I get my refund?`): its
# answer says the refund first; `钱到了吗` keeps its order (payout, reports, owed, then refunds)
_REFUND_NAMED = re.compile(r"退款|退的钱|钱\S{0,4}退|refund", re.IGNORECASE)


def _report_waiting(lang: str, o: Order, group_buy: GroupBuy) -> str:
    """`钱到了吗` of an order whose payment she reported, not confirmed yet: what she reported (`你报的订单
    #1-1 付款 ¥30 团长还没确认`), short of the total with what is still owed; with a part the organiser
    received (只收到 ¥30) that part and the rest of her report apart, as 我的订单 says them (rep81 #4):
    nothing reported since the part (`…只收到你订单 #1-1 的 ¥30（你报了已付 ¥63），还差 ¥33…`), or
    reported."""
    rest = rest_unreported(o)
    organiser = group_buy.organiser_name
    if rest:
        return t(
            lang,
            "ask_money_part_of_report",
            organiser=organiser,
            order=o.number,
            received=money(o.received_amount, group_buy),
            reported=money(o.total, group_buy),
            gap=money(rest, group_buy),
        )
    received = o.received_unpaid
    said = o.reported_amount if o.reported_short else o.reported_amount or o.total  # the part in it too
    if received:  # ¥30 received, the rest of what she reported to confirm
        return t(
            lang,
            "ask_money_report_waiting_received_short"
            if o.reported_short
            else "ask_money_report_waiting_received",
            organiser=organiser,
            order=o.number,
            received=money(received, group_buy),
            amount=money(said - received, group_buy),
            total=money(o.total, group_buy),
            gap=money(o.reported_short, group_buy),
        )
    if o.reported_short:  # `我已付款 4-1 10元` owing ¥18: what is still owed (rep68 #7)
        return t(
            lang,
            "ask_money_report_waiting_short",
            order=o.number,
            amount=money(said, group_buy),
            total=money(o.total, group_buy),
            gap=money(o.reported_short, group_buy),
        )
    return t(lang, "ask_money_report_waiting", order=o.number, amount=money(said, group_buy))


async def _money_asked(ctx: Context, lang: str, words: str = "") -> str | None:
    """`钱到了吗`: her newest payout (`提现 #1：¥10，已申请`); with none, her commission and how to ask for
    it; a payment she reported that waits for the organiser (`你报的订单 #1-1 付款 ¥30 团长还没确认`, a
    short one with what is still owed: `…付款 ¥10（应付 ¥18，还差 ¥8）团长还没确认`); one the organiser
    answered 未收到 with no report since (`团长 Amy 说还没收到你报的订单 #1-2 付款 ¥76；…`); one it received
    part of (`团长 Amy 只收到你订单 #1-2 的 ¥100，还差 ¥76。付款方式：…`); with none of these, her unpaid
    orders never reported (`你还没报过订单 #1-1 的付款（应付 ¥88）…`) and those confirmed, not picked up
    (`团长 Amy 已确认收到你订单 #1-3 的付款 ¥88。`); None: nothing (answered as any other question)."""
    said = await earnings.payout_asked(ctx, lang) or await earnings.balance_asked(ctx, lang)
    paying = replace(read("did I pay"), intent=Intent.PAYMENT)
    mine = await service.mine_everywhere(ctx.uow, paying, asker=ctx.request.user_id)
    reported = [
        _report_waiting(lang, o, found.group_buy)
        for found in mine
        if (o := found.order) is not None and reported_paid(o)
    ]
    denied = [  # 未收到 answered to her report, none since: she checks before reporting again
        t(
            lang,
            "ask_money_report_denied",
            organiser=found.group_buy.organiser_name,
            order=o.number,
            amount=money(o.denied_amount, found.group_buy),
        )
        for found in mine
        if (o := found.order) is not None
        and o.denied_amount > 0
        and o.status is OrderStatus.PENDING_PAYMENT
        and o.reported_paid_at is None
    ]
    orders = [(o, found.group_buy) for found in mine if (o := found.order) is not None]
    part = [  # 只收到 ¥100 of ¥176, no report since: what came, what is left and how to pay it (rep71 #2)
        t(
            lang,
            "ask_money_part_received",
            organiser=group_buy.organiser_name,
            order=o.number,
            received=money(o.received_part, group_buy),
            gap=money(o.total - o.received_part, group_buy),
            how=group_buy.terms.payment_note
            or t(lang, "ask_payment_offline", organiser=group_buy.organiser_name),
        )
        for o, group_buy in orders
        if o.received_part and not o.denied_amount
    ]
    if not (said or reported or denied or part):  # only then her other orders: owed, or confirmed
        owed = [  # never reported, nothing received: what it comes to and how to report it (rep71 #1)
            t(lang, "ask_money_unreported", order=o.number, amount=money(o.total, group_buy))
            for o, group_buy in orders
            if o.status is OrderStatus.PENDING_PAYMENT
            and o.reported_paid_at is None
            and not o.received_amount
            and not o.denied_amount
        ]
        confirmed = [  # paid, not picked up yet: the organiser confirmed it (rep71 #1)
            t(
                lang,
                "ask_money_confirmed",
                organiser=group_buy.organiser_name,
                order=o.number,
                amount=money(o.total, group_buy),
            )
            for o, group_buy in orders
            if o.status in (OrderStatus.PAID, OrderStatus.FULFILLED)  # picked up: paid still (rep91 #10)
        ]
        part = owed + confirmed
    # refunded, whole or in part: what was given back and who gives it (rep74 #7)
    refunds = await refunds_said(ctx, lang)
    if refunds and _REFUND_NAMED.search(
        words
    ):  # `退款到了吗`, `did I get my refund?`: that first (rep75 #11)
        return "\n".join(refunds + ([said] if said else []) + reported + denied + part)
    parts = ([said] if said else []) + reported + denied + part + refunds
    return "\n".join(parts) if parts else None


async def _money_asked_here(ctx: Context, text: str) -> list[Reply]:
    """`钱到了吗`, `提现的钱到了吗` said in a group: answered privately as in private, the group told only
    that it was (`Tom，已私信回复你。`); from one with no payout, commission or report: talk, no answer."""
    typed = read(text).lang
    lang = await ctx.private_lang(typed)  # the private answer: hers; the group's line: its own (rep73 #8)
    said = await _money_asked(ctx, lang, text)
    if said is None:
        return []
    return await arrival_asked.answered_privately(ctx, typed, said, lang)


def pay_asked(text: str) -> bool:
    """Whether a group message is, whole, a question what to pay or what it costs (`多少钱`, `怎么付钱`,
    `how do I pay?`, `how much do I owe?`, `怎么卖`)."""
    return bool(_PRICE_ASKED.match(text) or _PAY_ASKED.match(text) or _SELL_ASKED.match(text))


async def _pay_asked_here(ctx: Context, text: str) -> list[Reply]:
    """`多少钱`, `怎么付钱`, `how do I pay?` said to the group, unasked. From a member with an order of a
    group buy of this chat, or made in it (帮卖), owed, reported or paid: the answer she gets in
    private, sent to her privately, and the group told only that it was (never her amount there); with
    no order but lines on open ones here, what she holds, the price now and that she pays after the
    close, the same way. From anyone else: `多少钱` / `how much` is the price of each group buy open here
    (a line each, at most `EACH_OPEN`); else nothing."""
    request = ctx.request
    if _SELL_ASKED.match(text):  # `怎么卖`, `how much do they sell for?`: answered as `多少钱` is
        text = "多少钱" if read(text).lang == "zh" else "how much?"
    question = read(text)
    lang = question.lang
    ctx.command = replace(ctx.command, lang=lang, wordless=False)
    here = await _orders_here(ctx, text)
    if not here:
        open_here = await ctx.uow.group_buys.open_in_chat(request.chat_id)
        held = [  # her lines (and her friends') on the open ones: what she holds, paid after the close
            Facts(replace(question, intent=Intent.PAYMENT), g, lines)
            for g in sorted(open_here, key=lambda g: -(g.id or 0))
            if g.id is not None and (lines := await ctx.uow.group_buys.lines_of(g.id, request.user_id))
        ]
        if held:  # `多少钱`, `how do I pay?` before any close: never silence, never a method with no amount
            held_said = "\n".join(_to_pay_after_close(found, lang, ctx) for found in held)
            me = request.user_id
            group = await ctx.heard_by_group(lang)
            return [
                Reply(
                    text=t(group, "ask_answered_privately", name=request.display_name),
                    language=group,
                    says_sent_to=me,
                ),
                Reply(text=held_said, private_to=me, language=lang),
            ]
        if not _PRICE_ASKED.match(text) or not open_here or len(open_here) > EACH_OPEN:
            return []
        return [Reply(text="\n".join(_prices(open_here, lang)), language=lang)]
    alone = replace(ctx, request=replace(request, chat_kind=ChatKind.PRIVATE))  # answered as in private
    every: list[Facts] = []
    if question.intent is Intent.PRICE:  # `多少钱`: the one she owes, else each to pay or paid
        owed = await _one_owed(alone, question)
        bills = await _bills(alone, question)
        every = [owed] if owed is not None and len(bills) < 2 else bills
    else:
        every = [await _as_seen(alone, found) for found in await _every(alone, question)]
    every = every or [await _as_seen(alone, found) for found in here]  # an open line elsewhere: hers here
    every.sort(key=lambda found: not _made_in(found, request.chat_id))  # this group's first (rep61 #8)
    by_price = question.intent is Intent.PRICE  # a paid one said paid alone, as `多少钱` in private says it
    said = [
        _paid(found, lang, alone, then=False)
        if by_price and not _owed(found)
        else _answer(found, lang, alone)
        for found in every
    ]
    if by_price:  # `多少钱` owing: the price of each buy open here too, as anyone asking is told (rep59 #15)
        answered = {found.group_buy.id for found in every}
        open_here = [
            g for g in await ctx.uow.group_buys.open_in_chat(request.chat_id) if g.id not in answered
        ]
        if 0 < len(open_here) <= EACH_OPEN:
            said += _prices(open_here, lang)
    me = request.user_id
    group = await ctx.heard_by_group(lang)
    told = t(group, "ask_answered_privately", name=request.display_name)
    code = any(f.order is not None and f.order.pickup_code_shown for f in every)
    privately = Reply(text="\n".join(said), private_to=me, language=lang, secret=code)
    return [Reply(text=told, language=group, says_sent_to=me), privately]


# A product's or an option's price asked in a group as the whole message, without `问` or a mention
# (`冰淇淋多少钱`, `冰淇淋 多少钱`, `香草多少钱`, `冰淇淋怎么卖`, `芒果多少钱一斤`): answered only
# when the word names a group buy open there (`这个多少钱`, `停车多少钱` stay talk)
_NAMED_PRICE = re.compile(
    rf"^\s*(?P<what>[^\s?？!！,，。.@](?:[^?？!！,，。.@]{{0,10}}[^\s?？!！,，。.])?)\s*(?:多少钱|几多钱|怎么卖)"
    rf"(?:一\s*(?:份|斤|个|盒|箱|袋|件|包|打|公斤|千克|kg))?{_PAY_ENDS}$",
    re.IGNORECASE,
)


def named_price(text: str) -> str:
    """The word whose price a group message asks, whole (`冰淇淋多少钱`: 冰淇淋); "" when it is not one."""
    found = _NAMED_PRICE.match(text)
    return "" if found is None else found.group("what")


def _prices(open_here: Sequence[GroupBuy], lang: str) -> list[str]:
    """Each open group buy's price, a line each (oldest first): `草莓（#4）：当前 ¥30/份。`"""
    return [
        _price(group_buy, lang, {"title": group_buy.terms.title, "id": group_buy.id})
        for group_buy in sorted(open_here, key=lambda g: g.id or 0)
    ]


async def _named_price_here(ctx: Context, word: str) -> list[Reply]:
    """`冰淇淋多少钱`, `香草多少钱` (an option's name), `冰淇淋怎么卖` said to the group: the one group buy
    open here it names answered as `请问 #12 多少钱` is; from one with an order or lines on it, privately
    (the group told it was sent); naming none or several open here: talk, nothing said."""
    request = ctx.request
    folded = word.casefold()
    open_here = await ctx.uow.group_buys.open_in_chat(request.chat_id)
    named = [
        group_buy
        for group_buy in open_here
        if names_product(word, group_buy.terms.title)
        or any(option.name.casefold() == folded for option in group_buy.terms.options)
    ] or _option_priced(open_here, f"{word}多少钱")  # `大的多少钱`, `大号多少钱`: 大's; `中的多少钱`: each's
    group_buy = named[0] if len(named) == 1 else None
    if group_buy is None or group_buy.id is None:
        return []
    asked = f"#{group_buy.id} {word}多少钱"  # the option named kept: its price alone
    replies = await ask(replace(ctx, command=replace(ctx.command, rest=asked, in_words=False)))
    hers = bool(await ctx.uow.group_buys.lines_of(group_buy.id, request.user_id)) or any(
        found.group_buy.id == group_buy.id for found in await _orders_here(ctx, asked)
    )
    public = [reply for reply in replies if reply.private_to is None and reply.says_sent_to is None]
    if not hers or len(public) != len(replies):
        return replies
    lang = public[0].language if public else None
    me = request.user_id
    group = await ctx.heard_by_group(lang or "zh")
    told = t(group, "ask_answered_privately", name=request.display_name)
    privately = Reply(text="\n".join(reply.text for reply in public), private_to=me, language=lang)
    return [Reply(text=told, language=group, says_sent_to=me), privately]


def _made_in(found: Facts, chat_id: str) -> bool:
    """Whether her order (or line) is of the group `chat_id`: its group buy's, or made there (帮卖)."""
    order = found.order
    return chat_id in (found.group_buy.chat_id, order.chat_id if order is not None else None)


async def _hers_here(ctx: Context, text: str) -> bool:
    """Whether the asker has an order of this group's (`_orders_here`) or lines on one open here."""
    if await _orders_here(ctx, text):
        return True
    for group_buy in await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id):
        if group_buy.id is not None and await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id):
            return True
    return False


async def _orders_here(ctx: Context, text: str) -> list[Facts]:
    """The asker's orders of this group's group buys, or made here (帮卖: of another group's)."""
    request = ctx.request
    paying = replace(read(text), intent=Intent.PAYMENT)
    return [
        found
        for found in await service.mine_everywhere(ctx.uow, paying, asker=request.user_id)
        if found.order is not None and request.chat_id in (found.group_buy.chat_id, found.order.chat_id)
    ]


async def _organises(ctx: Context) -> bool:
    """Whether the asker organises a group buy of this group (in private: any)."""
    request = ctx.request
    mine = await ctx.uow.views.group_buys_of(request.user_id, limit=200)
    return any(ctx.is_private or g.chat_id == request.chat_id for g in mine)


async def _one_owed(ctx: Context, question: Question) -> Facts | None:
    """`多少钱` asked privately, naming no group buy, by one owing exactly one order (unpaid, not reported):
    that order, answered as `怎么付钱` is (its amount, how to pay, what to send after); else None."""
    paying = replace(question, intent=Intent.PAYMENT)
    owed = [
        found
        for found in await service.mine_privately(ctx.uow, paying, asker=ctx.request.user_id)
        if found.order is not None and _owes(found.order)
    ]
    return owed[0] if len(owed) == 1 else None


async def _bills(ctx: Context, question: Question) -> list[Facts]:
    """`多少钱` asked privately, naming no group buy, by one with orders to pay or paid (not picked up)
    and no open line (whose price it may ask): each of those orders, newest first; [] when it is
    ambiguous (an open line of hers) or she has none: then asked which group buy."""
    paying = replace(question, intent=Intent.PAYMENT)
    mine = await service.mine_everywhere(ctx.uow, paying, asker=ctx.request.user_id)
    if any(found.order is None for found in mine):
        return []
    return [await _as_seen(ctx, found) for found in mine]


async def _pickup_asked_of(ctx: Context, text: str) -> str:
    """`明天能取吗`, `when can I pick up?` asked in a group unasked (no `问`, no mention): the question as
    answered, "" to stay silent. Her orders here not picked up answer it (`_every`: `mine_here`), else
    the one open group buy she is on, else the one open here; nothing of hers and not one open: silent."""
    request = ctx.request
    question = read(text)
    if await service.mine_here(ctx.uow, question, chat_id=request.chat_id, asker=request.user_id):
        return text
    open_here = await ctx.uow.group_buys.open_in_chat(request.chat_id)
    if len(open_here) == 1:
        return text
    on = [
        g for g in open_here if g.id is not None and await ctx.uow.group_buys.lines_of(g.id, request.user_id)
    ]
    return f"{text} #{on[0].id}" if len(on) == 1 else ""


async def _named_in_her_groups(ctx: Context, question: Question) -> Question:
    """A private question naming the product of exactly one group buy open in her groups: of that one
    (review 95 #9: `荔枝还剩多少？` was told to say a number, with another product's as the example)."""
    request = ctx.request
    chats = sorted(await ctx.uow.follows.member_chats(identity(request.platform, request.user_id)))
    found = await service.named_in_chats(ctx.uow, question, chats[:CHATS_ASKED])
    return question if found is None or found.id is None else replace(question, group_buy_id=found.id)


async def _every(ctx: Context, question: Question) -> list[Facts]:
    """In a group, a question naming no group buy: of her own orders and lines (`我买了几斤`, `did I pay`,
    `when is pickup` from one who owes a closed one: `service.mine_here`), each; in private, the same of
    every group buy of hers, whatever its group (`service.mine_everywhere`); asked of "it" with
    several open (`when does it close`), each open one in a line of its own (at most `EACH_OPEN`),
    rather than the question which one. [] otherwise: answered as one group buy's."""
    request = ctx.request
    if ctx.is_private and question.group_buy_id is None:  # hers, across every group buy, whatever its group
        return await service.mine_everywhere(
            ctx.uow, question, asker=request.user_id
        ) or await service.mine_privately(ctx.uow, question, asker=request.user_id)
    if ctx.is_private or question.group_buy_id is not None:
        return []
    mine = await service.mine_here(ctx.uow, question, chat_id=request.chat_id, asker=request.user_id)
    if mine:
        return mine
    if asks_own_code(question.text):  # `what is my pickup code` with none here: her codes of any group,
        everywhere = await service.mine_everywhere(ctx.uow, question, asker=request.user_id)
        if everywhere:  # never "you have not joined" the one open here she did not ask about
            return everywhere
    if question.intent not in _OF_EACH:
        return []
    try:
        await service.about(ctx.uow, question, chat_id=request.chat_id, asker=request.user_id)
    except DomainError as refusal:
        if refusal.code != "which_group_buy":
            raise
        open_here = sorted(await ctx.uow.group_buys.open_in_chat(request.chat_id), key=lambda g: g.id or 0)
        if 1 < len(open_here) <= EACH_OPEN:
            return [Facts(question, group_buy) for group_buy in open_here]
    return []


async def _as_seen(ctx: Context, found: Facts) -> Facts:
    """The facts with the group buy as the asker's group reads it (帮卖: that group's own pickup): the
    group her order or line was made in, else the group asked in."""
    group_buy = found.group_buy
    if not group_buy.listings:
        return found
    if found.order is not None:
        listing = await listings_service.reaches(ctx.uow, group_buy, found.order.chat_id)
    elif found.lines and found.lines[0].listing_id is not None:
        listing = await ctx.uow.listings.get(found.lines[0].listing_id)
    elif not ctx.is_private:
        listing = await listings_service.reaches(ctx.uow, group_buy, ctx.request.chat_id)
    else:
        listing = None
    return replace(found, group_buy=seen_in(group_buy, listing))


def _each_asked(found: Facts, lang: str, ctx: Context) -> str:
    """The answer, a line per fact when the question asks two or more of the group buy's own (`how much
    are the grapes and when does it close?`: its price, then its deadline; rep105 #6), in the order asked."""
    asked = intents_asked(found.question.text)
    if found.question.intent not in asked:
        return _answer(found, lang, ctx)
    each = (_answer(replace(found, question=replace(found.question, intent=i)), lang, ctx) for i in asked)
    return "\n".join(dict.fromkeys(each))  # an ended one's line once


def _answer(found: Facts, lang: str, ctx: Context) -> str:
    group_buy = found.group_buy
    about: dict[str, object] = {"title": group_buy.terms.title, "id": group_buy.id}
    intent = found.question.intent
    ended = _ENDED.get(group_buy.status)
    if ended is not None and intent not in (Intent.ORGANISER, Intent.MY_ORDER):  # no deadline, pickup, price
        return t(lang, ended, **about)
    if intent is Intent.DEADLINE:
        return _deadline(group_buy, lang, ctx, about)
    if intent is Intent.PICKUP:
        if not group_buy.terms.pickup:
            return t(lang, "ask_pickup_none", organiser=group_buy.organiser_name, **about)
        pickup = pickup_text(group_buy.terms, ctx.tz, lang)
        if group_buy.terms.pickup_at is None and asks_when(found.question.text):  # asked when: none set
            return t(lang, "ask_pickup_no_time", pickup=pickup, organiser=group_buy.organiser_name, **about)
        at = group_buy.terms.pickup_at
        if at is not None and at <= ctx.now:  # rep67 #11: gone by, as `how much is it now?` says it
            return t(lang, "ask_pickup_passed", pickup=pickup, organiser=group_buy.organiser_name, **about)
        return t(lang, "ask_pickup", pickup=pickup, **about)
    if intent is Intent.PRICE:  # `大的多少钱`, `how much is the large one?`: that option's alone
        return _price(group_buy, lang, about, option_asked(group_buy, found.question.text))
    if intent is Intent.STOCK:
        return _stock(group_buy, lang, about)
    if intent is Intent.PAYMENT:
        order = found.order
        if order is None and found.lines and group_buy.is_open:  # her line, not closed: nothing owed yet
            return _to_pay_after_close(found, lang, ctx)
        if ctx.is_private and order is not None and _owes(order):  # `怎么付钱` owing: how, how much, then
            how = group_buy.terms.payment_note or t(
                lang, "ask_payment_offline", organiser=group_buy.organiser_name
            )
            total = money(order.total, group_buy)
            owed = t(lang, "ask_payment_owed", order=order.number, total=total, how=how, **about)
            if order.received_part:  # the organiser's 只收到 ¥20: that part counts, the rest is owed
                owed = t(
                    lang,
                    "ask_payment_owed_part",
                    order=order.number,
                    total=total,
                    organiser=group_buy.organiser_name,
                    received=money(order.received_part, group_buy),
                    gap=money(order.total - order.received_part, group_buy),
                    how=how,
                    **about,
                )
            return owed + _pickup_passed(found, lang, ctx)  # unpaid, its pickup gone by: said too
        if ctx.is_private and order is not None and order.status in _SETTLED:  # paid: never how to pay
            return _paid(found, lang, ctx)
        if ctx.is_private and order is not None and order.status is OrderStatus.FULFILLED:  # (rep91 #10)
            return _paid(found, lang, ctx, then=False)  # picked up: paid still, nothing to collect
        if group_buy.terms.payment_note:
            return t(lang, "ask_payment", note=group_buy.terms.payment_note, **about)
        return t(lang, "ask_payment_none", organiser=group_buy.organiser_name, **about)
    if intent is Intent.ORGANISER:
        return t(lang, "ask_organiser", organiser=group_buy.organiser_name, **about)
    return _mine(found, lang, about)


def _to_pay_after_close(found: Facts, lang: str, ctx: Context) -> str:
    """Her lines on a group buy still open (`多少钱`, `how do I pay?`, `how much do I owe?` before its
    close): what she holds, the price now, and that she owes nothing until it closes (when), her order
    then coming privately with the amount and how to pay; never a payment method with no amount."""
    group_buy = found.group_buy
    about: dict[str, object] = {"title": group_buy.terms.title, "id": group_buy.id}
    each = partial(unit_texts.amount, lang, unit=group_buy.terms.unit)
    held = _held(group_buy, found.lines, lang, each)
    price = options.prices_line(group_buy, lang) if group_buy.terms.options else price_line(group_buy, lang)
    deadline = group_buy.terms.deadline
    friends = (
        "_friends" if _for_friends(found.lines) else ""
    )  # `香草 ×1 for 老赵`: never "on … for … for 老赵"
    if deadline is None:
        return t(lang, f"ask_pay_after_close_undated{friends}", units=held, price=price, **about)
    when = format_deadline(deadline, ctx.tz, lang)
    return t(lang, f"ask_pay_after_close{friends}", units=held, price=price, deadline=when, **about)


def _for_friends(lines: Sequence[Participant]) -> bool:
    """Whether some of her lines are a friend's (`+1 帮老赵`): what she holds is then said as what she put
    down, each share named (`On 冰淇淋 (#6) you put down 香草 ×1 for 老赵`), never "You are on … for …"."""
    return any(line.friend for line in lines)


_SETTLED = frozenset({OrderStatus.PENDING_PAYMENT, OrderStatus.PAID})  # not owed: reported, or paid


def _paid(found: Facts, lang: str, ctx: Context, *, then: bool = True) -> str:
    """Her order paid (or reported paid, waiting for the organiser to confirm): that it is, its amount
    and number, nothing more to pay; `then`: what comes next (where and when to collect and her code, or
    that the organiser will say where; reported: the code comes once confirmed)."""
    order, group_buy = found.order, found.group_buy
    assert order is not None
    about = {"title": group_buy.terms.title, "id": group_buy.id}
    said = {"order": order.number, "total": money(order.total, group_buy), **about}
    organiser = group_buy.organiser_name
    if order.reported_short:  # `我已付款 1-2 10元` owing ¥156: she said ¥10, so ¥146 is still to pay
        how = group_buy.terms.payment_note or t(lang, "ask_payment_offline", organiser=organiser)
        received = order.received_in_report  # 只收到 ¥20 before her report of ¥30: said apart
        return t(
            lang,
            "ask_paid_received_reported_short" if received else "ask_paid_reported_short",
            organiser=organiser,
            received=money(received, group_buy),
            amount=money(order.reported_amount - received, group_buy),
            gap=money(order.reported_short, group_buy),
            how=how,
            **said,
        )
    if order.status is OrderStatus.PENDING_PAYMENT:  # 我已付款 said, not yet confirmed
        return t(lang, "ask_paid_reported", organiser=organiser, **said) + _pickup_passed(found, lang, ctx)
    text = t(lang, "ask_paid", **said)
    if order.refunded_part:  # 部分退款: what she paid, what came back, what stays paid
        paid = money(order.paid_in_full or order.total, group_buy)
        refunded, kept = money(order.refunded_part, group_buy), money(order.paid_amount, group_buy)
        text = t(
            lang,
            "ask_paid_part_refunded",
            order=order.number,
            paid=paid,
            refunded=refunded,
            kept=kept,
            **about,
        )
    passed = _pickup_passed(found, lang, ctx)
    if not then or passed:  # gone by, not collected yet (paid): whom to ask, every order's own
        return text + passed + _code(order, lang, then=then)
    at = group_buy.terms.pickup_at
    if group_buy.terms.pickup or at is not None:
        text += "\n" + t(lang, "ask_paid_pickup", pickup=pickup_text(group_buy.terms, ctx.tz, lang))
    else:
        text += "\n" + t(lang, "ask_paid_pickup_later", organiser=organiser)
    return text + _code(order, lang)


def _code(order: Order, lang: str, *, then: bool = True) -> str:
    """`\n取货码：4827…` of a paid order not picked up (`then`: the answer says what comes next)."""
    if not then or not order.pickup_code_shown:
        return ""
    return "\n" + t(lang, "pickup_code_yours", code=order.pickup_code_shown)


def _pickup_passed(found: Facts, lang: str, ctx: Context) -> str:
    """`\n自提原定 …，这个时间已经过了：请问团长 Amy…` when her order's pickup time has gone by and it is not
    picked up (paid, reported or still owed): each such order of hers its own line; "" otherwise."""
    group_buy, order = found.group_buy, found.order
    at = group_buy.terms.pickup_at
    if order is None or order.status not in _SETTLED or at is None or at > ctx.now:
        return ""
    pickup = pickup_text(group_buy.terms, ctx.tz, lang)
    return "\n" + t(lang, "paid_pickup_passed", pickup=pickup, organiser=group_buy.organiser_name)


def _owed(found: Facts) -> bool:
    return found.order is not None and _owes(found.order)


def _owes(order: Order) -> bool:
    """Whether the buyer has still to pay (and to report paying) an order."""
    return order.status is OrderStatus.PENDING_PAYMENT and not reported_paid(order)


def _deadline(group_buy: GroupBuy, lang: str, ctx: Context, about: Mapping[str, object]) -> str:
    if not group_buy.is_open or group_buy.is_past_deadline(ctx.now):
        return t(lang, "ask_deadline_closed", **about)
    deadline = group_buy.terms.deadline
    if _sold_out(group_buy):  # rep67 #10: never "you can still join" of a sold-out one, its /wait said
        if deadline is None:
            return t(lang, "ask_deadline_none_sold_out", organiser=group_buy.organiser_name, **about)
        return t(lang, "ask_deadline_sold_out", deadline=format_deadline(deadline, ctx.tz, lang), **about)
    if deadline is None:
        return t(lang, "ask_deadline_none", organiser=group_buy.organiser_name, **about)
    return t(lang, "ask_deadline", deadline=format_deadline(deadline, ctx.tz, lang), **about)


def _sold_out(group_buy: GroupBuy) -> bool:
    """Whether nothing is left to join: its stock gone, or with options every option's."""
    left = group_buy.stock_left
    if left is not None and left <= 0:
        return True
    chosen = group_buy.terms.options
    return bool(chosen) and all(group_buy.option_sold_out(option) for option in chosen)


def _price(group_buy: GroupBuy, lang: str, about: Mapping[str, object], option: str = "") -> str:
    """What it costs: the price reached and the next tier, or the price it closed at; with options
    (多规格) each option's (`3斤 ¥58/份，5斤 ¥88/份`), never only the cheapest one's; `option`: the one
    the question named, its price alone (`大的多少钱`: `大 ¥30/份。`)."""
    if group_buy.terms.options:
        if group_buy.final_unit_price is not None:
            prices = options.each_price(group_buy, lang, option)
            return t(lang, "ask_price_final_options", prices=prices, **about)
        return t(lang, "ask_price", price=options.prices_line(group_buy, lang, option), **about)
    if group_buy.final_unit_price is not None:
        price = unit_texts.per_unit(lang, money(group_buy.final_unit_price, group_buy), group_buy.terms.unit)
        return t(lang, "ask_price_final", price=price, **about)
    return t(lang, "ask_price", price=price_line(group_buy, lang), **about)


def _stock(group_buy: GroupBuy, lang: str, about: Mapping[str, object]) -> str:
    if not group_buy.is_open:
        return t(lang, "ask_deadline_closed", **about)
    left = group_buy.stock_left
    if left is None:
        return t(lang, "ask_stock_unlimited", **about)
    if left <= 0:
        return t(lang, "ask_sold_out", **about)
    return t(lang, "ask_stock", left=unit_texts.amount(lang, left, group_buy.terms.unit), **about)


def _held(group_buy: GroupBuy, lines: Sequence[Participant], lang: str, each: Callable[[int], str]) -> str:
    """What `lines` hold (`each` says a count: `×2`, `2 份`, per 斤 `2斤`; with options `大 ×1、小 ×1`),
    her friends' shares said apart: `2 kg for you and 1 kg for mum`, `自己 2斤、帮 妈妈 1斤`."""

    def units(held: Sequence[Participant], say: Callable[[int], str]) -> str:
        if group_buy.terms.options:
            return options.units_by_option(group_buy, held, lang)
        return say(sum(line.quantity for line in held))

    friends = list(dict.fromkeys(line.friend for line in lines if line.friend))
    if not friends:
        return units(lines, each)
    amount = partial(unit_texts.amount, lang, unit=group_buy.terms.unit)  # `2 for you`, not `×2 for you`
    own = [line for line in lines if not line.friend]
    parts = [t(lang, "ask_units_yours", units=units(own, amount))] if own else []
    for friend in friends:
        held = [line for line in lines if line.friend == friend]
        parts.append(t(lang, "ask_units_friend", units=units(held, amount), friend=friend))
    if len(parts) == 1:
        return parts[0]
    return t(lang, "list_separator").join(parts[:-1]) + t(lang, "ask_units_and") + parts[-1]


def _mine(found: Facts, lang: str, about: Mapping[str, object]) -> str:
    order = found.order
    group_buy = found.group_buy
    unit = group_buy.terms.unit
    by_option = options.units_by_option(group_buy, found.lines, lang) if group_buy.terms.options else ""
    if order is not None:
        status = status_text(lang, order.status)
        if reported_paid(order):  # 我已付款, not yet confirmed: said as 我的订单 says it
            status = reported_status(order, lang)
        said = {"total": money(order.total, group_buy), "status": status}
        if order.refunded_part:  # 部分退款: what she keeps, as 我的订单 (`¥30（已退 1 份 大盒 ¥15…）`)
            said["total"] = paid_said(lang, order, units=True)
        whole = sum(line.quantity for line in found.lines) == order.quantity  # the lines it was made of
        amount = partial(unit_texts.amount, lang, unit=unit)  # `2 份`, per 斤 `2斤`
        if by_option and whole:  # `3斤 ×2、5斤 ×1`
            held = _held(group_buy, found.lines, lang, amount)
            text = t(lang, "ask_my_order_options", order=order.number, options=held, **said, **about)
        else:
            held = _held(group_buy, found.lines, lang, amount) if whole else amount(order.quantity)
            text = t(lang, "ask_my_order", order=order.number, units=held, **said, **about)
        if order.pickup_code_shown:  # paid, not yet picked up: unpaid again (撤销已收), none
            text += "\n" + t(lang, "pickup_code_yours", code=order.pickup_code_shown)
        elif _owes(order) and asks_own_code(found.question.text):  # `取货码` owing it: once it is paid
            text += "\n" + t(lang, "pickup_code_once_paid", order=order.number)
        return text
    ended = _ENDED.get(group_buy.status)
    if ended is not None:  # `我的大米订单呢` of one called off: 已取消, nobody charged
        return t(lang, ended, **about)
    units = sum(line.quantity for line in found.lines)
    if units and group_buy.status is GroupBuyStatus.OPEN:
        unpaid = "_unpaid" if asks_paid(found.question.text) else ""  # `did I pay`: nothing to pay yet
        each = partial(unit_texts.amount, lang, unit=unit)  # `2 份`, "for 2", per 斤 `2斤`: never `×2`
        held = _held(group_buy, found.lines, lang, each)
        if _for_friends(found.lines):  # each share named by whom it is for (rep61 #5)
            return t(lang, f"ask_my_lines{unpaid}_friends", units=held, **about)
        if by_option:
            return t(lang, f"ask_my_lines_options{unpaid}", options=held, **about)
        return t(lang, f"ask_my_lines{unpaid}", units=held, **about)
    return t(lang, "ask_my_order_none", **about)


def asked(request: Request, bot_username: str) -> Command | None:
    """A message that is no command but a question for the bot: in a private chat, one that asks a fact
    Tuan holds; in a group, one that mentions the bot (`@tuan_bot 什么时候截单？`, or `Request.to_bot`: a
    WeChat `@团购助手` the adapter took off the text), whatever it asks
    (the answer says what the bot can answer), or one that only asks what to buy (`有什么推荐的吗`:
    For you's form, answered with where to get it; other chatter is left alone)."""
    text = request.text.strip()
    if not text:
        return None
    found = _asked(request, text, bot_username)
    # the question's words tell the member's language (`how much?`: en), as a command's do: what she is
    # told privately later (her order at the close) speaks it (`handlers.members.own_languages`)
    return (
        None
        if found is None
        else replace(found, heard=read(found.rest).lang if _worded(found.rest) else None)
    )


def _worded(text: str) -> bool:
    words = _NUMBERED.sub("", text).strip()
    return bool(_CJK.search(words) or _LETTER.search(words))


def _own_money_or_link(text: str) -> Command | None:
    """In private, the whole message asking what she earned (`how much did I earn?`, `我赚了多少`):
    `/earnings`; how to withdraw it (`can I cash out my commission?`, `佣金怎么提现`): her balance, the
    minimum and the command (`payout_asked`); her share link (`what's my link?`, `我的链接`): `/share`
    (rep69 #1, #2, #9)."""
    lang = read(text).lang
    if asks_earnings(text):
        return Command("earnings", lang=lang)
    if asks_withdraw(text):
        return Command("payout_asked", lang=lang)
    if asks_share_link(text):
        return Command("share", lang=lang)
    if asks_how_sharing_earns(text):
        return Command("share_how", lang=lang)
    return None


def _asked(request: Request, text: str, bot_username: str) -> Command | None:
    if request.chat_kind is ChatKind.PRIVATE:  # a fact, what to buy, or any question (`芒果甜吗？`)
        own = _own_money_or_link(text)  # `how much did I earn?`, `how do I withdraw?`, `what's my link?`
        if own is not None:
            return own
        asks = read(text).intent is not None or wants_picks(text) or sounds_asked(text)
        asks = asks or asks_payout_arrived(text)  # `团长收到钱没`: as `钱到了吗` (rep73 #3)
        asks = asks or organiser_named(text) is not None  # `did Lee get my money?` (rep93 #6)
        asks = asks or arrival_asked_of(text) is not None  # `什么时候到`: her orders' pickup (rep74 #2)
        asks = asks or sounds_asked(plainly_asked(text))  # `芒果不甜吧`: as `芒果甜吗` (`芒果不甜` tells)
        asks = asks or recommendation_subject(text) is not None  # `求推荐好用的洗碗机`
        return Command("ask", rest=text) if asks else None
    mention = re.compile(rf"@{re.escape(bot_username)}\b", re.IGNORECASE) if bot_username else None
    # said to the group, not to the bot: counted toward her limit only when answered (rate_limit)
    overheard = not request.to_bot and (mention is None or not mention.search(text))
    said = " ".join(mention.sub(" ", text).split()) if mention is not None else text
    if asks_share_link(said):  # `我的链接`, `what's my link?`: as `share` typed here, sent privately
        return Command("share", lang=read(said).lang)
    if asks_how_sharing_earns(said):  # `how do I share this and earn?`: how, the rate here, /earnings
        return Command("share_how", lang=read(said).lang, overheard=overheard)
    if pay_asked(text) and not request.to_bot:  # `多少钱`, `怎么付钱`: hers privately, or the price
        return Command("ask", rest=text, in_words=True, overheard=overheard)
    if named_price(text) and not request.to_bot:  # `冰淇淋多少钱`: its price, if it names one open here
        return Command("ask", rest=text, in_words=True, overheard=overheard)
    if only_asks_picks(text) or asks_own_code(text) or asks_anothers(text):  # what to buy; a pickup code
        return Command("ask", rest=text, overheard=overheard)
    if recommendation_subject(text):  # `谁有好用的洗碗机推荐`: friends' notes on it, if any (else talk)
        return Command("ask", rest=text, recommends=True, overheard=overheard)
    if asks_deadline(text):  # `when does it close?`: as `asks_pickup`, answered where one is open here
        return Command("ask", rest=text, in_words=True, overheard=overheard)
    if (asks_payout_arrived(text) or asks_own_payment(text)) and not request.to_bot:  # hers privately
        return Command("ask", rest=text, in_words=True, overheard=overheard)  # (else talk)
    if organiser_named(said) is not None:  # `Amy收到我的钱了吗`: as `团长收到我的钱了吗` if Amy is hers
        return Command("ask", rest=said, in_words=overheard, overheard=overheard)  # (rep93 #6)
    if asks_pickup(text):  # `what time is pickup?`: answered where one group buy is open (`ask`); asked
        if not overheard:  # of the bot (`@Tuan 什么时候取货？`): as `问 什么时候取货`, from anyone (rep93 #1)
            return Command("ask", rest=said)
        return Command("ask", rest=text, in_words=True, overheard=overheard)
    if arrival_asked_of(said) is not None:  # `粽子什么时候到`, `@Tuan 粽子什么时候到`: her orders' pickup
        return Command("ask", rest=said, in_words=True, overheard=overheard)
    if overheard and product_asked(text):  # `anyone tried the mangoes?`, `芒果哪里买`: friends' notes or a
        return Command("ask", rest=text, recommends=True, overheard=overheard)  # buy here, else talk (to
    # the bot, `@tuan_bot 芒果哪里买`: as `问 芒果哪里买`, answered however little is known, rep105 #4)
    if (
        overheard
        and len(text) <= _PRODUCT_QUESTION_MAX
        and (not _COUNTED.search(text) or asks_count_left(text))  # `来两份` joins; `还有几份` asks
        and sounds_asked(plainly_asked(text))
    ):
        return Command("ask", rest=text, overheard=overheard, asks_product=True)  # `芒果甜吗`: if sold here
    if request.to_bot:  # the platform took the mention off the text (WeChat's `@团购助手 几点截单？`)
        return Command("ask", rest=text)
    if mention is None or not mention.search(text):
        return None
    return Command("ask", rest=" ".join(mention.sub(" ", text).split()))


async def _friends_or_organiser(ctx: Context, question: Question, lang: str) -> list[Reply]:
    """Nothing Tuan holds answers it: what friends said about it in their notes (the best one to three,
    ✅ verified and trusted authors first), and the offer to pass it to the organiser of the group buy
    it is about (转给团长; on WeChat a numbered choice). A product no group buy here sells now but a
    closed one did (`有人买过芒果吗`): first that one, who bought it and that it can be opened again, and
    the offer goes to its organiser. None of these: it is said so plainly."""
    request = ctx.request
    asked = plainly_asked(question.text)  # `芒果不甜吧？`, `会不会不甜`: as `芒果甜吗？`
    said = await service.friends_said_here(
        ctx.uow,
        request.chat_id,
        asked,
        reranker=ctx.reranker,
        asker=request.user_id,
        author=ctx.command.note_author,
    )
    before = await service.closed_named(
        ctx.uow, question, chat_id=request.chat_id, asker=request.user_id, went_ahead_first=True
    )
    tried = product_asked(question.text) if asks_who_tried(question.text) else None  # `有人试过榴莲吗`
    group_buy = before
    if group_buy is None:
        try:
            group_buy = await _organisers_group_buy(ctx, question)
        except DomainError:  # `荔枝甜吗` with only mangoes here: said so, not passed to their organiser
            if not said and not tried:  # (friends' notes on 荔枝 are still quoted, without the offer;
                raise  # who tried it: no note mentions it yet, never the list of what is open, rep61 #2)
    parts = [await _ran_before(ctx, before, lang)] if before is not None else []  # who bought, /copy
    ended = group_buy is not None and group_buy.status in _ENDED and _names_it(question, group_buy)
    if before is None and group_buy is not None and ended:  # `问 #5 为什么没成团`, never `问 面馆怎么样`
        parts.append(_ended_facts(group_buy, lang))
    if said:
        parts.append(
            t(lang, "ask_friends_said", notes="\n".join([await _quoted(ctx, f, lang) for f in said]))
        )
    elif before is None and group_buy is not None and _names_it(question, group_buy):  # `问 #2 草莓酸不酸`
        on_it = await _notes_on(ctx, group_buy)
        if on_it:
            saying = _saying_it(asked, on_it)  # `甜吗` and a note saying 超甜: it does mention it
            on_it = saying + [f for f in on_it if f not in saying]
            notes = "\n".join([await _quoted(ctx, f, lang) for f in on_it])
            about = {"title": group_buy.terms.title, "id": group_buy.id}
            key = "ask_notes_on_it_say" if saying else "ask_notes_on_it_not_this"
            parts.append(t(lang, key, notes=notes, **about))
    if not parts and tried:  # `问 有人试过榴莲吗`: nobody here wrote about it yet, said so, never "I can't
        parts.append(t(lang, "ask_recommend_none", subject=tried))  # answer"; then the buy open here that
        selling = group_buy is not None and group_buy.status is GroupBuyStatus.OPEN  # sells it, as the
        if group_buy is not None and selling and _names_it(question, group_buy):  # unasked question says
            parts.append(t(lang, "ask_open_here", title=group_buy.terms.title, id=group_buy.id))  # (rep61 #1)
        else:  # nothing to pass to an organiser
            group_buy = None
    named = _product_word(question.text, lang)
    if not parts and group_buy is None and named:  # `@tuan_bot are the durians ripe?` (rep69 #6)
        return [Reply(text=await _notes_on_the_product(ctx, named, lang), language=lang)]
    if not parts and group_buy is None:
        return [Reply(text=t(lang, "ask_unknown"), language=lang)]
    if group_buy is None:
        return [Reply(text="\n".join(parts), language=lang)]
    return await _offered(ctx, question, group_buy, parts, lang)


async def _notes_on_the_product(ctx: Context, named: str, lang: str) -> str:
    """A question about a product that no note answers, nothing to pass to an organiser: what friends
    wrote on the product, saying they do not mention what was asked, else that no note mentions it yet
    (never "I can't answer that")."""
    request = ctx.request
    said = await service.friends_said(
        ctx.uow,
        request.chat_id,
        named,
        reranker=ctx.reranker,
        asker=request.user_id,
        author=ctx.command.note_author,
    )
    if not said:
        return t(lang, "ask_recommend_none", subject=named)
    notes = "\n".join([await _quoted(ctx, found, lang) for found in said])
    return t(lang, "ask_notes_on_product_not_this", subject=named, notes=notes)


async def _of_the_notes(ctx: Context, question: Question) -> bool:
    """Whether a fact question in a group with no group buy open there is one for the friends' notes: a
    quality of a product asked (`are the avocados ripe when they arrive?`: ripe, never the pickup of
    nothing open), never "There is no open group buy in this chat"."""
    if ctx.is_private or question.group_buy_id is not None or question.intent in PRIVATE_INTENTS:
        return False
    if not qualities_said(question.text) or not products_named(question.text):
        return False
    return not await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)


def _product_word(text: str, lang: str) -> str:
    """The product a question names, as typed in English (`avocados`), else its Chinese word; "" for none."""
    typed = english_products(text) if lang == "en" else []
    named = products_named(text)
    return typed[0] if typed else named[0] if named else ""


async def _outside(ctx: Context) -> set[str]:
    """The groups the asker was seen in (a friend of a friend who joined by a share code: none)."""
    return await ctx.uow.follows.member_chats(identity(ctx.request.platform, ctx.request.user_id))


async def _pickup_unset_outside(
    ctx: Context, question: Question, every: list[Facts], lang: str
) -> list[Reply] | None:
    """In private, `when can I pick up?` of her one group buy with no pickup set (rep93 #7), or no time set
    when she asks when, or its time gone by (s40), from a buyer outside its group (joined by a share code
    in private): who cannot "ask them directly" is offered the button that passes the question to its
    organiser. None: answered as usual."""
    if not ctx.is_private or question.intent is not Intent.PICKUP or len(every) != 1:
        return None
    group_buy = every[0].group_buy
    if group_buy.status in _ENDED or group_buy.chat_id in await _outside(ctx):
        return None
    about = {"title": group_buy.terms.title, "id": group_buy.id, "organiser": group_buy.organiser_name}
    at, pickup = group_buy.terms.pickup_at, pickup_text(group_buy.terms, ctx.tz, lang)
    if not group_buy.terms.pickup:
        said = t(lang, "ask_pickup_none_outside", **about)
    elif at is None and asks_when(question.text):
        said = t(lang, "ask_pickup_no_time_outside", pickup=pickup, **about)
    elif at is not None and at <= ctx.now:
        said = t(lang, "ask_pickup_passed_outside", pickup=pickup, **about)
    else:
        return None
    return await _offered(ctx, question, group_buy, [said], lang)


async def _none_said_outside(ctx: Context, question: Question, lang: str) -> list[Reply] | None:
    """In private, a question no note answers from a buyer in no group (joined by a share code, rep93
    #7): instead of "ask in the group", the offer to pass it to the organiser of her newest order's
    group buy. None: she is in a group, or has no order."""
    if await _outside(ctx):
        return None
    for order in await ctx.uow.orders.for_buyer(ctx.request.user_id):  # newest first
        group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
        if group_buy is not None and group_buy.organiser_id != ctx.request.user_id:
            return await _offered(ctx, question, group_buy, [], lang)
        break
    return None


MAX_QUESTION = 300  # characters of a question passed to the organiser


async def _offered(
    ctx: Context, question: Question, group_buy: GroupBuy, parts: list[str], lang: str
) -> list[Reply]:
    """`parts` (what Tuan could say, maybe nothing) and the offer to pass the question to the organiser
    of `group_buy`, with its button (转给团长; on WeChat a numbered choice)."""
    request = ctx.request
    parts = list(parts)
    asked, named = re.subn(rf"(?:^|(?<=\s))[#＃]\s?0*{group_buy.id}(?=\s|$)", " ", question.text)
    if named and asked.strip():  # `/ask #4 …`: the card's number is said apart, not twice
        question = replace(question, text=" ".join(asked.split()))
    if len(question.text) > MAX_QUESTION:  # (rep104 #11) an organiser reads it, and the answer quotes it
        parts.append(t(lang, "question_too_long", most=MAX_QUESTION, length=len(question.text)))
        return [Reply(text="\n".join(parts), language=lang)]
    # never an organiser who is not in this chat: in a group help-selling it (帮卖), its help-seller
    # there; nobody to pass it to but the asker herself: no offer (rep105 #2)
    seller = await _help_sold_here(ctx, group_buy)
    to = (group_buy.organiser_id, group_buy.organiser_name)
    if seller is not None:
        to = (seller.seller_id, seller.seller_name)
    if to[0] == request.user_id:
        return [Reply(text="\n".join(parts) or t(lang, "ask_unknown"), language=lang)]
    role = "" if seller is None else "_seller"
    if parts:
        more = no_buttons.text_key(f"ask_friends_more{role}", request.platform)  # WeChat: reply its number
        parts.append(t(lang, more, organiser=to[1]))
    else:
        offer = no_buttons.text_key(f"ask_unknown_offer{role}", request.platform)
        parts.append(t(lang, offer, organiser=to[1]))
    text = "\n".join(parts)
    kept = await questions.keep(
        ctx.uow,
        question,
        group_buy,
        asker=request.user_id,
        asker_name=request.display_name,
        chat_id=request.chat_id,
        now=ctx.now,
        to=to,
    )
    assert kept.id is not None
    label = t(lang, "btn_ask_seller" if seller is not None else "btn_ask_organiser", organiser=to[1])
    return [Reply(text=text, buttons=((Button(label, QuestionButton(kept.id).pack()),),), language=lang)]


def _names_it(question: Question, group_buy: GroupBuy) -> bool:
    """Whether a question is about `group_buy` by name: its `#12`, or its product (`草莓酸不酸`)."""
    title = group_buy.terms.title
    return question.group_buy_id == group_buy.id or service.question_names_title(question.text, title)


def _ended_facts(group_buy: GroupBuy, lang: str) -> str:
    """A group buy asked about that was called off or failed: what happened (failed: how many of its
    target were taken at the deadline)."""
    about = {"title": group_buy.terms.title, "id": group_buy.id}
    if group_buy.status is GroupBuyStatus.FAILED and group_buy.terms.target > 1:
        target = unit_texts.quantity(group_buy.terms.target, group_buy.terms.unit, lang)
        return t(lang, "ask_failed_why", sold=group_buy.sold, target=target, **about)
    return t(lang, _ENDED[group_buy.status], **about)


def _saying_it(question: str, notes: list[Found]) -> list[Found]:
    """Of the notes on the group buy a question names, those saying a quality it asks (`这个芒果甜吗`:
    `贵妃芒超甜`; `are they sweet?`: "so sweet", "sweeter", or 甜 in the other language), never denied
    (`不甜` says no sweet): these lead the answer, never "they do not mention it" (rep65 #4)."""
    asked = qualities_said(question)
    return [found for found in notes if asked & qualities_said(found.note.text)] if asked else []


async def _notes_on(ctx: Context, group_buy: GroupBuy) -> list[Found]:
    """Friends' notes posted on `group_buy` (not the asker's own, nor one asking), newest first, at most
    `ON_IT_QUOTED`: quoted when none speaks to the question, saying so. Never one hidden or flagged
    (as search leaves them out): what is quoted is what a member may trust."""
    linked = await ctx.uow.recommend.notes_about([group_buy.chat_id], limit=service.LINKED_NOTES)
    left_out = await ctx.uow.moderation.excluded_from_digest(group_buy.chat_id)
    notes = [
        note
        for note, _ in linked
        if note.group_buy_id == group_buy.id
        and note.id not in left_out
        and note.author_id != ctx.request.user_id
        and not asks_itself(note.text)
    ]
    return [
        Found(note, " ".join(note.text.split())[:NOTE_EXCERPT], False, 0.0) for note in notes[:ON_IT_QUOTED]
    ]


async def _ran_before(ctx: Context, group_buy: GroupBuy, lang: str) -> str:
    """A closed group buy the question names: that it closed and who ordered it (the first
    `BUYERS_NAMED` on its list, as its card showed them, and how many more), or that it sold nothing,
    then what to do to buy again. Never who has or has not paid (rep46 #14: "还没有人付款" told the
    group); an organiser's command only to its organiser, everyone else is told to ask her."""
    assert group_buy.id is not None
    about = {"title": group_buy.terms.title, "id": group_buy.id, "organiser": group_buy.organiser_name}
    me = ctx.request.user_id
    own = me == group_buy.organiser_id
    again = t(lang, "ask_closed_reopen_own" if own else "ask_closed_reopen", **about)
    if group_buy.listings:  # 帮卖: each group hears only its own buyers, as its card and the close say
        listing = await _help_sold_here(ctx, group_buy)
        lines = await ctx.uow.listings.lines(
            group_buy.id, None if listing is None else listing.id, limit=BUYERS_READ
        )
    else:
        listing, lines = None, await ctx.uow.group_buys.participants(group_buy.id, limit=BUYERS_READ)
    helped = "" if listing is None else "_helpsold"  # `本群帮卖过 …（团长 王姐，老周 帮卖）` (rep105 #1)
    if listing is not None:
        about["seller"] = listing.seller_name
        if not own:  # to buy again: the help-seller here, who is in this group (the organiser is not)
            key = "ask_helpsold_reopen_own" if me == listing.seller_id else "ask_helpsold_reopen"
            again = t(lang, key, **about)
    if group_buy.status in _ENDED:  # called off, or failed at its deadline: nobody is charged
        said = t(lang, _CLOSED_ENDED[group_buy.status] + helped, **about)
    elif group_buy.status not in service.SOLD or not lines:
        said = t(lang, "ask_closed_unsold" + helped, **about)
    else:
        every = list(dict.fromkeys(line.display_name for line in lines))
        buyers = t(lang, "list_separator").join(every[:BUYERS_NAMED])
        if len(every) > BUYERS_NAMED:
            buyers = t(lang, "ask_closed_more", names=buyers, more=len(every) - BUYERS_NAMED)
        said = t(lang, "ask_closed_sold" + helped, buyers=buyers, **about)
    return t(lang, "two_sentences", first=said, second=again)


async def _help_sold_here(ctx: Context, group_buy: GroupBuy) -> Listing | None:
    """In a group help-selling (帮卖) another group's `group_buy`, its listing there, when a help-seller
    other than its organiser sells it (the organiser listing her own in a group of hers: hers); None
    in its own group or in private."""
    if ctx.is_private:
        return None
    listing = await listings_service.reaches(ctx.uow, group_buy, ctx.request.chat_id)
    return listing if listing is not None and listing.seller_id != group_buy.organiser_id else None


async def _friends_in_my_groups(ctx: Context, question: Question, lang: str) -> list[Reply]:
    """A question in a private chat that no fact answers: what friends said about it in the notes of
    the groups the member is in; none: where to ask instead (the group, whose organiser can answer)."""
    request = ctx.request
    opened = None if question.group_buy_id is not None else await last_opened.recall(ctx)
    if opened is not None and await service.names_another_than(
        ctx.uow, request.platform, request.user_id, question.text, opened.group_buy_id
    ):  # `芒果甜吗` right after opening Longan by its code: the product named wins
        opened = None
    it = question.group_buy_id or (opened.group_buy_id if opened is not None else None)
    said = await service.friends_said_in_my_groups(
        ctx.uow,
        request.platform,
        request.user_id,
        plainly_asked(question.text),  # `芒果不甜吧`: as `芒果甜吗`
        reranker=ctx.reranker,
        it=it,
        opened=opened is not None,
    )
    # `问 #1 甜不甜`: one she named (hers to ask of: refused as `问 #1 什么时候截单` is, else) may go to its
    # organiser, with the button the group gets, never "ask in the group"
    named = None
    if question.group_buy_id is not None:
        named = await service.named_privately(
            ctx.uow, question, asker=request.user_id, platform=request.platform
        )
    if not said:
        tried = product_asked(question.text) if asks_who_tried(question.text) else None
        if tried:  # `has anyone tried the durian?`: no note in her groups mentions it yet
            return [Reply(text=t(lang, "ask_recommend_none_private", subject=tried), language=lang)]
        if named is not None:
            return await _offered(ctx, question, named, [], lang)
        outside = await _none_said_outside(ctx, question, lang)  # in no group: ask the organiser
        return outside or [Reply(text=t(lang, "ask_unknown_private"), language=lang)]
    # about no one group buy, the notes may be of several products: each line names its own
    lines = [await _quoted(ctx, found, lang, named=it is None) for found in said]
    text = t(lang, "ask_friends_said", notes="\n".join(lines))
    if named is not None:
        return await _offered(ctx, question, named, [text], lang)
    return [Reply(text=text, language=lang)]


async def _recommended(ctx: Context, subject: str, lang: str) -> list[Reply]:
    """A request for a recommendation (`求推荐好用的洗碗机`, `can anyone recommend a dentist?`): the friends'
    notes that mention it, as Ask quotes them, each author's level (达人 / 推荐官) by their name; in a
    private chat the notes of her groups. None: one line saying so and what to do, except to a request
    the group heard unasked, which is talk among friends and left alone."""
    request = ctx.request
    tried = ctx.command.recommends and asks_who_tried(ctx.command.rest)  # never `芒果好吃吗`: talk
    if ctx.is_private:
        said = await service.friends_said_in_my_groups(
            ctx.uow, request.platform, request.user_id, subject, reranker=ctx.reranker
        )
    else:  # `anyone tried the kaya?` asks what friends think of it, as `/ask anyone tried the kaya?` does:
        # a note on a group buy of it answers it though it never names it ("so fragrant" on Kaya Jars);
        # in a help-selling group (帮卖) also its home group's notes on the buy help-sold here
        said = await service.friends_said_here(
            ctx.uow,
            request.chat_id,
            ctx.command.rest if tried else subject,
            reranker=ctx.reranker,
            asker=request.user_id,
            open_one=False,
            author=ctx.command.note_author,
        )
    where = not ctx.is_private and asks_where_to_buy(ctx.command.rest)  # `where can I buy these mangoes?`
    selling = await _open_selling(ctx, subject) if where or tried else []  # who tried it: notes, then it
    sold_here = [t(lang, "ask_open_here", title=g.terms.title, id=g.id) for g in selling]
    if not said:
        if sold_here:  # `where can I buy these mangoes?`: the group buy open here is the answer
            return [Reply(text="\n".join(sold_here), language=lang)]
        if ctx.command.recommends:  # one that ran here (`有人买过粽子吗`): answered as `/ask` is, else talk
            question = read(ctx.command.rest)
            chat, me = request.chat_id, request.user_id
            if (tried or where) and await service.closed_named(
                ctx.uow, question, chat_id=chat, asker=me, went_ahead_first=True
            ):
                return await _friends_or_organiser(ctx, question, lang)
            if ctx.command.overheard:  # a mention of the bot is answered: none yet (rep105 #4)
                return []
        key = "ask_recommend_none_private" if ctx.is_private else "ask_recommend_none"
        return [Reply(text=t(lang, key, subject=subject), language=lang)]
    lines = [await _quoted(ctx, found, lang, named=ctx.is_private, level=True) for found in said]
    text = t(lang, "ask_recommended", notes="\n".join(lines))
    ran = None
    if tried and not selling:  # `anyone tried the kaya?`: after the notes, the Kaya buy that ran here
        question = read(ctx.command.rest)
        chat, me = request.chat_id, request.user_id
        ran = await service.closed_named(ctx.uow, question, chat_id=chat, asker=me, went_ahead_first=True)
    after = [await _ran_before(ctx, ran, lang)] if ran is not None else sold_here
    return [Reply(text="\n".join([text, *after]), language=lang)]


async def _open_selling(ctx: Context, subject: str) -> list[GroupBuy]:
    """The group buys open in this chat whose title the subject asked about names (`mangoes`: Hainan
    Mangoes 5kg), at most `EACH_OPEN`."""
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    return [g for g in open_here if service.question_names_title(subject, g.terms.title)][:EACH_OPEN]


async def _friends_best_this_week(ctx: Context, lang: str) -> list[Reply] | None:
    """A private request for any recommendation when For you has no pick (nothing open she has not
    joined): the week's best notes of her groups (each group's `精选`, merged, none of hers), named with
    their group buy and their author's level. None: For you answers as it does (a pick, it is off, or no
    note either)."""
    request = ctx.request
    picks = await for_you.for_member(ctx.uow, platform=request.platform, user_id=request.user_id, now=ctx.now)
    if picks is None or picks:
        return None
    chats = sorted(await ctx.uow.follows.member_chats(identity(request.platform, request.user_id)))
    ranked: list[Ranked] = []
    for chat in chats[:BEST_GROUPS]:
        week = await digest.best(
            ctx.uow, chat, since=ctx.now - WEEK, until=ctx.now + LATER, size=FRIENDS_BEST
        )
        ranked += [r for r in week if r.note.author_id != request.user_id]
    if not ranked:
        return None
    ranked.sort(key=digest_order)
    found = [Found(r.note, " ".join(r.note.text.split())[:NOTE_EXCERPT], r.verified, r.score) for r in ranked]
    lines = [await _quoted(ctx, f, lang, named=True, level=True) for f in found[:FRIENDS_BEST]]
    return [Reply(text=t(lang, "foryou_none_friends_best", notes="\n".join(lines)), language=lang)]


async def _organisers_group_buy(ctx: Context, question: Question) -> GroupBuy | None:
    """The group buy whose organiser a question would go to: the one it names or the chat's one; with
    several open, the newest when one organiser runs them all (else nobody can tell whom it is for)."""
    request = ctx.request
    try:
        found = await service.about(ctx.uow, question, chat_id=request.chat_id, asker=request.user_id)
        if found.is_open or _names_it(question, found) or not service.names_a_product(question.text):
            return found
        return None  # `where to buy durian puffs?` and the chat's last (tea, closed): nobody's to answer
    except DomainError as refusal:
        # a product none here sells (`荔枝甜吗`, only mangoes open): raised, said as such; other words
        # (`口感怎么样`) may be about the chat's group buy
        # (`下次什么时候团海鲜`: a group buy to come is the organiser's to say, though none is open now)
        named = refusal.code == "ask_no_such_group_buy" and service.names_a_product(question.text)
        if named and not asks_next_time(question.text):
            raise
        if question.group_buy_id is not None:
            return None
    open_here = await ctx.uow.group_buys.open_in_chat(request.chat_id)
    organisers = {group_buy.organiser_id for group_buy in open_here}
    return open_here[0] if len(organisers) == 1 else None  # newest first


async def _quoted(ctx: Context, found: Found, lang: str, *, named: bool = False, level: bool = False) -> str:
    """`Note #9 ✅ Bob: “…”`; the author's seller mark as on the note's card (`Note #3 Amy 🏷 Organiser`:
    the organiser's, a help-seller's or a sharer's own word, never a friend's); `named`: with the product
    it is about (`Note #9 ✅ Bob on Lychees (#6): “…”`)."""
    mark = "✅ " if found.verified else ""
    note = found.note
    shown = await note_service.view(ctx.uow, note)
    sells = "".join(f" {t(lang, f'note_mark_{m.value}')}" for m in shown.marks if m is not Mark.VERIFIED)
    name = note.author_name
    if level and shown.level is not Level.NEWCOMER:  # `Eve · 达人`, as by her name on the note's card
        name = f"{name} · {t(lang, f'note_level_{shown.level.value}')}"
    group_buy = shown.group_buy
    if not ctx.is_private and note.chat_id != ctx.request.chat_id and group_buy is not None:
        # 帮卖: a friend of the seller's group, not of this one (`笔记 #1 Cat（团长 Amy 的群）`)
        name = t(lang, "ask_friend_from_seller_group", name=name, organiser=group_buy.organiser_name)
    about = {"id": note.id, "mark": mark, "name": name, "sells": sells, "excerpt": found.snippet}
    if named and group_buy is not None:
        return t(lang, "ask_friend_note_on", title=group_buy.terms.title, group_buy=group_buy.id, **about)
    return t(lang, "ask_friend_note", **about)


async def forward(ctx: Context) -> list[Reply]:
    """转给团长 tapped: the organiser gets the question privately, in their chat's language."""
    question = await questions.forward(ctx.uow, int(ctx.command.rest), actor=ctx.request.user_id, now=ctx.now)
    lang = question.lang
    group_buy = await ctx.uow.group_buys.get(question.group_buy_id)
    organiser_lang = (
        await organiser_language(ctx.uow, group_buy, ctx.memo, ctx.request.platform)
        if group_buy is not None
        else lang
    )
    names = await ctx.uow.chat_names.titles([question.chat_id])
    chat = names.get(question.chat_id) or t(organiser_lang, "share_code_another_chat")
    privately = question.chat_id == question.asker_id  # asked in her private chat (rep93 #7)
    told = t(
        organiser_lang,
        "question_for_organiser_private" if privately else "question_for_organiser",
        name=question.asker_name,
        chat=chat,
        question=question.text,
        qid=question.id,
        id=question.group_buy_id,
    )
    by_seller = group_buy is not None and group_buy.organiser_id != question.organiser_id  # 帮卖's
    toast = t(
        lang,
        "question_forwarded_seller" if by_seller else "question_forwarded",
        organiser=question.organiser_name,
    )
    return [
        Reply(toast=toast, language=lang),
        Reply(text=told, private_to=question.organiser_id, language=organiser_lang),
    ]


FORWARDED_FOR = timedelta(days=7)  # a forwarded question waits this long for a plain answer
MAX_FORWARDED = 20  # the newest questions waiting per organiser


async def answer_in_passing(ctx: Context) -> list[Reply] | None:
    """An organiser's plain private message (no command) while questions forwarded to her wait: with one
    open, it is its answer (`已把回答转给 Jo（问：芒果甜不甜？）。`); with several, she is asked which, each
    listed with its number (`答 2 你的回答`). None: none waits for her answer. What waits is read from the
    questions themselves (forwarded to her in the last `FORWARDED_FOR`, not answered), never from memory
    only this process holds: a restart of the bot without Redis forgets none."""
    if not ctx.is_private or not ctx.request.text.strip():
        return None
    since = ctx.now - FORWARDED_FOR
    waiting = await ctx.uow.questions.waiting_for(ctx.request.user_id, since=since, limit=MAX_FORWARDED)
    if not waiting:
        return None
    lang = await ctx.lang()
    if len(waiting) > 1:
        listed = t(lang, "list_separator").join(
            t(lang, "question_waiting", qid=each.id, name=each.asker_name, question=each.text)
            for each in waiting
        )
        text = t(lang, "question_answer_which", count=len(waiting), questions=listed, qid=waiting[-1].id)
        return [Reply(text=text, language=lang)]
    only = waiting[0]
    assert only.id is not None
    words = ctx.request.text.strip()
    question = await questions.answer(ctx.uow, only.id, words, actor=ctx.request.user_id, now=ctx.now)
    back = await _answer_for_the_asker(ctx, question)
    done = t(lang, "question_answer_taken", name=question.asker_name, question=question.text, qid=only.id)
    return [
        Reply(text=done, language=lang),
        Reply(text=back, private_to=question.asker_id, language=question.lang),
    ]


async def _answer_for_the_asker(ctx: Context, question: AskedQuestion) -> str:
    """The organiser's answer as the asker reads it, in the asker's language (a help-seller's, 帮卖, as
    hers: never "团长")."""
    group_buy = await ctx.uow.group_buys.get(question.group_buy_id)
    by_seller = group_buy is not None and group_buy.organiser_id != question.organiser_id
    return t(
        question.lang,
        "question_answered_seller" if by_seller else "question_answered",
        organiser=question.organiser_name,
        question=question.text,
        answer=question.answer,
    )


async def answer(ctx: Context) -> list[Reply]:
    """答 5 … / `/answer 5 …`: the organiser's answer goes to the asker privately."""
    lang = await ctx.lang()
    number, _, words = ctx.command.rest.strip().lstrip("#＃").partition(" ")
    if not number.isdigit() or len(number) > 9:
        raise DomainError("answer_usage", id=5)
    typed = _TYPED_ANSWER.search(ctx.request.text)  # the words as typed (full-width ，。 kept)
    words = typed.group(1) if typed is not None else words
    question = await questions.answer(ctx.uow, int(number), words, actor=ctx.request.user_id, now=ctx.now)
    back = await _answer_for_the_asker(ctx, question)
    done = t(lang, "question_answer_sent", name=question.asker_name)
    return [
        Reply(text=done, language=lang),
        Reply(text=back, private_to=question.asker_id, language=question.lang),
    ]
