"""rep77 #3: the 团长's pasted WeChat 接龙 template (`#接龙`, product and price, a tier in words, deadline and
pickup, then her own line) was answered "这个群里现在没有进行中的团购". From someone organising nothing open
here it opens the group buy and joins her line; the same template pasted back by a buyer while it is open
joins the buyer (never a second group buy); a part that cannot be read is one refusal naming it."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

TEMPLATE = (
    "#接龙\n本周团购：散养土鸡蛋 30枚/盒 45元\n满10份每份减2\n"
    "明天晚上8点截单，周三下午在3号楼门口自提\n\n1. 王姐 1盒"
)


async def test_the_organisers_template_opens_and_joins_her_line() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    said = Chat.said(await chat.say("wangjie", TEMPLATE, name="王姐"))
    assert said.startswith("团购 #1 开团了：散养土鸡蛋 30枚/盒，¥45/份。")
    assert "截止 11月24日 周二 20:00" in said
    assert "王姐 跟团：1 × 散养土鸡蛋 30枚/盒（#1）。当前 ¥45/份，再 9 份 ¥43。" in said
    terms = factory.state.group_buys[1].terms
    assert (terms.unit_price, terms.tiers[0].min_quantity, terms.tiers[0].unit_price) == (4500, 10, 4300)
    assert terms.pickup == "3号楼门口"


async def test_a_buyer_pasting_the_template_back_joins_it() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("wangjie", TEMPLATE, name="王姐")
    said = Chat.said(await chat.say("liu", TEMPLATE + "\n2. 刘阿姨 2盒", name="刘阿姨"))
    assert said.startswith("刘阿姨 跟团：2 × 散养土鸡蛋 30枚/盒（#1）。")
    assert len(factory.state.group_buys) == 1


async def test_a_template_part_not_understood_is_named_and_opens_nothing() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    said = Chat.said(await chat.say("wangjie", TEMPLATE.replace("满10份每份减2", "新鲜到货"), name="王姐"))
    assert said == (
        "接龙模板里的“新鲜到货”没有看懂，没有开团。"
        "请改好再发，或者这样开团：接龙 散养土鸡蛋 30枚/盒 价格 45 截止 明晚8点"
    )
    assert not factory.state.group_buys


async def test_the_template_forwarded_after_its_close_opens_nothing_for_a_buyer() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("wangjie", TEMPLATE, name="王姐")
    await chat.say("wangjie", "截单", name="王姐")
    await chat.say("liu", TEMPLATE, name="刘阿姨")
    assert len(factory.state.group_buys) == 1
