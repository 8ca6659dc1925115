"""A friend's share code opened in a private chat with the bot shows the card, which says `发 +1`: the
`+1` (`我要两份`, `-1`) typed there next joins that group buy as the card's Join button would, without
the code typed again (handlers.last_opened); a bare `+1` there with nothing opened lately is told to add
the code, never that "this group" has no group buy."""

from __future__ import annotations

import re

from handlers.sharing import share_payload
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

CODE = re.compile(r"团\d+-[2-9A-HJKMNP-Z]{4}")
NEEDS_CODE = (
    "私聊里没有团购可跟：请带上群友给你的分享码发，例如 +1 团12-K7QM（先发分享码可以看卡片）；"
    "或者在团购所在的群里发 +1。没有任何改动。"
)
# a bare `+1` tells no language: from someone whose language nothing else tells, both
NEEDS_CODE_BOTH = (
    f"{NEEDS_CODE}\n\nThere is no group buy to join in a private chat: send it with the share code a friend "
    "gave you, e.g. +1 12-K7QM (the code alone shows its card), or send +1 in the group buy's group chat. "
    "Nothing was changed."
)


async def shared(room: Chat) -> str:
    """Amy's mangoes in the family group; Bob's share code to them."""
    await room.say("amy", "接龙 海南贵妃芒 价格 88 成团 2")
    found = CODE.search(room.shared(await room.say("bob", "分享")))
    assert found is not None
    return found.group(0)


async def test_plus_one_after_opening_a_code_in_private_joins_that_group_buy() -> None:
    factory = FakeUnitOfWorkFactory()
    room = fake_chat(factory)
    code = await shared(room)
    [card] = await room.say("lili", code, private=True)
    assert card.text.endswith("还没有人跟团，发 +1 抢第一个")

    joined = await room.say("lili", "+1", private=True)
    assert room.said(joined) == "你已跟团：1 × 海南贵妃芒（#1）。当前 ¥88/份。"
    # the group's card, and her copy of it (handlers.card_copies)
    assert [(r.card_of, r.chat_id) for r in joined if r.is_card] == [(1, "family"), (card.card_of, "lili")]
    more = room.said(await room.say("lili", "我要两份", private=True))
    assert more == "你已跟团：又加 2 份，现在共 3 × 海南贵妃芒（#1）。当前 ¥88/份。🎉 已成团！"
    fewer = room.said(await room.say("lili", "-1", private=True))
    assert fewer == "你现在是 2 × 海南贵妃芒（#1）。当前 ¥88/份。"
    assert "1. Lili ×2" in await room.card()
    await room.say("amy", "截单")
    [order] = [o for o in factory.state.orders.values() if o.buyer_id == "lili"]
    assert order.sharer_id == "bob" and order.total == 176_00  # Bob's friend, as with `+1 团1-…`


async def test_a_bare_join_in_private_with_nothing_opened_asks_for_the_code() -> None:
    room = fake_chat()
    await shared(room)
    assert room.said(await room.say("dan", "+1", private=True)) == NEEDS_CODE_BOTH
    assert room.said(await room.say("dan", "我要两份", private=True)) == NEEDS_CODE
    english = room.said(await room.say("dan", "/join", private=True, language="en"))
    assert english.startswith("There is no group buy to join in a private chat: send it with the share code")
    assert "Dan" not in await room.card()


async def test_the_code_is_remembered_for_a_day_then_asked_for_again() -> None:
    clock = FakeClock()
    room = fake_chat(clock=clock)
    code = await shared(room)
    await room.say("lili", code, private=True)
    clock.advance(hours=23)
    assert room.said(await room.say("lili", "+1", private=True)).startswith("你已跟团：1 ×")
    clock.advance(hours=2)  # opened more than a day ago: a `+1` does not extend it
    assert room.said(await room.say("lili", "+1", private=True)) == NEEDS_CODE_BOTH


async def test_each_member_joins_the_group_buy_they_opened() -> None:
    room = fake_chat()
    code = await shared(room)
    await room.say("amy", "接龙 苹果 价格 30")
    apples = CODE.search(room.shared(await room.say("bob", "分享 #2")))
    assert apples is not None
    await room.say("lili", code, private=True)
    await room.say("xiaohong", apples.group(0), private=True)
    assert "海南贵妃芒（#1）" in room.said(await room.say("lili", "+1", private=True))
    assert "苹果（#2）" in room.said(await room.say("xiaohong", "+1", private=True))
    refused = room.said(await room.say("lili", "+1 #2", private=True))  # another number: as before
    assert refused.startswith("私聊里不能直接操作团购 #2")


async def test_plus_one_after_a_telegram_link_joins_its_group_buy() -> None:
    room = fake_chat(payment_secret="s3cret")
    await shared(room)
    payload = share_payload(1, "bob", "s3cret")
    [card] = await room.say("eve", f"/start {payload}", private=True, language="en")
    assert card.text.startswith("🛒 海南贵妃芒 (#1)")
    joined = room.said(await room.say("eve", "+1", private=True, language="en"))
    assert joined.startswith("You're in: 1 × 海南贵妃芒 (#1).")
    assert "Eve ×1" in await room.card()
