"""rep88 #3: 李姐 took Kim off 散养土鸡蛋 (`踢出 @Kim`), then Kim pasted the old list
`#接龙 散养土鸡蛋⏎1. 张阿姨 2⏎2. 小美 1⏎3. Kim 1` and was back on the card (`4. Kim ×1`), nobody told; on
粽子 likewise after `踢出 #2 @小美`. A pasted line that would put back a member the organiser took off is
refused, saying so and whom to ask, nothing changed; a `+1` she types still joins."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

EGGS = "接龙 散养土鸡蛋 价格 45 库存 8 截止 明天20:00"
ZONGZI = "接龙 粽子 规格 大盒:60,小盒:35 截止 明天20:00"
REFUSED = (
    "团长 李姐 已把你移出 {title}（#{id}），这份旧名单没有把你加回去，没有任何改动。"
    "要重新跟团请先问团长 李姐。"
)


async def test_a_removed_member_is_not_put_back_by_an_old_list() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", EGGS, name="李姐")
    await chat.say("zhang", "+2", name="张阿姨")
    await chat.say("kim", "+1", name="Kim")
    removed = chat.said(await chat.say("lijie", "踢出 @Kim", name="李姐", mentions=["kim"]))
    assert "Kim" in removed and "移出" in removed, removed
    card = await chat.card(1)

    reply = chat.said(await chat.say("kim", "#接龙 散养土鸡蛋\n1. 张阿姨 2\n2. Kim 1", name="Kim"))

    assert reply == REFUSED.format(title="散养土鸡蛋", id=1), reply
    assert await chat.card(1) == card
    assert "Kim" not in card

    again = chat.said(await chat.say("kim", "+1", name="Kim"))  # typed: she may have asked 李姐
    assert again.startswith("Kim 跟团：1 × 散养土鸡蛋（#1）"), again


async def test_a_removed_member_is_not_put_back_on_an_option() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", ZONGZI, name="李姐")
    await chat.say("laowang", "+2 大盒", name="老王")
    await chat.say("xiaomei", "+1 大盒", name="小美")
    await chat.say("lijie", "踢出 @小美", name="李姐", mentions=["xiaomei"])
    card = await chat.card(1)

    reply = chat.said(await chat.say("xiaomei", "#接龙 粽子\n1. 老王 大盒 2\n2. 小美 大盒 1", name="小美"))

    assert reply == REFUSED.format(title="粽子", id=1), reply
    assert await chat.card(1) == card


async def test_a_member_not_removed_still_joins_by_a_pasted_list() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", EGGS, name="李姐")
    await chat.say("kim", "+1", name="Kim")
    await chat.say("lijie", "踢出 @Kim", name="李姐", mentions=["kim"])

    reply = chat.said(await chat.say("zhang", "#接龙 散养土鸡蛋\n1. Kim 1\n2. 张阿姨 2", name="张阿姨"))

    assert reply.startswith("张阿姨 跟团：2 × 散养土鸡蛋（#1）"), reply
