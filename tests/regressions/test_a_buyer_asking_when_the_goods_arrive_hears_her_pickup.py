"""Review 74 #2: after the close, `什么时候到`, `粽子什么时候到？`, `鸡蛋到了吗`, `什么时候到货` got
no reply in the group, `@Tuan 粽子什么时候到` an answer about buying again naming every buyer (a
refunded one too), and `什么时候到` in private 我没看懂. Now each is answered from the asker's own
orders as `什么时候可以取` is: the pickup place and time when set, else that the organiser has not
said and whom to ask. A member with no order here is talk in the group, answered in private."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SET_UP = (
    ("amy", "接龙 粽子 价格 68"),
    ("bob", "+1"),
    ("cat", "+1"),
    ("amy", "截单"),
    ("amy", "接龙 鸡蛋 价格 40"),
    ("cat", "+1"),
    ("amy", "截单 #2"),
    ("amy", "已收 1-1 1-2"),
    ("amy", "自提 #1 小区南门 明天下午5点"),
)
ZONGZI = "粽子（#1）取货：小区南门 · 11月24日 周二 17:00"
EGGS = "鸡蛋（#2）团长 Amy 还没说在哪取货，可以直接问团长。"


@pytest.mark.parametrize("asked", ["什么时候到", "什么时候到货", "东西什么时候到？"])
async def test_a_buyer_asking_when_the_goods_arrive_hears_her_pickup(asked: str) -> None:
    room = fake_chat()
    for who, typed in SET_UP:
        await room.say(who, typed)
    assert room.said(await room.say("bob", asked)) == ZONGZI
    assert room.said(await room.say("bob", asked, private=True)) == ZONGZI
    both = room.said(await room.say("cat", asked))
    assert ZONGZI in both and EGGS in both
    assert await room.say("dan", asked) == []  # no order here: talk in the group
    alone = room.said(await room.say("dan", asked, private=True))  # in private: answered, never 我没看懂
    assert alone.startswith("你现在没有要取的货")


async def test_naming_the_product_answers_that_group_buy_only() -> None:
    room = fake_chat()
    for who, typed in SET_UP:
        await room.say(who, typed)
    assert room.said(await room.say("cat", "粽子什么时候到？")) == ZONGZI
    assert room.said(await room.say("cat", "鸡蛋到了吗")) == EGGS
    assert room.said(await room.say("cat", "@tuan_bot 粽子什么时候到")) == ZONGZI
    assert await room.say("bob", "鸡蛋到了吗") == []  # none of hers: talk
    assert await room.say("dan", "@tuan_bot 粽子什么时候到") == []  # never the buyers' names


async def test_asked_in_english() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    for who, typed in SET_UP:
        await room.say(who, typed)
    for asked in ("when do they arrive?", "has it arrived yet?"):
        said = room.said(await room.say("bob", asked))  # as `when can I pick up?` answers
        assert said.startswith("粽子 (#1) pickup: 小区南门 · Tue 24 Nov 17:00"), asked
    privately = room.said(await room.say("bob", "when do they arrive?", private=True))
    assert privately.startswith("粽子 (#1) pickup")
