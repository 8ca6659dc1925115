"""`禁言 @不存在的人` was answered `本群里没有叫 不存在的人 的成员，没有任何改动。请改写订单编号。`: an order
number's hint on a mute. The unknown name now comes with the command's own form (`禁言 @名字：发广告`);
the orders' commands keep theirs."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_unknown_name_gets_the_commands_own_form() -> None:
    chat = fake_chat()
    chat.admins = {"guanli"}
    await chat.say("amy", "接龙 芒果 价格 30")
    answer = chat.said(await chat.say("guanli", "禁言 @不存在的人"))
    assert answer == "本群里没有叫 不存在的人 的成员，没有任何改动。请 @ 群里的人，例如：禁言 @名字：发广告"
    assert "订单" not in chat.said(await chat.say("guanli", "解除禁言 @不存在的人"))
