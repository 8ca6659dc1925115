"""s25 review: `分享 #7 关` (turn sharing off) was silent, while `分享 #7 开 5%` is told the command that
sets a rate. Sharing off is the sharers' rate at 0 (`佣金 #7 0`): the member is told that command and
nothing is changed, in zh and en, in the group and in private."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_share_off_is_told_the_commission_command_and_changes_nothing() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20")
    await chat.say("amy", "佣金 #1 5%")
    card = await chat.card(1)

    for text in ("分享 #1 关", "分享 关闭 #1"):
        said = chat.said(await chat.say("amy", text))
        assert said == "要关掉分享佣金，请发：佣金 #1 0。没有任何改动。", text
    assert chat.said(await chat.say("amy", "分享 关")) == "要关掉分享佣金，请发：佣金 0。没有任何改动。"
    private = chat.said(await chat.say("amy", "分享 #1 关", private=True))
    assert private == "要关掉分享佣金，请发：佣金 #1 0。没有任何改动。"
    assert await chat.card(1) == card  # still 💰 分享赚 5%
    assert "5%" in card


async def test_share_off_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Lychees price 12/jin")

    for text in ("share #1 off", "/share #1 off"):
        said = chat.said(await chat.say("eve", text))
        assert said == "To turn the sharers' rate off, send: /commission #1 0. Nothing was changed.", text


async def test_share_alone_and_share_on_are_unchanged() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20")

    assert chat.said(await chat.say("amy", "分享 #1 开 5%")) == "分享佣金请发：佣金 #1 5%"
    assert "团1-" in chat.shared(await chat.say("eve", "分享 #1"))
    assert await chat.say("eve", "分享关注一下") == []  # talk
