"""rep88 #11: 李姐 sent `踢出 5` for the card's line `5. 老王 帮 妈妈 ×1` and read
`…的名单上没有叫 5 的人，本群里也没有这个成员…`: a line number taken for a person's name. A number
where the name goes is said to be the list's line number, with the forms that name a line, nothing
changed."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_removing_by_a_list_number_says_it_is_a_number() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", "接龙 苹果 价格 20 截止 明天20:00", name="李姐")
    await chat.say("laowang", "+1 帮 妈妈", name="老王")
    card = await chat.card(1)

    reply = chat.said(await chat.say("lijie", "踢出 1", name="李姐"))

    assert reply == (
        "“1”是名单上的序号，不是名字，没有任何改动。"
        "请写那一行的名字：踢出 @名字，踢出 @名字 帮 小王，或 踢出 王阿姨。"
    ), reply
    assert await chat.card(1) == card
