"""Use case of asking (问 / `/ask`): the group buy a question is about, and the facts that answer it;
else what friends said about it in their notes (`friends_said`).

"It" is resolved as people mean it: the group buy named (`#12`), else the one of the chat's open group
buys whose title the question names (a shared two-character Chinese word or English word), else the
newest closed one of the chat whose title it names, when none is open (`closed_named`: 芒果多少钱 after
海南贵妃芒 closed), else the chat's open one (several open: the asker is asked which, as `+1` is).
In a private chat a question is about a group buy named by `#12` that is the asker's business: one they
organise or are on, or one of a group they are in (as For you shows them: `follows.member_chats`), or
for their order, their newest one. A group buy of a group they are not in is one that does not exist.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field

from commerce.domain.ask_relevance import (
    asking_words,
    asks_joined,
    asks_opinion,
    asks_opinion_of_it,
    asks_whether,
    besides_opinion,
    english_products,
    is_product,
    may_name,
    mentions,
    names_english,
    names_in_english,
    names_product,
    names_title,
    opinion_words,
    products_named,
    qualities_said,
    says_all,
    says_beyond_names,
    sides,
    speaks_beyond_products,
    speaks_to,
    stem,
    topic_words,
)
from commerce.domain.asking import Intent, Question, asks_itself, asks_own_code, other_words
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Participant
from commerce.domain.member import identity
from commerce.domain.note_search import MAX_QUERY, excerpt
from commerce.domain.notes import Note
from commerce.domain.order import Order, OrderStatus
from commerce.domain.titles import names, product, same_product
from commerce.ports import NoteReranker, UnitOfWork
from commerce.services import group_buys
from commerce.services.note_search import Found, search_notes
from commerce.services.open_joins import MAX_JOINS
from commerce.services.verified import Verifier

_WORD = re.compile(r"[a-z]{3,}")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_NUMBERED = re.compile(r"[#＃]\s*(\d{1,12})")
LINKED_NOTES = 200  # the chat's newest notes linked to a group buy that Ask weighs with their titles
FRIENDS_QUOTED = 3  # notes quoted in an answer from what friends said
OUTSIDE_READ = 20  # her newest orders, and group buys help-sold in each of her groups, weighed in private
OUTSIDE_ASKED = 10  # of a chat she is not in, the newest of those group buys whose notes are searched
# With a reranker (the `ai` extra): a note that shares too few of the question's words is quoted on its
# meaning alone from this similarity, by the question's language: just above the highest cosine of an
# unanswerable question and a note (multilingual-e5-small, bench/ask.py: 0.884 in Chinese, 0.804 in
# English; the right notes' reach 0.95 and 0.90). And no note is quoted whose meaning is more than
# MEANING_MARGIN below the best one's (a friend's words about something else, however trusted).
MEANING_FLOOR = {"zh": 0.90, "en": 0.86}
MEANING_MARGIN = 0.05
# With a reranker, a note its words keep must be this close in meaning too: just under the least close
# right note the words keep in bench/ask.py (0.882 in Chinese, 0.832 in English).
WORDS_FLOOR = {"zh": 0.87, "en": 0.83}
# A note that shares only the product's name with the question (`芒果是哪里产的`, `这个芒果超甜`) is
# quoted on its meaning: this close (bench/ask.py: "how do I ripen avocados" and its note reach 0.85 in
# English, "when will the mangoes be ripe" and "super sweet" 0.82).
PRODUCT_ONLY_FLOOR = {"zh": MEANING_FLOOR["zh"], "en": 0.845}
WIDER_WORDS = 4  # with a reranker, the notes with any one of the question's first words are candidates


@dataclass(frozen=True)
class Facts:
    """What answers a question: the group buy, and for the asker's own order, their lines and order."""

    question: Question
    group_buy: GroupBuy
    lines: list[Participant] = field(default_factory=list)
    order: Order | None = None


async def facts(
    uow: UnitOfWork, question: Question, *, chat_id: str, private: bool, asker: str, platform: str = ""
) -> Facts:
    """The facts a recognised question asks for (`ask_unknown` when it asks for none Tuan holds);
    `platform` with `asker` is the member (`telegram:123`) whose groups a private question may ask of."""
    if question.intent is None:
        raise DomainError("ask_unknown")
    if private:
        group_buy, order = await _privately(uow, question, asker, platform)
    elif question.intent is Intent.MY_ORDER and question.group_buy_id is None:
        group_buy, order = await _mine_here(uow, question, chat_id=chat_id, asker=asker)
    else:
        group_buy, order = await about(uow, question, chat_id=chat_id, asker=asker), None
    assert group_buy.id is not None
    if question.intent is not Intent.MY_ORDER:
        return Facts(question, group_buy)
    lines = await uow.group_buys.lines_of(group_buy.id, asker)
    if order is None:
        order = next((o for o in await uow.orders.for_buyer(asker) if o.group_buy_id == group_buy.id), None)
    return Facts(question, group_buy, lines, order)


OWN_INTENTS = frozenset({Intent.MY_ORDER, Intent.PICKUP, Intent.PAYMENT})  # asked of her own orders
MINE_LISTED = 5  # of her orders and lines here, the newest an answer lists
_OWING = frozenset({OrderStatus.PENDING_PAYMENT, OrderStatus.PAID})  # to pay, or to pick up
# asked of paying (`多少钱`, `did I pay`): a picked-up order is a paid order still (rep91 #10)
_PAYING = _OWING | {OrderStatus.FULFILLED}
_MINE_PRIVATELY = frozenset({Intent.MY_ORDER, Intent.PAYMENT})  # asked in private: of all of hers


async def _ordered(
    uow: UnitOfWork, question: Question, asker: str, *, chat_id: str | None = None
) -> list[Facts]:
    """The group buys she has an order of (of `chat_id` only, when given), newest first, once each, with
    that order: for pickup and paying, one not picked up yet."""
    found: list[Facts] = []
    seen: set[int] = set()
    orders = [o for o in await uow.orders.for_buyer(asker) if o.status is not OrderStatus.CANCELLED]
    for order in orders:  # newest first
        kept = _PAYING if question.intent is Intent.PAYMENT else _OWING
        if question.intent is not Intent.MY_ORDER and order.status not in kept:
            continue
        group_buy = await uow.group_buys.get(order.group_buy_id)
        if group_buy is None or group_buy.id is None or group_buy.id in seen:
            continue
        if chat_id is not None and group_buy.chat_id != chat_id:
            continue
        seen.add(group_buy.id)
        found.append(Facts(question, group_buy, await uow.group_buys.lines_of(group_buy.id, asker), order))
    return found


async def mine_here(uow: UnitOfWork, question: Question, *, chat_id: str, asker: str) -> list[Facts]:
    """`我买了几斤`, `did I pay`, `when is pickup` in a group, naming no group buy: the asker's own, newest
    first (at most `MINE_LISTED`): each open group buy of the chat she has a line on (hers or a
    friend's she pays for), and each of its group buys she has an order of (for pickup and paying,
    one not picked up yet: the pickup of the one she owes, not of the one open); [] when the question
    names a group buy (`#12`, a title) or she has none here (then answered as any question)."""
    if question.intent not in OWN_INTENTS or question.group_buy_id is not None:
        return []
    open_here = await uow.group_buys.open_in_chat(chat_id)
    asked = (question, chat_id, asker, open_here)
    if _named(open_here, question.text) is not None or await _names_any(uow, *asked):
        return []
    found = await _ordered(uow, question, asker, chat_id=chat_id)
    seen = {f.group_buy.id for f in found}
    for group_buy in open_here:
        if group_buy.id is None or group_buy.id in seen:
            continue
        lines = await uow.group_buys.lines_of(group_buy.id, asker)  # her friends' too: she pays for them
        if lines:
            found.append(Facts(question, group_buy, lines))
    found.sort(key=lambda f: -(f.group_buy.id or 0))
    if question.intent is not Intent.MY_ORDER and not any(f.order is not None for f in found):
        return []  # no order to pick up or pay: the open one she is on answers as before
    if asks_joined(question.text) and all(f.order is not None for f in found):
        return []  # `我跟了吗`, `am I in` on none open: told of the open one, as before
    return found[:MINE_LISTED]


async def mine_everywhere(uow: UnitOfWork, question: Question, *, asker: str) -> list[Facts]:
    """`我买了多少`, `did I pay`, `when is pickup` in her private chat with the bot, naming no group buy by
    number: as `mine_here` answers in a group, but of every group buy she has an order of or an open
    line on, whatever its chat (newest first, at most `MINE_LISTED`). A question naming a product
    (`我买了多少芒果`) keeps those of that title, when one is hers; [] when none is hers (then answered
    as before). Her pickup code (`我的取货码是多少`, `取货码`) is asked of the orders she collects: each
    paid and not picked up yet, with its code, whatever its group (none: [], her newest order answers,
    saying why it shows none); an open line has nothing to pick up yet."""
    if question.intent not in _MINE_PRIVATELY or question.group_buy_id is not None:
        return []
    if asks_own_code(question.text):  # `我的取货码是多少`: every code she may show, never only one
        return await _to_collect(uow, question, asker)
    found = await _ordered(uow, question, asker)
    seen = {f.group_buy.id for f in found}
    for group_buy_id in await uow.views.open_joins_of(asker, limit=MAX_JOINS):
        group_buy = await uow.group_buys.get(group_buy_id)
        if group_buy is None or not group_buy.is_open or group_buy_id in seen:
            continue
        lines = await uow.group_buys.lines_of(group_buy_id, asker)  # her friends' too: she pays for them
        if lines:
            seen.add(group_buy_id)
            found.append(Facts(question, group_buy, lines))
    asked, words = _product_words(question.text)  # `我买了多少芒果`: of that product, when one is hers
    found = [f for f in found if _names(f.group_buy.terms.title, asked, words)] or found
    found.sort(key=lambda f: -(f.group_buy.id or 0))
    if question.intent is not Intent.MY_ORDER and not any(f.order is not None for f in found):
        return []  # no order to pick up or pay: answered as before
    if asks_joined(question.text) and all(f.order is not None for f in found):
        return []  # `我跟了吗`, `am I in` on none open: answered as before
    return found[:MINE_LISTED]


async def _to_collect(uow: UnitOfWork, question: Question, asker: str) -> list[Facts]:
    """Her orders paid and not picked up yet (each with its pickup code) and those she has still to pay
    (their code comes once paid: each named, so she knows how to report paying), newest first, at most
    `MINE_LISTED`."""

    def keep(order: Order) -> bool:
        return order.pickup_code_shown is not None or order.status is OrderStatus.PENDING_PAYMENT

    return await _her_orders(uow, question, asker, keep)


async def _her_orders(
    uow: UnitOfWork, question: Question, asker: str, keep: Callable[[Order], bool]
) -> list[Facts]:
    """The facts of the asker's orders that `keep` keeps, newest first, at most `MINE_LISTED`."""
    found: list[Facts] = []
    for order in await uow.orders.for_buyer(asker):  # newest first
        if not keep(order):
            continue
        group_buy = await uow.group_buys.get(order.group_buy_id)
        if group_buy is not None and group_buy.id is not None:
            lines = await uow.group_buys.lines_of(group_buy.id, asker)
            found.append(Facts(question, group_buy, lines, order))
    return found[:MINE_LISTED]


async def mine_privately(uow: UnitOfWork, question: Question, *, asker: str) -> list[Facts]:
    """`什么时候取货？`, `how do I pay?` in a private chat, naming no group buy: of the asker's own orders
    in any chat, those not picked up yet (for paying, those not paid), newest first (at most
    `MINE_LISTED`); for pickup, once per group buy, with each open one she is on (joined by share
    code, no order yet); [] when the question names one (`#12`) or she has none (then told so)."""
    if question.intent not in (Intent.PICKUP, Intent.PAYMENT) or question.group_buy_id is not None:
        return []
    owing = {OrderStatus.PENDING_PAYMENT} if question.intent is Intent.PAYMENT else _OWING
    found = await _her_orders(uow, question, asker, lambda order: order.status in owing)
    if question.intent is not Intent.PICKUP:
        return found
    # where and when to collect: once for each group buy, and also of each open one she is on (a line
    # joined by share code has no order yet, but its pickup is what she asks about)
    seen: set[int] = set()
    kept: list[Facts] = []
    for each in found:
        if each.group_buy.id is not None and each.group_buy.id not in seen:
            seen.add(each.group_buy.id)
            kept.append(each)
    for group_buy_id in await uow.views.open_joins_of(asker, limit=MAX_JOINS):
        group_buy = await uow.group_buys.get(group_buy_id)
        if group_buy is None or not group_buy.is_open or group_buy_id in seen:
            continue
        lines = await uow.group_buys.lines_of(group_buy_id, asker)
        if lines:
            seen.add(group_buy_id)
            kept.append(Facts(question, group_buy, lines))
    kept.sort(key=lambda f: -(f.group_buy.id or 0))
    return kept[:MINE_LISTED]


CANCELLED_LISTED = 3  # of her cancelled orders, the newest a pickup answer names


@dataclass(frozen=True)
class Cancelled:
    """Her orders cancelled, newest first (at most `CANCELLED_LISTED`), with how many in all, and for
    each product a round of it open now (where `+1 #N` joins again), by its chat."""

    orders: list[tuple[Order, GroupBuy]]
    count: int
    open_again: list[GroupBuy]


async def cancelled_only(
    uow: UnitOfWork, question: Question, *, asker: str, chat_id: str | None = None
) -> Cancelled | None:
    """`什么时候取货`, `when can I pick up?` (naming no group buy by number) from one with nothing to pick
    up (of `chat_id` only, when given: in a group) whose orders there were cancelled: those orders, and
    each open round of their products; None when she has an order to pay or collect there, a line on an
    open group buy there, no cancelled order, or the question names an open group buy (or a product
    none of her cancelled orders is): then answered as before."""
    if question.intent is not Intent.PICKUP or question.group_buy_id is not None:
        return None
    if chat_id is not None:
        open_here = await uow.group_buys.open_in_chat(chat_id)
        if _named(open_here, question.text) is not None:
            return None
        for group_buy in open_here:
            if group_buy.id is not None and await uow.group_buys.lines_of(group_buy.id, asker):
                return None
    elif await uow.views.open_joins_of(asker, limit=1):
        return None
    cancelled: list[tuple[Order, GroupBuy]] = []
    for order in await uow.orders.for_buyer(asker):  # newest first
        bought = await uow.group_buys.get(order.group_buy_id)
        if bought is None or (chat_id is not None and chat_id not in (bought.chat_id, order.chat_id)):
            continue
        if order.status in _OWING:
            return None  # hers to pay or collect: answered as before
        if order.status is OrderStatus.CANCELLED:
            cancelled.append((order, bought))
    if not cancelled:
        return None
    asked, words = _product_words(question.text)  # `when can I pick up the tea?`: of that product
    named = [(o, g) for o, g in cancelled if _names(g.terms.title, asked, words)]
    if not named and chat_id is not None:
        closed = await uow.group_buys.closed_in_chat(chat_id)
        if any(_names(g.terms.title, asked, words) for g in closed):
            return None  # another product of this group's, none of hers: answered as before
    cancelled = named or cancelled
    again: list[GroupBuy] = []
    for _, group_buy in cancelled[:CANCELLED_LISTED]:
        for other in await uow.group_buys.open_in_chat(group_buy.chat_id):
            fresh = other.id not in {g.id for g in again}
            if fresh and same_product(other.terms.title, group_buy.terms.title):
                again.append(other)
    return Cancelled(cancelled[:CANCELLED_LISTED], len(cancelled), again)


async def _names_any(
    uow: UnitOfWork, question: Question, chat_id: str, asker: str, open_here: list[GroupBuy]
) -> bool:
    """Whether a question names one of the chat's group buys by its title (whole, or as `_names`)."""
    if await _titled_whole(uow, question, chat_id=chat_id, asker=asker, open_here=open_here) is not None:
        return True
    asked, words = _product_words(question.text)
    if not asked and not words:
        return False
    closed = await uow.group_buys.closed_in_chat(chat_id)
    return any(_names(g.terms.title, asked, words) for g in [*open_here, *closed])


async def about(uow: UnitOfWork, question: Question, *, chat_id: str, asker: str) -> GroupBuy:
    """The group buy a question asked in a group is about: named by `#12`, else by its title, else the
    chat's open one. A question naming a product no open group buy here is about (`葡萄还有吗` where
    only mangoes are sold, `how much are the mangoes` where only 赣南脐橙 is) is refused with what is
    open, never answered with another product's facts; first, when a closed one here was of it, that
    that one has closed or ended unsold (`芒果还有吗` after 海南贵妃芒 closed)."""
    if question.group_buy_id is None:
        open_here = await uow.group_buys.open_in_chat(chat_id)
        whole = await _titled_whole(uow, question, chat_id=chat_id, asker=asker, open_here=open_here)
        if whole is not None:  # `烟台苹果还剩多少` beside 苹果: the title typed whole wins
            return whole
        named = _named(open_here, question.text)
        hers = await _askers_named(uow, question, chat_id=chat_id, asker=asker, open_here=open_here)
        if hers is not None and (named is None or hers.status not in ENDED):
            return hers  # her unpaid 荔枝 #1, not the copy #4 that failed without her
        if named is not None:
            return named
        if not open_here:  # none open: the closed one it names, not the newest of any (榴莲 for 芒果)
            before = await closed_named(uow, question, chat_id=chat_id, open_here=open_here)
            if before is not None:
                return before
        # `大米还有吗`: 大 only asks elsewhere (多大), yet 大米 is the product asked about
        products = [p for p in products_named(question.text) if _CJK_RUN.fullmatch(p)]
        other = other_words(question.text, asking_words()) + english_products(question.text)
        other += [p for p in products if not any(p in word for word in other)]
        # `芒果甜吗` on Mangoes: 芒果 inside 芒果甜 names it by its English name (the product-name table)
        said = [*other, *(p for p in products if p not in other)]
        if open_here and other and not any(_shares(word, g.terms.title) for word in said for g in open_here):
            oldest_first = sorted(open_here, key=lambda g: g.id or 0)
            choices = " · ".join(f"#{g.id} {g.terms.title}" for g in oldest_first)
            example = oldest_first[0].id  # the example names one open here, never a made-up #12
            # `荔枝甜吗`: 荔枝, not 荔枝甜 (an English product as typed: `lychees`)
            words = next((p for p in products if any(p in word for word in other)), other[0])
            before = await closed_named(uow, question, chat_id=chat_id, open_here=open_here)
            if before is not None:
                title, number = before.terms.title, before.id
                if before.status in SOLD:
                    raise DomainError(
                        "ask_closed_not_open", title=title, id=number, choices=choices, example=example
                    )
                if before.status is GroupBuyStatus.CANCELLED:  # 已取消: nobody charged
                    raise DomainError(
                        "ask_cancelled_not_open",
                        title=title,
                        id=number,
                        choices=choices,
                        words=words,
                        example=example,
                    )
                if before.status is GroupBuyStatus.FAILED:  # 未成团，已结束
                    raise DomainError(
                        "ask_failed_not_open",
                        title=title,
                        id=number,
                        choices=choices,
                        words=words,
                        example=example,
                    )
                raise DomainError(
                    "ask_ended_not_open", title=title, id=number, choices=choices, example=example
                )
            raise DomainError("ask_no_such_group_buy", words=words, choices=choices, example=example)
    return await group_buys.find(uow, chat_id=chat_id, group_buy_id=question.group_buy_id, member=asker)


SOLD = frozenset({GroupBuyStatus.SUCCEEDED, GroupBuyStatus.FULFILLED})  # closed with orders
ENDED = frozenset({GroupBuyStatus.CANCELLED, GroupBuyStatus.FAILED})  # no pickup, nobody charged


def names_a_product(text: str) -> bool:
    """Whether a question names a product (`荔枝甜吗`, `are the lychees sweet`: `products_named`)."""
    return bool(products_named(text))


async def closed_named(
    uow: UnitOfWork,
    question: Question,
    *,
    chat_id: str,
    open_here: list[GroupBuy] | None = None,
    asker: str | None = None,
    went_ahead_first: bool = False,
) -> GroupBuy | None:
    """The newest of the chat's closed group buys (at most `MAX_CLOSED_LISTED`) whose title a question
    names (`有人买过芒果吗`, `anyone tried the mangoes`: 海南贵妃芒, Mangoes 5kg), when it names no open one
    here; None when it names `#12` (that one is about), an open one, or none. With `asker`, one she is
    on or has an order of first (`_hers`): her 荔枝 #1, not the copy #4 that failed without her; then,
    `went_ahead_first` (a question of its quality), first the newest that went ahead with buyers in
    this group (its own, or 帮卖 its listing's: the round help-sold here last, rep105 #1), then as
    above, then one that went ahead, never a called-off copy of it she had nothing to do with."""
    if question.group_buy_id is not None:
        return None
    if open_here is None:
        open_here = await uow.group_buys.open_in_chat(chat_id)
    asked, words = _product_words(question.text)
    if any(_names(g.terms.title, asked, words) for g in open_here):
        return None
    closed = await uow.group_buys.closed_in_chat(chat_id)  # newest first
    named = [g for g in closed if _names(g.terms.title, asked, words)]
    sold = [g for g in named if g.status in SOLD] if went_ahead_first else []  # before a called-off copy
    for group_buy in sold[:ROUNDS_WEIGHED]:  # the newest round that sold in this group (rep105 #1)
        if await _bought_in(uow, group_buy, chat_id):
            return group_buy
    hers = await _hers(uow, named, asker) if asker is not None else []
    return next(iter(hers or sold or named), None)


ROUNDS_WEIGHED = 5  # of the closed rounds a question names, the newest looked at for buyers in its group


async def _bought_in(uow: UnitOfWork, group_buy: GroupBuy, chat_id: str) -> bool:
    """Whether `group_buy` has lines made in `chat_id`: its own group's, or (帮卖) those of its listing
    there."""
    assert group_buy.id is not None
    if group_buy.chat_id == chat_id:
        listing_id = None
    else:
        listing = await uow.listings.in_chat(group_buy.id, chat_id)
        if listing is None:
            return False
        listing_id = listing.id
    return await uow.listings.count_lines(group_buy.id, listing_id) > 0


def question_names_title(text: str, title: str) -> bool:
    """Whether a question's words name the product `title` sells (`芒果酸吗`: 海南贵妃芒 5斤), as
    `closed_named` reads them."""
    asked, words = _product_words(text)
    return _names(title, asked, words)


def _product_words(text: str) -> tuple[set[str], list[str]]:
    """What of a question may name a title (`_names`): its `_keys`, and its words that may name a
    product (Chinese runs left once the asking is taken out, products named, English products)."""
    words = other_words(text, asking_words()) + products_named(text)
    return _keys(text), [word for word in words if _CJK_RUN.search(word)] + english_products(text)


async def _hers(uow: UnitOfWork, group_buys: list[GroupBuy], asker: str) -> list[GroupBuy]:
    """Those of `group_buys` the asker has a line in (hers or a friend's) or an order of: first those
    that did not end unsold (her order and its pickup), then the newest."""
    numbers = [g.id for g in group_buys if g.id is not None]
    if not numbers:
        return []
    joined = await uow.group_buys.joined_among(numbers, asker)
    joined |= {order.group_buy_id for order in await uow.orders.for_buyer(asker)}
    hers = [g for g in group_buys if g.id in joined]
    return sorted(hers, key=lambda g: (g.status in ENDED, -(g.id or 0)))


async def _askers_named(
    uow: UnitOfWork, question: Question, *, chat_id: str, asker: str, open_here: list[GroupBuy]
) -> GroupBuy | None:
    """Of the chat's group buys (open, or closed: at most `MAX_CLOSED_LISTED`) whose title a question
    names, the one the asker is on or has an order of (`_hers`); None when she is on none of them."""
    if question.group_buy_id is not None:
        return None
    asked, words = _product_words(question.text)
    if not asked and not words:
        return None
    closed = await uow.group_buys.closed_in_chat(chat_id)  # newest first
    named = [g for g in [*open_here, *closed] if _names(g.terms.title, asked, words)]
    hers = await _hers(uow, named, asker)
    return hers[0] if hers else None


async def _titled_whole(
    uow: UnitOfWork, question: Question, *, chat_id: str, asker: str, open_here: list[GroupBuy]
) -> GroupBuy | None:
    """The open group buy whose title a question names whole, the longest such title of the chat's
    group buys (open or closed) first: `烟台苹果还剩多少` is 烟台苹果 beside 苹果, `苹果多少钱` is 苹果, as
    the which-question's answer (`group_buys.titled`). Of several of that title (a copy opened again),
    the one she is on or owes (`_hers`, not ended), else the open one. None when the longest title named
    is of no open group buy (a closed one: told as before) or none is named whole."""
    if question.group_buy_id is not None or not open_here:
        return None
    closed = await uow.group_buys.closed_in_chat(chat_id)
    named = [g for g in [*open_here, *closed] if _names_whole(question.text, g.terms.title)]
    if not named:
        return None
    longest = max(len(product(g.terms.title)) for g in named)
    same = [g for g in named if len(product(g.terms.title)) == longest]
    if len({product(g.terms.title) for g in same}) != 1 or same[0].id not in {g.id for g in open_here}:
        return None
    hers = [g for g in await _hers(uow, same, asker) if g.status not in ENDED]
    return hers[0] if hers else same[0]


def _names_whole(text: str, title: str) -> bool:
    """Whether a question names a title whole (spaces, case and punctuation aside): a Chinese one of two
    characters or more inside it, an English one as whole words (`rice`, not in `price`; `apples`)."""
    key = product(title)
    if key.isascii():
        phrase = r"\W+".join(re.escape(word) for word in re.findall(r"\w+", title.casefold()))
        return bool(phrase) and re.search(rf"\b{phrase}(?:e?s)?\b", text.casefold()) is not None
    return len(key) >= 2 and names(text, title)


def _names(title: str, asked: set[str], words: list[str]) -> bool:
    """Whether a question (its `_keys`, the words that may name a product) names a title: a Chinese
    word as people shorten it (`names_product`), an English one at the start of a word of it, plurals
    folded, or by its Chinese names (`names_english`: `mangoes` and 海南贵妃芒)."""
    if asked & _keys(title):
        return True
    return any(
        names_product(word, title) if _CJK_RUN.search(word) else names_english(word, title) for word in words
    )


async def _mine_here(
    uow: UnitOfWork, question: Question, *, chat_id: str, asker: str
) -> tuple[GroupBuy, Order | None]:
    """`我付了吗` in a group, no number: the group buy it names (one she is on first: `我的大米订单呢`),
    else the asker's newest order in this chat (open or closed: what they paid is what they ask about;
    `我跟了吗`, `am I in`: the chat's one open group buy first), else the chat's one open group buy, else
    asked which, as any question."""
    open_here = await uow.group_buys.open_in_chat(chat_id)
    whole = await _titled_whole(uow, question, chat_id=chat_id, asker=asker, open_here=open_here)
    if whole is not None:  # `我的烟台苹果订单呢` beside 苹果: the title typed whole
        return whole, None
    named = _named(open_here, question.text)
    hers = await _askers_named(uow, question, chat_id=chat_id, asker=asker, open_here=open_here)
    if hers is not None and (named is None or hers.status not in ENDED):  # `我的大米订单呢`: hers
        return hers, None
    if named is None and not (len(open_here) == 1 and asks_joined(question.text)):
        for order in await uow.orders.for_buyer(asker):  # newest first
            found = await uow.group_buys.get(order.group_buy_id)
            if found is not None and found.chat_id == chat_id:
                return found, order
    return named or await about(uow, question, chat_id=chat_id, asker=asker), None


def _shares(word: str, title: str) -> bool:
    """Whether a word of the question may name the title: a Chinese character in common (`芒果` and
    `贵妃芒`: people shorten titles their own way), not only a generic one (`水果` and 苹果: 果); an
    English product word by `names_english` (`oranges` and 赣南脐橙, `avocado` and Hass Avocados)."""
    return may_name(word, title) if _CJK_RUN.search(word) else names_english(word, title)


async def named_in_chats(uow: UnitOfWork, question: Question, chats: list[str]) -> GroupBuy | None:
    """The one group buy open in `chats` (a member's groups) whose product the question names, if exactly
    one does: a private `荔枝还剩多少？` is of 荔枝 (#3), never "say its number" (review 95 #9)."""
    open_there = [group_buy for chat in chats for group_buy in await uow.group_buys.open_in_chat(chat)]
    return _named(open_there, question.text)


def _named(open_here: list[GroupBuy], text: str) -> GroupBuy | None:
    """The one open group buy whose title the question names, if exactly one does."""
    asked = _keys(text)
    found = [g for g in open_here if asked & _keys(g.terms.title)]
    if not found:  # `芒果多少钱` and 贵妃芒: the product's characters in one title only; `mangoes`, 芒
        other = other_words(text, asking_words())  # `芒果甜吗`: 芒果甜, and the product 芒果 in it
        other += [p for p in products_named(text) if _CJK_RUN.fullmatch(p) and p not in other]
        english = english_products(text)
        found = [
            g
            for g in open_here
            if any(names_product(word, g.terms.title) for word in other)
            or any(names_english(word, g.terms.title) for word in english)
        ]
    return found[0] if len(found) == 1 else None


def _keys(text: str) -> set[str]:
    """Two-character runs of Chinese, and English words of three letters or more."""
    folded = text.casefold()
    pairs = {run[i : i + 2] for run in _CJK_RUN.findall(folded) for i in range(len(run) - 1)}
    return pairs | (set(_WORD.findall(folded)) - asking_words())


async def named_privately(uow: UnitOfWork, question: Question, *, asker: str, platform: str) -> GroupBuy:
    """In private, the group buy a question names by its number (`问 #1 甜不甜`), if it is the asker's
    business; else refused (`ask_not_yours`), as a fact asked of it is."""
    assert question.group_buy_id is not None
    group_buy, _ = await _privately(uow, question, asker, platform)
    return group_buy


async def _privately(
    uow: UnitOfWork, question: Question, asker: str, platform: str
) -> tuple[GroupBuy, Order | None]:
    """In private: the group buy named, if it is the asker's business (`_concerns`); for their order
    without a number, their newest order."""
    if question.group_buy_id is None:
        if question.intent is not Intent.MY_ORDER:
            raise DomainError("ask_which_private")
        newest = next(iter(await uow.orders.for_buyer(asker)), None)
        if newest is None:
            raise DomainError("ask_no_orders")
        found = await uow.group_buys.get(newest.group_buy_id)
        assert found is not None
        return found, newest
    found = await uow.group_buys.get(question.group_buy_id)
    if found is None or found.id is None or not await _concerns(uow, found, asker, platform):
        raise NotFound("ask_not_yours", id=question.group_buy_id)
    return found, None


async def _concerns(uow: UnitOfWork, group_buy: GroupBuy, asker: str, platform: str) -> bool:
    """Whether a group buy is the asker's business: she organises it, is on it or has an order of it,
    or it is one of a group she is in (For you shows her those: `follows.member_chats`)."""
    assert group_buy.id is not None
    if group_buy.organiser_id == asker or await uow.group_buys.lines_of(group_buy.id, asker):
        return True
    if any(order.group_buy_id == group_buy.id for order in await uow.orders.for_buyer(asker)):
        return True
    return bool(platform) and group_buy.chat_id in await uow.follows.member_chats(identity(platform, asker))


async def friends_said(
    uow: UnitOfWork,
    chat_id: str,
    question: str,
    *,
    reranker: NoteReranker | None = None,
    asker: str | None = None,
    open_one: bool = True,
    it: int | None = None,
    author: str = "",
) -> list[Found]:
    """The chat's notes that speak to the question, best first, at most `FRIENDS_QUOTED`; never the
    asker's own (what friends said is what others said); the question naming whose note it asks of
    (`author`: `阿花说的芒果哪里买`), only hers when one of hers is found.

    Without a reranker (the lexical ranking): the notes the search finds, and those posted on the group
    buy the question names (`#5`, or its title: `龙井` and 西湖龙井), whose title counts among their
    words; less a note about another product than the one the question names (`荔枝超甜吗`: not
    `这个芒果超甜`), and those sharing too few of the question's words (commerce.domain.ask_relevance:
    better "I can't answer that" than a friend's words about something else), or none in their own text
    (the search counts a note's title among its words: the title alone says nothing of the question),
    a question asking only what friends think of a product (`asks_opinion`) counting it as said by a
    note linked to a group buy of it;
    a note whose author bought what it is about first, then the more trusted author, then the better
    match (the search's rank).

    With one (`pip install -e .[ai]`, bot/rerank.py), meaning weighs in, and the rules above still hold:
    - candidates: those notes, and the notes with any one of the question's words (a search for all of
      them misses the note that says the rest in other words);
    - the relevance floor: a note the lexical floor keeps is quoted when its similarity reaches
      WORDS_FLOOR too, and when it shares only the product's name with the question (`芒果是哪里产的`,
      `这个芒果超甜`) PRODUCT_ONLY_FLOOR; any note on its meaning alone when it reaches MEANING_FLOOR
      (each by the question's language, Chinese or not); then none more than MEANING_MARGIN below the
      best; the reranker reads a note after the title of the group buy it is on; a question that asks
      only what friends think of a product (`is the tea good?`, `asks_opinion`) also quotes the notes
      the lexical ranking keeps, however they score;
    - the order: verified purchases first, then the more trusted author, then the closer in meaning.
    A reranker that cannot score (its model failed to load: no scores) leaves the lexical ranking.
    """
    numbered = _NUMBERED.search(question)
    words = " ".join(_NUMBERED.sub(" ", question).split())[:MAX_QUERY]
    if not any(char.isalnum() for char in words):
        return []
    linked = await uow.recommend.notes_about([chat_id], limit=LINKED_NOTES)
    open_here = await uow.group_buys.open_in_chat(chat_id)
    titles = _titles(linked, open_here)
    found = await search_notes(uow, chat_id, words, limit=FRIENDS_QUOTED * 3)
    bare = _unasked(words)  # `are they sweet?` searched as `sweet` too: the asking words drown no note
    if bare and bare != words.casefold():
        seen = {f.note.id for f in found}
        found += [
            f
            for f in await search_notes(uow, chat_id, bare, limit=FRIENDS_QUOTED * 3)
            if f.note.id not in seen
        ]
    terms = found[0].terms if found else _rough_terms(words)
    gid = int(numbered.group(1)) if numbered else it  # `#6`, or the one she opened in private
    found += await _linked(uow, chat_id, linked, (words, gid, terms), {f.note.id for f in found})
    it = gid if gid is not None else (open_here[0].id if len(open_here) == 1 and open_one else None)
    of_it: set[int | None] = set()
    only = await _its_product(uow, it, titles) if it is not None else None
    if only is not None and gid is None:  # the chat's one open group buy, the question naming no other
        only = None if _names_another(words, only, titles) else only
    if it is not None and asks_opinion_of_it(words, terms):  # `are they good?`, `好吃吗`: "it"
        found += await _on_it(uow, chat_id, linked, (words, it, terms), {f.note.id for f in found})
        title = titles.get(it, "").casefold()  # its notes, and those on its copies (再开一团)
        of_it = {
            f.note.id
            for f in found
            if f.note.group_buy_id == it or (title and _about(f.note, titles).casefold() == title)
        }
    found = [f for f in found if asker is None or f.note.author_id != asker]  # not the asker's own
    found = [f for f in found if not asks_itself(f.note.text)]  # a note asking is no answer
    found = _by_author(found, author)
    if only is not None:  # of "it" named or known: notes on its product only, never another's
        found = [f for f in found if await _on_product(uow, f.note, only, titles)]
    named = products_named(words)
    about = {f.note.id: _about(f.note, titles) for f in found}
    # a note on one of the products it names (`are the mangoes sweeter than the lychees?`: on either)
    of = {f.note.id: [p for p in named if mentions(f.note.text, p, about[f.note.id])] for f in found}
    found = [f for f in found if of[f.note.id] or not named]
    typed = english_products(words)  # `kaya`, `mangoes`: a note on 咖椰酱 mentions it in Chinese
    also = {  # 贵妃芒 mentions 芒果
        n: " ".join([p for p in of[n] if _CJK_RUN.search(p)] + [w for w in typed if stem(w) in of[n]])
        for n in of
    }
    whole = {f.note.id: f"{about[f.note.id]} {f.note.text} {also[f.note.id]}".strip() for f in found}
    opinion = asks_opinion(words, terms, titles.values()) or bool(of_it)
    asked = (besides_opinion(words, terms) if opinion else []) or terms  # `有人买过芒果吗`: 芒果
    quoted = [f for f in found if speaks_to(whole[f.note.id], asked)]
    topic = topic_words(terms)  # the note itself says one of them: its group buy's title alone does not,
    # but asked only what friends think of a product (`anyone tried the durian?`), a note linked to a
    # group buy of it is about it ("creamy and sweet" on Durian Musang King), as one naming it is;
    # asked whether it is so (`芒果酸吗`, `芒果贵吗`, `asks_whether`), one of the other words, not inside a
    # product's name (贵妃芒); asked how (`葡萄怎么保存`), a note may say it in other words (放冰箱能放一周)
    strict = not opinion and asks_whether(words)
    others = [word for word in topic if not is_product(word, titles.values())] if strict else []
    # a note's own text names a product as the search finds it, by a kind of it (`mentions`, as
    # storage.segment.shortened: 贵妃芒 says 芒果), never by its group buy's title alone
    kinds = {
        f.note.id: " ".join(p for p in also[f.note.id].split() if _own_mention(f.note.text, p))
        for f in quoted
    }
    own = {f.note.id: _says_asked(f"{f.note.text} {kinds[f.note.id]}", others, topic, titles) for f in quoted}
    heard = {
        f.note.id
        for f in quoted
        if speaks_beyond_products(whole[f.note.id], terms, titles.values()) and (not strict or own[f.note.id])
    }
    relevance = {f.note.id: f.score for f in found}
    products = [word for word in topic if is_product(word, titles.values())] if opinion else []
    lexical = [
        f
        for f in quoted
        if own[f.note.id] or (about[f.note.id] and any(mentions("", w, about[f.note.id]) for w in products))
    ]
    lexical += [f for f in found if f.note.id in of_it and f not in lexical]  # what friends think of "it"
    if reranker is not None and found:
        wider = await _wider(uow, chat_id, found, topic_words(terms))
        wider = [
            f
            for f in wider
            if not named or any(mentions(f.note.text, p, _about(f.note, titles)) for p in named)
        ]
        wider = [f for f in wider if asker is None or f.note.author_id != asker]
        wider = _by_author([f for f in wider if not asks_itself(f.note.text)], author)
        if only is not None:
            wider = [f for f in wider if await _on_product(uow, f.note, only, titles)]
        texts = [_with_title(f.note, titles) for f in wider]
        meaning = await reranker.scores(words, texts)
        if len(meaning) == len(wider):  # else it could not score: the lexical ranking serves
            relevance = {f.note.id: score for f, score in zip(wider, meaning, strict=True)}
            lang = "zh" if _CJK_RUN.search(words) else "en"
            said = {f.note.id for f in quoted}  # kept by their words, maybe by the product's name alone
            quoted = _close_in_meaning(wider, heard, said, relevance, lang)
            if strict and len(others) == 1:  # asked only whether it is so (`芒果酸吗`, `are they sweet?`):
                # a note saying so in its own words, never one close in meaning alone (`同事买过这个芒果，
                # 很香` says nothing of 酸); a question saying more (`my honey went solid, is it bad?`)
                # may be answered in other words
                quoted = [f for f in quoted if _says_asked(f.note.text, others, topic, titles)]
            kept = {f.note.id for f in quoted}
            if opinion:  # any friend's word on it answers it
                quoted += [f for f in lexical if f.note.id not in kept]
            else:  # a note saying in its own text every word asked (`is it sweet`: "So sweet") answers
                # it however low a short question scores, within MEANING_MARGIN of the best still
                quoted += _saying_all(lexical, quoted, relevance, (terms, list(titles.values())))
        else:
            quoted = lexical
    else:
        quoted = lexical
    trust = {f.note.author_id: await uow.trust.trust_of(chat_id, f.note.author_id) for f in quoted}
    quoted.sort(key=lambda f: (not f.verified, -trust[f.note.author_id], -relevance[f.note.id]))
    shown = quoted[:FRIENDS_QUOTED]
    asked_sides = sides(words)
    if asked_sides is None or not shown:
        return shown
    shown_on = {_about(f.note, titles) for f in shown} - {""}

    async def on_it(f: Found) -> bool:
        if only is not None:
            return await _on_product(uow, f.note, only, titles)
        if named:
            return any(mentions(f.note.text, p, _about(f.note, titles)) for p in named)
        about = _about(f.note, titles)
        return bool(about) and any(same_product(about, title) for title in shown_on)

    pool = quoted[FRIENDS_QUOTED:] + [f for f in found if f not in quoted]
    for quality in asked_sides:
        pool += await search_notes(uow, chat_id, quality, limit=FRIENDS_QUOTED * 3)
    return await _both_sides(shown, pool, asked_sides, keep=on_it, asker=asker)


async def friends_said_here(
    uow: UnitOfWork,
    chat_id: str,
    question: str,
    *,
    reranker: NoteReranker | None = None,
    asker: str | None = None,
    open_one: bool = True,
    author: str = "",
) -> list[Found]:
    """`friends_said` in a group (`open_one` as there), and when the group buy asked about is help-sold
    (帮卖) here from another group (`help_sold_asked`), also its home group's notes posted on that group
    buy (`芒果甜吗？` in 公司群: Cat's `芒果超甜` in Amy's group): verified purchases first, each chat's
    order kept, at most `FRIENDS_QUOTED`. Never a note of the home group about anything else."""
    said = await friends_said(
        uow, chat_id, question, reranker=reranker, asker=asker, open_one=open_one, author=author
    )
    home = await help_sold_asked(uow, chat_id, question)
    if home is None or home.id is None:
        return said
    found = await friends_said(
        uow, home.chat_id, question, reranker=reranker, asker=asker, open_one=False, it=home.id, author=author
    )
    seen = {f.note.id for f in said}
    titles = {home.id: home.terms.title}
    it = _Product(home.id, home.terms.title)  # its notes, and those on its earlier rounds (`/reopen`)
    said += [
        f
        for f in found
        if f.note.group_buy_id is not None
        and f.note.id not in seen
        and await _on_product(uow, f.note, it, titles)
    ]
    said.sort(key=lambda f: not f.verified)  # stable: this chat's own first among equals
    asked_sides = sides(question)
    if asked_sides is None:
        return said[:FRIENDS_QUOTED]
    return await _both_sides(
        said[:FRIENDS_QUOTED], said[FRIENDS_QUOTED:], asked_sides, keep=_kept, asker=asker
    )


async def help_sold_asked(uow: UnitOfWork, chat_id: str, question: str) -> GroupBuy | None:
    """The group buy of another group that a question asked in `chat_id` is about, help-sold (帮卖)
    here: the one it names by `#12`, else the chat's one open group buy (the question naming no other
    product), else the only one open here whose title it names. None when it is about one of this
    chat's own, or none."""
    numbered = _NUMBERED.search(question)
    if numbered:
        group_buy = await uow.group_buys.get(int(numbered.group(1)))
        if group_buy is None or group_buy.id is None or group_buy.chat_id == chat_id:
            return None
        return group_buy if await uow.listings.in_chat(group_buy.id, chat_id) is not None else None
    open_here = await uow.group_buys.open_in_chat(chat_id)
    if len(open_here) > 1:
        open_here = [g for g in open_here if question_names_title(question, g.terms.title)]
    if len(open_here) != 1 or open_here[0].chat_id == chat_id or open_here[0].id is None:
        return None
    it = _Product(open_here[0].id, open_here[0].terms.title)  # `榴莲甜吗` beside the mangoes: not "it"
    words = " ".join(question.split())[:MAX_QUERY]
    return None if _names_another(words, it, {it.group_buy_id: it.title}) else open_here[0]


async def _both_sides(
    shown: list[Found],
    pool: list[Found],
    asked_sides: tuple[str, str],
    *,
    keep: Callable[[Found], Awaitable[bool]],
    asker: str | None,
) -> list[Found]:
    """The notes quoted, and when notes on the product disagree on the quality asked (`问 #1 甜吗`:
    one says 超甜, another 有点酸; `ask_words.json` "opposites") while those quoted say only one side,
    the first note of `pool` saying the other (one more line): never one side hiding the other."""
    said = [qualities_said(f.note.text) for f in shown]
    seen = {f.note.id for f in shown}
    for side in asked_sides:
        if any(side in qualities for qualities in said) or not any(said):
            continue
        for f in pool:
            if (
                f.note.id in seen
                or (asker is not None and f.note.author_id == asker)
                or asks_itself(f.note.text)
            ):
                continue
            if side in qualities_said(f.note.text) and await keep(f):
                seen.add(f.note.id)
                shown = [*shown, f]
                break
    return shown


async def friends_said_in_my_groups(
    uow: UnitOfWork,
    platform: str,
    user_id: str,
    question: str,
    *,
    reranker: NoteReranker | None = None,
    it: int | None = None,
    opened: bool = False,
) -> list[Found]:
    """A question asked in a private chat (`is the durian good?`): `friends_said` in each chat the member
    is in (none of the member's own notes), verified purchases first, then each chat's best in turn, at
    most `FRIENDS_QUOTED`. About one group buy (`it`: `#6` in the question, or the one she just opened
    there by its share code, `opened`): only notes on its product, in her chats and in its own chat when
    it is her business (`_concerns`) or she opened it. In a chat she is not in, only the notes posted on
    a group buy she may read there (`outside_reach`: hers, help-sold in her group, or `it`), so every
    note quoted is one `笔记 N` then shows her."""
    numbered = _NUMBERED.search(question)
    it = int(numbered.group(1)) if numbered else it
    chats = await uow.follows.member_chats(identity(platform, user_id))
    outside: dict[str, set[int]] = {}
    if it is not None:
        group_buy = await uow.group_buys.get(it)
        if (
            group_buy is not None
            and group_buy.chat_id not in chats
            and (opened or await _concerns(uow, group_buy, user_id, platform))
        ):
            outside[group_buy.chat_id] = {it}
    else:
        outside = await outside_reach(uow, platform, user_id, chats)
    said: list[Found] = []
    for chat in sorted(chats):
        said += await friends_said(
            uow, chat, question, reranker=reranker, asker=user_id, open_one=False, it=it
        )
    for chat, readable in sorted(outside.items()):
        for gid in sorted(readable)[-OUTSIDE_ASKED:]:
            found = await friends_said(
                uow, chat, question, reranker=reranker, asker=user_id, open_one=False, it=gid
            )
            seen = {f.note.id for f in said}
            said += [f for f in found if f.note.group_buy_id in readable and f.note.id not in seen]
    said.sort(key=lambda f: not f.verified)  # stable: each chat's own order kept
    asked_sides = sides(question)
    if asked_sides is None:
        return said[:FRIENDS_QUOTED]
    return await _both_sides(
        said[:FRIENDS_QUOTED], said[FRIENDS_QUOTED:], asked_sides, keep=_kept, asker=user_id
    )


async def outside_reach(
    uow: UnitOfWork, platform: str, user_id: str, chats: Collection[str]
) -> dict[str, set[int]]:
    """Per chat the member is not in (`chats`: those she is), the group buys whose notes she may read in
    private: those she bought (an order of), and those help-sold (帮卖) in a group she is in. Nothing
    else of a group she is not in reaches her."""
    reach: dict[str, set[int]] = {}
    wanted = [order.group_buy_id for order in (await uow.orders.for_buyer(user_id))[:OUTSIDE_READ]]
    for chat in sorted(chats):
        wanted += [listing.group_buy_id for listing in await uow.listings.listed_in(chat, limit=OUTSIDE_READ)]
    for gid in dict.fromkeys(wanted):
        group_buy = await uow.group_buys.get(gid)
        if group_buy is not None and group_buy.chat_id not in chats:
            reach.setdefault(group_buy.chat_id, set()).add(gid)
    return reach


async def may_read(uow: UnitOfWork, platform: str, user_id: str, note: Note) -> bool:
    """Whether a note of a group she is not in is hers to read in private (`笔记 9`): it is posted on a
    group buy she is on or bought, or one help-sold (帮卖) in a group she is in (`outside_reach`)."""
    if note.group_buy_id is None:
        return False
    group_buy = await uow.group_buys.get(note.group_buy_id)
    if group_buy is None or group_buy.chat_id != note.chat_id:
        return False
    if await uow.group_buys.lines_of(note.group_buy_id, user_id):
        return True
    if any(order.group_buy_id == note.group_buy_id for order in await uow.orders.for_buyer(user_id)):
        return True
    chats = await uow.follows.member_chats(identity(platform, user_id))
    return any(listing.chat_id in chats for listing in await uow.listings.of_group_buy(note.group_buy_id))


async def _kept(found: Found) -> bool:
    """Every note `friends_said` gave is on what was asked (`_both_sides` in a private chat)."""
    return True


async def names_another_than(uow: UnitOfWork, platform: str, user_id: str, question: str, it: int) -> bool:
    """Whether a private question names a product other than group buy `it` (the one she just opened by
    its share code): a product word not about its title, or a word of the title of another group buy
    open or with notes in her groups (`海南贵妃芒甜吗` right after opening Longan). The product named wins."""
    group_buy = await uow.group_buys.get(it)
    if group_buy is None:
        return False
    words = " ".join(_NUMBERED.sub(" ", question).split())[:MAX_QUERY]
    titles: dict[int, str] = {}
    for chat in sorted(await uow.follows.member_chats(identity(platform, user_id))):
        linked = await uow.recommend.notes_about([chat], limit=LINKED_NOTES)
        titles.update(_titles(linked, await uow.group_buys.open_in_chat(chat)))
    titles[it] = group_buy.terms.title
    return _names_another(words, _Product(it, group_buy.terms.title), titles)


@dataclass(frozen=True)
class _Product:
    """The group buy a question is about, for the notes that may answer it: its number and title (its
    own notes, and those on earlier group buys of the same product, `titles.same_product`)."""

    group_buy_id: int
    title: str


async def _its_product(uow: UnitOfWork, it: int, titles: dict[int, str]) -> _Product | None:
    title = titles.get(it)
    if title is None:
        group_buy = await uow.group_buys.get(it)
        if group_buy is None:
            return None
        title = titles[it] = group_buy.terms.title
    return _Product(it, title)


def _names_another(words: str, it: _Product, titles: dict[int, str]) -> bool:
    """Whether a question names a product other than "it" (`荔枝甜吗` with mangoes open): a product word
    not about its title, or a word of another title here."""
    if any(not mentions("", p, it.title) for p in products_named(words)):
        return True
    asked = _keys(words)
    return any(asked & _keys(t) for t in titles.values() if not same_product(t, it.title))


async def _on_product(uow: UnitOfWork, note: Note, it: _Product, titles: dict[int, str]) -> bool:
    """Whether a note is on "it": linked to it or an earlier group buy of the same product, or linked to
    none and naming no other product (`products` in ask_words.json, or a word of another title here)."""
    if note.group_buy_id is None:
        if any(not mentions("", p, it.title) for p in products_named(note.text)):
            return False
        others = [_keys(t) for t in titles.values() if not same_product(t, it.title)]
        return not (_keys(note.text) & (set().union(*others) - _keys(it.title)))
    if note.group_buy_id == it.group_buy_id:
        return True
    title = titles.get(note.group_buy_id)
    if title is None:
        group_buy = await uow.group_buys.get(note.group_buy_id)
        title = titles[note.group_buy_id] = group_buy.terms.title if group_buy is not None else ""
    return note.group_buy_id < it.group_buy_id and same_product(title, it.title)


def _says_asked(text: str, others: list[str], topic: list[str], titles: dict[int, str]) -> bool:
    """Whether a note's own text says what is asked: one of `others` (a yes/no question's words besides
    the products, `酸` of `芒果酸吗`) beyond the products' names, or, with none, one of the topic words."""
    if others:
        return says_beyond_names(text, others, titles.values())
    return any(speaks_to(text, [word]) for word in topic)


def _by_author(found: list[Found], author: str) -> list[Found]:
    """The notes by the friend a question names as their author (her name as on her notes, case aside),
    when there is one of hers; else all of them (the question of the product alone)."""
    name = author.strip().casefold()
    hers = [f for f in found if name and f.note.author_name.strip().casefold() == name]
    return hers or found


def _own_mention(text: str, product: str) -> bool:
    """Whether a note's own text (not its group buy's title) names `product`, typed in English or Chinese."""
    return mentions(text, product if _CJK_RUN.search(product) else stem(product), "")


def _titles(linked: list[tuple[Note, str]], open_here: list[GroupBuy]) -> dict[int, str]:
    """The titles of the chat's group buys that are open or have notes, by number."""
    titles = {g.id: g.terms.title for g in open_here if g.id is not None}
    for note, title in linked:
        if note.group_buy_id is not None:
            titles.setdefault(note.group_buy_id, title)
    return titles


def _about(note: Note, titles: dict[int, str]) -> str:
    return titles.get(note.group_buy_id, "") if note.group_buy_id is not None else ""


def _with_title(note: Note, titles: dict[int, str]) -> str:
    """A note as the reranker reads it: the title of the group buy it is linked to, then its words."""
    title = _about(note, titles)
    return f"{title}：{note.text}" if title else note.text


def _unasked(words: str) -> str:
    """An English question's words less those that only ask (`is`, `it`, `are`, `they`, …; Chinese is
    cut by the search itself): "" when no English word is left or none was taken out."""
    english = re.findall(r"[a-z0-9']+", words.casefold())
    kept = [word for word in english if word not in asking_words()]
    return " ".join(kept) if kept and len(kept) < len(english) and not _CJK_RUN.search(words) else ""


def _rough_terms(words: str) -> tuple[str, ...]:
    """The question's words when the search found no note to cut them by: English words, and Chinese
    runs split at the words that only ask and at the opinion words (`有人试过咖椰吗`: 咖椰)."""
    folded = words.casefold()
    for word in sorted(asking_words() | opinion_words(), key=len, reverse=True):
        if _CJK_RUN.search(word):
            folded = folded.replace(word, " ")
    return tuple(dict.fromkeys(_CJK_RUN.findall(folded) + re.findall(r"[a-z0-9]+", folded)))


async def _linked(
    uow: UnitOfWork,
    chat_id: str,
    linked: list[tuple[Note, str]],
    asked_as: tuple[str, int | None, tuple[str, ...]],
    seen: set[int | None],
) -> list[Found]:
    """Notes linked to the group buy the question (`asked_as`: its words, `#N`, terms) names (`#5`, or
    by its title: `龙井` and 西湖龙井; in the other language by `in_chinese`: `pineapple` and 台湾凤梨,
    `荔枝` and Lychees), which the search misses when they do not name the product."""
    words, gid, terms = asked_as
    asked = _keys(words)
    products = [w for w in topic_words(terms) if len(w) > 1 and _CJK_RUN.search(w)]
    english = english_products(words)
    left_out = await uow.moderation.excluded_from_digest(chat_id)
    verifier = Verifier(uow)
    candidates: list[Found] = []
    for note, title in linked:
        if note.id in seen or note.id in left_out or note.group_buy_id is None:
            continue
        if gid is not None:
            if note.group_buy_id != gid:
                continue
        elif not (
            asked & _keys(title)
            or any(
                is_product(w, [title]) and (names_title(w, title) or names_in_english(w, title))
                for w in products
            )
            or any(names_english(w, title) for w in english)
        ):
            continue
        full = await uow.notes.get(note.id or 0)
        if full is None or full.chat_id != chat_id:
            continue
        seen.add(note.id)
        candidates.append(Found(full, excerpt(full.text, terms), await verifier.verified(full), 0.0, terms))
    return candidates


async def _on_it(
    uow: UnitOfWork,
    chat_id: str,
    linked: list[tuple[Note, str]],
    asked_as: tuple[str, int, tuple[str, ...]],
    seen: set[int | None],
) -> list[Found]:
    """The notes on the group buy "it" (`asked_as`: the question's words, its number, terms) and on
    the group buys of its title (its copies: a note on #1 speaks of #2 opened again from it)."""
    words, it, terms = asked_as
    title = next((t.casefold() for note, t in linked if note.group_buy_id == it), None)
    if title is None:
        gb = await uow.group_buys.get(it)
        title = gb.terms.title.casefold() if gb is not None and gb.chat_id == chat_id else ""
    same = {it} | {note.group_buy_id for note, t in linked if title and t.casefold() == title}
    found: list[Found] = []
    for number in sorted(g for g in same if g is not None):
        found += await _linked(uow, chat_id, linked, (words, number, terms), seen)
    return found


async def _wider(uow: UnitOfWork, chat_id: str, found: list[Found], topic: list[str]) -> list[Found]:
    """The notes found, then those with any one of the question's topic words (each note once)."""
    seen = {f.note.id for f in found}
    wider = list(found)
    for word in topic[:WIDER_WORDS] if len(topic) > 1 else ():
        for more in await search_notes(uow, chat_id, word, limit=FRIENDS_QUOTED * 2):
            if more.note.id not in seen:
                seen.add(more.note.id)
                wider.append(more)
    return wider


def _saying_all(
    lexical: list[Found],
    quoted: list[Found],
    meaning: dict[int | None, float],
    asked: tuple[tuple[str, ...], list[str]],
) -> list[Found]:
    """The notes the words keep that are not `quoted` and say every word asked (`says_all`), none more
    than MEANING_MARGIN below the best of them and those quoted."""
    terms, titles = asked
    kept = {f.note.id for f in quoted}
    more = [f for f in lexical if f.note.id not in kept and says_all(f.note.text, terms, titles)]
    best = max((meaning.get(f.note.id, 0.0) for f in [*quoted, *more]), default=0.0)
    return [f for f in more if meaning.get(f.note.id, 0.0) >= best - MEANING_MARGIN]


def _close_in_meaning(
    found: list[Found],
    heard: set[int | None],
    said: set[int | None],
    meaning: dict[int | None, float],
    lang: str,
) -> list[Found]:
    """The notes over the relevance floor (kept by their words and close enough in meaning, or on their
    meaning alone), within MEANING_MARGIN of the best of them."""
    kept = [
        f
        for f in found
        if (f.note.id in heard and meaning[f.note.id] >= WORDS_FLOOR[lang])
        or (f.note.id in said and meaning[f.note.id] >= PRODUCT_ONLY_FLOOR[lang])
        or meaning[f.note.id] >= MEANING_FLOOR[lang]
    ]
    best = max((meaning[f.note.id] for f in kept), default=0.0)
    return [f for f in kept if meaning[f.note.id] >= best - MEANING_MARGIN]
