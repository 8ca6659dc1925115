"""Share to earn in the chat: `分享` gives a member their code (and on Telegram their link), a friend types
the code or joins with it, the order made at the close names the sharer; the organiser's `佣金 5%`."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from commerce.domain.order import Order
from handlers.sharing import share_payload
from handlers.types import Request
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

USAGE = (
    "Write the sharers' rate as a percent from 0 to 50, e.g. /commission 5% or /commission #1 2.5% "
    "(0 stops it)."
)
CODE = re.compile(r"团\d+-[2-9A-HJKMNP-Z]{4}")
# a word where the rate goes is named, nothing changed (review 99 #12)
NOT_A_RATE = (
    "“{word}” is not a sharers' rate, so nothing was changed. "
    "Write it as a percent from 0 to 50, e.g. /commission 5% or /commission #1 2.5% (0 stops it)."
)


def code_in(text: str) -> str:
    found = CODE.search(text)
    assert found is not None, text
    return found.group(0)


def order_of(factory: FakeUnitOfWorkFactory, buyer: str) -> Order:
    [order] = [o for o in factory.state.orders.values() if o.buyer_id == buyer]
    return order


@pytest.fixture
def factory() -> FakeUnitOfWorkFactory:
    return FakeUnitOfWorkFactory()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def room(factory: FakeUnitOfWorkFactory, clock: FakeClock) -> Chat:
    return fake_chat(factory, clock=clock)


async def bobs_code(room: Chat) -> str:
    await room.say("amy", "/groupbuy Mangoes price 88")
    await room.say("bob", "+1")
    return code_in(room.shared(await room.say("bob", "分享")))


async def test_share_gives_the_member_a_short_code_that_stays_theirs(room: Chat) -> None:
    await room.say("amy", "/groupbuy Mangoes price 88")
    answer = room.shared(await room.say("bob", "分享"))
    code = code_in(answer)
    assert answer == (
        f"你的Mangoes（#1）分享码：{code}\n"
        f"朋友发“{code}”可查看，发“+1 {code}”即跟团（在群里或私聊机器人都行）。"
        f"不打“团”字写 {code.removeprefix('团')} 也行。"
        "\nMangoes（#1）没有设分享佣金：朋友用你的链接或分享码跟团，不给你记佣金；"
        "团长设了分享佣金后（团卡会显示“💰 分享赚”）才有。"
    )
    assert code_in(room.shared(await room.say("bob", "分享 #1"))) == code  # the same again
    english = room.shared(await room.say("bob", "/share", language="en"))
    assert english.startswith(f"Your share code for Mangoes (#1): {code.removeprefix('团')}\n")  # no 团
    assert code_in(room.shared(await room.say("cat", "分享"))) != code  # each member their own


async def test_a_friend_joining_with_the_code_is_the_sharers_at_the_close(
    room: Chat, factory: FakeUnitOfWorkFactory
) -> None:
    code = await bobs_code(room)
    joined = room.said(await room.say("eve", f"+2 {code} 3号楼"))
    assert joined.startswith("Eve is in: 2 × Mangoes (#1). Note: 3号楼. Now ¥88 each.")
    assert "Eve ×2" in await room.card()
    await room.say("amy", "截单")
    assert order_of(factory, "eve").sharer_id == "bob"
    assert order_of(factory, "bob").sharer_id is None  # his own code does not count for him
    assert order_of(factory, "eve").total == 176_00


async def test_typing_the_code_alone_shows_the_card_and_counts_as_the_visit(
    room: Chat, factory: FakeUnitOfWorkFactory
) -> None:
    code = await bobs_code(room)
    replies = await room.say("eve", code)
    assert room.cards(replies) == [(1, True)]
    await room.say("eve", "+1")
    await room.say("amy", "截单")
    assert order_of(factory, "eve").sharer_id == "bob"


async def test_in_a_private_chat_the_code_opens_a_signed_card_and_joins_from_there(
    room: Chat, factory: FakeUnitOfWorkFactory
) -> None:
    code = await bobs_code(room)
    [shown] = await room.say("eve", code, private=True, language="en")
    assert shown.text.startswith("🛒 Mangoes (#1)") and shown.card_of not in (None, 1)  # a copy, kept fresh
    assert [b.data.rsplit(":", 1)[0] for row in shown.buttons for b in row][:1] == ["gp:join:1"]
    replies = await room.say("eve", f"+1 {code}", private=True, language="en")
    assert [(r.card_of, r.chat_id) for r in replies if r.is_card] == [(1, "family"), (shown.card_of, "eve")]
    assert "Eve ×1" in await room.card()
    refused = room.said(await room.say("dan", "+1 #1", private=True, language="en"))  # no code: as before
    assert refused.startswith("In a private chat I can't act on group buy #1")
    await room.say("amy", "/close")
    assert order_of(factory, "eve").sharer_id == "bob"


async def test_a_code_typed_in_another_group_says_where_and_records_nothing(
    room: Chat, factory: FakeUnitOfWorkFactory
) -> None:
    room.title = "家庭群"
    await room.say("amy", "/groupbuy Mangoes price 88")
    code = code_in(room.shared(await room.say("bob", "分享")))
    other = Chat(room.app, chat_id="office")
    answer = other.said(await other.say("eve", f"+1 {code}"))
    assert answer == f"{code} 是Mangoes的分享码，这个团在「家庭群」。请私聊我发送 {code} 查看并跟团。"
    assert factory.state.visits == [] and "Eve" not in await room.card()


@pytest.mark.parametrize("typed", ["团1-2222", "团9-ABCD", "+1 团1-XYZW"])
async def test_a_code_the_bot_did_not_give_changes_nothing(
    room: Chat, factory: FakeUnitOfWorkFactory, typed: str
) -> None:
    await bobs_code(room)
    answer = room.said(await room.say("eve", typed))  # in the group's language, as `+1` (an English card)
    assert answer.endswith(" is not a share code I gave. Ask your friend to send it again."), answer
    assert factory.state.visits == [] and "Eve" not in await room.card()


async def test_a_member_on_the_list_before_any_link_is_nobodys(
    room: Chat, factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    code = await bobs_code(room)
    await room.say("eve", "+1")
    clock.advance(minutes=5)
    await room.say("eve", code)  # opened after joining: the link did not bring her
    await room.say("eve", f"+1 {code}")
    await room.say("amy", "截单")
    assert order_of(factory, "eve").sharer_id is None


async def test_the_last_link_opened_wins_and_the_window_limits_it(
    factory: FakeUnitOfWorkFactory, clock: FakeClock
) -> None:
    room = fake_chat(factory, clock=clock)
    await room.say("amy", "/groupbuy Mangoes price 88 ends 20d")
    bob = code_in(room.shared(await room.say("bob", "分享")))
    cat = code_in(room.shared(await room.say("cat", "分享")))
    await room.say("dan", bob, private=True)
    clock.advance(days=8)  # Dan's visit is older than the 7-day window by the time he joins
    await room.say("dan", "+1")
    await room.say("eve", bob, private=True)
    clock.advance(hours=1)
    await room.say("eve", cat, private=True)
    await room.say("eve", "+1")
    await room.say("amy", "截单")
    assert order_of(factory, "eve").sharer_id == "cat"
    assert order_of(factory, "dan").sharer_id is None


async def test_a_longer_window_is_a_setting(factory: FakeUnitOfWorkFactory, clock: FakeClock) -> None:
    room = fake_chat(factory, clock=clock, attribution_window=timedelta(days=30))
    await room.say("amy", "/groupbuy Mangoes price 88 ends 20d")
    bob = code_in(room.shared(await room.say("bob", "分享")))
    await room.say("dan", f"+1 {bob}")
    clock.advance(days=8)
    await room.say("amy", "截单")
    assert order_of(factory, "dan").sharer_id == "bob"
    help_text = room.said(await room.say("dan", "分享帮助"))
    assert "30 天内最后打开的那个链接或分享码" in help_text


async def test_a_visit_after_payment_changes_nothing(room: Chat, factory: FakeUnitOfWorkFactory) -> None:
    code = await bobs_code(room)
    cat = code_in(room.shared(await room.say("cat", "分享")))
    await room.say("eve", f"+1 {code}")
    await room.say("amy", "截单")
    order = order_of(factory, "eve")
    await room.say("amy", f"已收 {order.number}")
    await room.say("eve", cat)
    await room.say("eve", cat, private=True)
    assert order_of(factory, "eve").sharer_id == "bob"


async def test_the_telegram_share_gives_the_signed_link_too(room: Chat) -> None:
    await room.say("amy", "/groupbuy Mangoes price 88")
    replies = await room.app.handle(Request("telegram", "family", "7", "Bob", text="/share", language="en"))
    assert room.said(replies) == "Bob, I've sent you your share link in a private message."  # the group's
    text = room.private(replies)["7"]  # her own link: privately
    link = f"https://t.me/tuan_bot?start={share_payload(1, '7', room.app.config.payment_secret)}"
    assert text.startswith(f"Your link to Mangoes (#1): {link}\nOr your code: 1-")


async def test_one_visit_query_per_batch_of_orders(factory: FakeUnitOfWorkFactory) -> None:
    room = fake_chat(factory)
    await room.say("amy", "/groupbuy Mangoes price 88")
    bob = code_in(room.shared(await room.say("bob", "分享")))
    for n in range(120):
        await room.say(f"m{n}", f"+1 {bob}" if n % 2 else "+1")
    factory.state.visit_reads = 0
    await room.say("amy", "截单")
    await room.app.finish_orders(1)
    assert factory.state.visit_reads == 3  # 120 buyers, batches of 50
    sharers = {o.buyer_id: o.sharer_id for o in factory.state.orders.values()}
    assert len(sharers) == 120
    assert all(sharers[f"m{n}"] == ("bob" if n % 2 else None) for n in range(120))


# -- the organiser's rate ------------------------------------------------------------------------------
async def test_the_organiser_sets_the_rate_and_the_card_says_it(
    room: Chat, factory: FakeUnitOfWorkFactory
) -> None:
    await room.say("amy", "/groupbuy Mangoes price 88")
    replies = await room.say("amy", "佣金 5%")
    assert room.said(replies) == "分享赚：Mangoes（#1）的分享者按 5% 计佣金（以其链接带来的订单实付金额计）。"
    assert room.cards(replies) == [(1, False)]
    assert factory.state.group_buys[1].sharer_rate_bp == 500
    assert "💰 Share and earn 5%: /share for your link" in await room.card()
    shared = room.shared(await room.say("bob", "分享"))
    assert shared.endswith("分享赚 5%：你带来的买家付款后按此比例计佣金（发“分享帮助”看规则）。")
    assert room.said(await room.say("amy", "/commission #1 2.5%", language="en")).startswith(
        "Share and earn: sharers of Mangoes (#1) earn 2.5%"
    )
    assert factory.state.group_buys[1].sharer_rate_bp == 250
    assert (
        room.said(await room.say("amy", "佣金 0")) == "Mangoes（#1）已关闭分享赚：之后的付款不再计分享佣金。"
    )
    assert "Share and earn" not in await room.card()
    assert room.said(await room.say("amy", "佣金")) == "#1 的分享佣金是 0%。修改：佣金 5%（0 为关闭）。"


@pytest.mark.parametrize(
    ("user", "typed", "answer"),
    [
        ("amy", "佣金 60%", "佣金比例须在 0% 到 50% 之间，60% 不行，没有任何改动。"),
        ("amy", "/commission 5 percent", NOT_A_RATE.format(word="5 percent")),
        ("amy", "佣金 100.5%", "佣金比例须在 0% 到 50% 之间，100.5% 不行，没有任何改动。"),
        ("amy", "/commission #1 abc", NOT_A_RATE.format(word="abc")),
        ("bob", "佣金 5%", "只有团长（Amy）可以这样做，没有任何改动。"),
    ],
)
async def test_a_wrong_rate_gets_one_message_and_changes_nothing(
    room: Chat, factory: FakeUnitOfWorkFactory, user: str, typed: str, answer: str
) -> None:
    await room.say("amy", "/groupbuy Mangoes price 88")
    assert room.said(await room.say(user, typed)) == answer
    assert factory.state.group_buys[1].sharer_rate_bp == 0
    assert "Share and earn" not in await room.card()


async def test_an_admin_may_set_the_rate(room: Chat, factory: FakeUnitOfWorkFactory) -> None:
    await room.say("amy", "/groupbuy Mangoes price 88")
    room.admins.add("cat")
    await room.say("cat", "佣金 3%")
    assert factory.state.group_buys[1].sharer_rate_bp == 300


async def test_help_share_states_the_rule(room: Chat) -> None:
    english = room.said(await room.say("bob", "/help share", language="en"))
    assert english.startswith("Share and earn\nYour link: /share")
    assert "the last link or code they opened in the 7 days before joining" in english
    assert room.said(await room.say("bob", "帮助 分享")).startswith("分享赚\n")
    assert room.said(await room.say("bob", "分享帮助")).startswith("分享赚\n")
