"""`+99999kg` on pork sold by the 斤 was told "199998 不是有效的数量" (a number she never typed), `+0kg` was
told "0 kg is 0斤, not a whole number of 斤: send +0", and a re-pasted list line `2. 小明 99999` from one
holding 1 was told "99998 不是有效的数量". Each is now refused with the count as she wrote it, and the range
that group buy takes (found playing the playground)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_weight_in_another_unit_is_quoted_as_typed() -> None:
    chat = fake_chat()
    await chat.say("lao", "接龙 猪肉 价格 30 每斤 库存 20 截止 明天上午8点")

    huge = Chat.said(await chat.say("a2", "+99999kg"))
    zero = Chat.said(await chat.say("a2", "+0kg"))

    range_ = "不是有效的数量：猪肉 只剩 20斤，只能跟 1 到 20。例如：+2"
    assert huge == f"99999 kg {range_}"
    assert zero == f"0 kg {range_}"
    assert "×" not in await chat.card()  # nothing joined

    pork = fake_chat()
    await pork.say("amy", "/groupbuy Pork price 30 per jin stock 20 ends tomorrow 8:00")
    assert Chat.said(await pork.say("bob", "+0 kg")) == (
        "0 kg is not a quantity I can take: only 20 jin of Pork left, so 1 to 20. Example: +2"
    )


async def test_a_pasted_count_is_quoted_as_pasted() -> None:
    chat = fake_chat()
    await chat.say("lijie", "接龙 苹果 价格 20 截止 明天20:00", name="李姐")
    await chat.say("xm", "#接龙 苹果\n1. 小明 1", name="小明")

    told = Chat.said(await chat.say("xm", "#接龙 苹果\n1. 小明 99999", name="小明"))

    assert told.startswith("99999 不是有效的数量。你已经在名单上了：苹果（#1）×1。"), told
    assert "小明 ×1" in await chat.card()
