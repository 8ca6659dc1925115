"""rep92 #1: on 月饼 (大盒 sold out, 小盒 限购 2) 小红 pasted `4. 小红 大盒1 小盒3` and read only that 大盒
was sold out (`还有 小盒 可以跟，例如 +1 #7 小盒`): nothing said 小盒3 was over the limit, so her next try was
refused again. A pasted line naming two options, one sold out, says the sold-out one was not added and how
to wait; both refused, each is named with its why, nothing joined."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, chat_in, fake_chat

MOONCAKES = "接龙 月饼 规格 大盒:98:1,小盒:58 限购 2 截止 明天20:00"
LIST = "#接龙 月饼\n1. 阿May 大盒 ×1\n2. {name} 大盒1 小盒{small}"


async def _sold_out_big(opening: str, first: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", opening, name="李姐")
    await chat.say("amay", first, name="阿May")
    return chat


async def test_one_option_sold_out_is_said_beside_the_one_joined() -> None:
    chat = await _sold_out_big(MOONCAKES, "+1 大盒")

    reply = chat.said(await chat.say("xiaoqing", LIST.format(name="小青", small=2), name="小青"))

    assert reply.startswith("小青 跟团：2 × 月饼 小盒（#1）"), reply
    assert "没有加上：抱歉，月饼 大盒 已经卖完了。想候补请发“候补 #1 大盒 1”" in reply, reply
    card = await chat.card(1)
    assert "小青 小盒 ×2" in card and "小青 大盒" not in card, card


async def test_both_options_refused_name_each_why() -> None:
    chat = await _sold_out_big(MOONCAKES, "+1 大盒")

    reply = chat.said(await chat.say("xiaohong", LIST.format(name="小红", small=3), name="小红"))

    assert "月饼 大盒 已经卖完了。想候补请发“候补 #1 大盒 1”" in reply, reply
    assert "月饼 小盒 每人限购 2 份" in reply, reply
    assert reply.endswith("没有任何改动。"), reply
    assert "还有 小盒 可以跟" not in reply, reply  # 小盒3 was refused too
    assert "小红" not in await chat.card(1)


async def test_both_options_refused_in_english() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Dumplings options pork:20:1,veg:18 limit 2 ends tomorrow 20:00")
    await chat.say("may", "+1 pork", name="May")

    reply = chat.said(await chat.say("sam", "#接龙 Dumplings\n1. May pork 1\n2. Sam pork1 veg3", name="Sam"))

    assert "Dumplings pork is sold out" in reply, reply
    assert "veg" in reply and "limit" in reply.lower(), reply
    assert reply.endswith("Nothing was changed."), reply
    assert "Sam" not in await chat.card(1)
