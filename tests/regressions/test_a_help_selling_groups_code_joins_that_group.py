"""Hal shared amy's 帮卖 group buy in neighbours (the group Dan help-sells it in) and his friends used his
code in their private chats: the card there was neighbours', but Jay's `我要两份` typed after opening it,
Kim's tap on its Join and Lea's `+1 <code>` all made their lines in the family group, amy's own: the
family card named them, neighbours' still said nobody there had joined, Dan earned nothing on them and
family's rank counted Hal. When Hal was also in the family group, even the card his code opened was
family's. A code (or link) shared from a help-selling group opens that group's card, and every join
made from it makes the line in that group's listing."""

from __future__ import annotations

import re

from commerce.domain.listings import card_key
from handlers.sharing import share_payload
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

NEIGHBOURS_CARD = card_key(1)


async def _code(chat: Chat, member: str) -> str:
    found = re.search(r"团\d+-\w{4}", chat.shared(await chat.say(member, "分享 #1")))
    assert found is not None
    return found.group(0)


async def test_a_help_selling_groups_code_joins_that_group() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    neighbours = Chat(family.app, chat_id="neighbours", title="Neighbours")
    await family.say("amy", "接龙 芒果 价格 100 成团 1 截止 2小时")
    await family.say("amy", "帮卖 开 10%")
    await family.say("amy", "佣金 #1 5%")
    await family.say("cat", "+1")
    await neighbours.say("dan", "帮卖 #1")
    await family.say("hal", "进度")  # Hal is seen in the family group too
    code = await _code(neighbours, "hal")

    [opened] = await neighbours.say("jay", code, private=True)
    assert "Cat" not in opened.text  # neighbours' view: none of family's buyers
    await neighbours.say("jay", "我要两份", private=True)
    [shown] = await neighbours.say("kim", code, private=True)
    join = next(b.data for row in shown.buttons for b in row if b.data.startswith("gp:join:"))
    await neighbours.tap("kim", join)
    await neighbours.say("lea", f"+1 {code}", private=True)

    listing_card = await neighbours.card(NEIGHBOURS_CARD)
    family_card = await family.card(1)
    for buyer in ("Jay ×2", "Kim ×1", "Lea ×1"):
        assert buyer in listing_card, listing_card
        assert buyer not in family_card, family_card
    assert "Cat" not in listing_card

    closed = await family.say("amy", "截单")
    told = {
        reply.chat_id: reply.text for reply in closed if reply.text and reply.chat_id and not reply.is_card
    }
    assert "共 3 个订单、4 份" in told["neighbours"], told
    for number in ("1-2", "1-3", "1-4"):
        await family.say("amy", f"已收 {number}", private=True)
    earnings = neighbours.said(await neighbours.say("dan", "我的收益", private=True))
    assert "#1" in earnings and "¥40" in earnings, earnings  # 10% of Jay's, Kim's and Lea's ¥400
    assert "Hal" not in family.said(await family.say("amy", "排行榜"))


async def test_a_help_selling_groups_link_joins_that_group() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    neighbours = Chat(family.app, chat_id="neighbours", title="Neighbours")
    await family.say("amy", "接龙 芒果 价格 100 成团 1 截止 2小时")
    await family.say("amy", "帮卖 开 10%")
    await family.say("cat", "+1")
    await neighbours.say("dan", "帮卖 #1")
    await family.say("hal", "进度")
    link = share_payload(1, "hal", family.app.config.payment_secret, listing_id=1)  # Hal's, from neighbours

    [opened] = await neighbours.say("jay", f"/start {link}", private=True)
    assert "Cat" not in opened.text
    await neighbours.say("jay", "+1", private=True)
    [refreshed, _] = await neighbours.tap("jay", opened.buttons[-1][-1].data)

    assert "Jay ×1" in refreshed.text
    assert "Jay ×1" in await neighbours.card(NEIGHBOURS_CARD)
    assert "Jay" not in await family.card(1)


async def test_an_option_named_after_the_question_joins_that_group() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    neighbours = Chat(family.app, chat_id="neighbours", title="Neighbours")
    await family.say("amy", "接龙 草莓 规格 小盒:20,大盒:35 截止 2小时")
    await family.say("amy", "帮卖 开 10%")
    await neighbours.say("dan", "帮卖 #1")
    code = await _code(neighbours, "hal")

    await neighbours.say("jay", code, private=True)
    await neighbours.say("jay", "+1", private=True)  # asked which option
    await neighbours.say("jay", "小盒", private=True)

    assert "Jay" in await neighbours.card(NEIGHBOURS_CARD)
    assert "Jay" not in await family.card(1)
