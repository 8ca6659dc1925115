"""Review: a price cut made in the organiser's private chat (`修改 #2 大盒 价格 40`) reached the group as
only "改价：大盒 ¥45 → ¥40，所有人按新价", naming no group buy, while the same edit typed in the group says
"已修改 草莓（#2）…". The group's notice now names the group buy (its title and number) either way."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_groups_notice_of_a_private_edit_names_the_group_buy() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 10 截止 2小时")
    await chat.say("amy", "接龙 草莓 规格 小盒:30,大盒:45 截止 2小时")
    replies = await chat.say("amy", "修改 #2 大盒 价格 40", private=True)
    told = [r.text for r in replies if r.chat_id == "family" and r.text]
    assert told == ["🛒 草莓（#2）\n改价：大盒 ¥45 → ¥40"]  # nobody joined yet: no 所有人按新价
    replies = await chat.say("amy", "/edit #1 price 8", private=True)
    told = [r.text for r in replies if r.chat_id == "family" and r.text]
    assert told == ["🛒 芒果（#1）\n改价：¥10 → ¥8"]  # the group's language, as its card
