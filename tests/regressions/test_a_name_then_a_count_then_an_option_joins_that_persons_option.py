"""`Kay 2 豆沙 3` (a 接龙 line: a name, a count, an option and another count) got no reply at all, and so did
`Kay 2 豆沙`, `Kay +2 豆沙` and the Chinese `小李 +2 豆沙` from a member for another member (the English
`Kay +2 veg` was answered). Now a name, a count and an option are that person's line of the option, as
`+2 帮 小李 豆沙` is (her own when the name is hers); two counts are asked which, the example keeping whose
line it is; nothing changed then. One other word after the count stays talk (`小李 +2 好吃`)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _mooncakes() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open 月饼 规格 豆沙:30,咸蛋黄:35", name="阿May")
    await chat.say("li", "大家好", name="小李")
    return chat


async def test_kay_two_dousha_three_from_another_is_asked_which_count_for_kay() -> None:
    chat = await _mooncakes()
    before = await chat.card(1)

    said = chat.said(await chat.say("cat", "Kay 2 豆沙 3", name="小美"))

    assert said == (
        "月饼 豆沙（#1）帮 Kay：要 2 份还是 3 份？份数写在前面，例如 +3 帮 Kay 豆沙 #1。没有任何改动。"
    ), said
    assert await chat.card(1) == before


async def test_kay_two_dousha_three_from_kay_is_asked_which_count_of_her_own() -> None:
    chat = await _mooncakes()

    said = chat.said(await chat.say("kay", "Kay 2 豆沙 3", name="Kay"))

    assert said == "月饼 豆沙（#1）：要 2 份还是 3 份？份数写在规格前面，例如 +3 豆沙 #1。没有任何改动。", (
        said
    )


async def test_kay_two_dousha_joins_kays_line_of_dousha() -> None:
    chat = await _mooncakes()

    said = chat.said(await chat.say("cat", "Kay 2 豆沙", name="小美"))

    assert said == "小美 帮 Kay 跟团：2 × 月饼 豆沙（#1）。豆沙 现价 ¥30/份。", said
    assert "小美 帮 Kay 豆沙 ×2" in await chat.card(1)


async def test_xiaoli_plus_two_dousha_from_another_member_is_as_plus_two_for_xiaoli() -> None:
    chat = await _mooncakes()
    await chat.say("li", "+1 豆沙", name="小李")
    await chat.say("cat", "+1 咸蛋黄", name="小美")

    said = chat.said(await chat.say("cat", "小李 +2 豆沙", name="小美"))

    assert said == "小美 帮 小李 跟团：2 × 月饼 豆沙（#1）。豆沙 现价 ¥30/份。", said
    card = await chat.card(1)
    assert "小李 豆沙 ×1" in card and "小美 帮 小李 豆沙 ×2" in card, card


async def test_a_name_a_count_and_another_word_stays_talk() -> None:
    chat = await _mooncakes()

    replies = await chat.say("cat", "小李 +2 好吃", name="小美")

    assert not [reply.text for reply in replies if reply.text], replies
    assert "小李" not in await chat.card(1)
