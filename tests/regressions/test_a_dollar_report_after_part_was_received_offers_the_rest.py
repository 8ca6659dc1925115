"""Review 67 item 7: Leo owed ¥42 on order #1-1 and Kate tapped "only ¥20 received"; his `I paid 1-1 $22`
was refused (a $ amount in a ¥ shop) with "if you paid all ¥42, send /ipaid 1-1", while a bare `/ipaid
1-1` now reports the rest, ¥22. The refusal now says what was paid already and offers the rest (the one
message, $22 being the ¥22 left: never "if you paid ¥22 … if you paid the rest ¥22")."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat, only_part_received


async def _only_20_received(*, english: bool) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Cookies price 21" if english else "接龙 曲奇 价格 21", name="Kate")
    await chat.say("bob", "+2", name="Leo")
    await chat.say("amy", "/close" if english else "截单", name="Kate")
    await only_part_received(chat, "bob", "/ipaid 1-1 20" if english else "我已付款 1-1 20元", name="Leo")
    return chat


async def test_the_refusal_offers_the_rest_not_the_whole() -> None:
    chat = await _only_20_received(english=True)

    replies = await chat.say("bob", "I paid 1-1 $22", private=True, name="Leo")

    said = " ".join(reply.text for reply in replies if reply.text)
    assert said == (
        "“$22” is not in ¥: order #1-1 (Cookies) is in ¥ (CNY) and comes to ¥42, ¥20 of it paid already. "
        "Nothing was reported or changed. If you paid the rest ¥22, send /ipaid 1-1."
    ), said
    assert "all ¥42" not in said and "amy" not in chat.private(replies)


async def test_in_chinese_too() -> None:
    chat = await _only_20_received(english=False)

    replies = await chat.say("bob", "我已付款 1-1 $22", private=True, name="Leo")

    said = " ".join(reply.text for reply in replies if reply.text)
    assert "应付 ¥42，已付 ¥20" in said and "如果付了剩下的 ¥22，就发：我已付款 1-1。" in said, said
