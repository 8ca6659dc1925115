"""A buyer's `/commission 10%` after the close was told "Name one of yours by its number, e.g. /commission
#12 10%": he runs none, and no number of his would do. He is now told there is none open and whose command
it is; the organiser is still shown how to name one of hers (found playing referrals)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_after_the_close_the_buyer_is_told_whose_command_it_is() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea price 5 stock 9 ends tomorrow 8:00")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")

    buyer = Chat.said(await chat.say("bob", "/commission 10%"))
    buyer_zh = Chat.said(await chat.say("bob", "佣金 10%"))
    organiser = Chat.said(await chat.say("amy", "/commission 10%"))

    assert buyer == (
        "There is no open group buy in this chat; nothing was changed. "
        "A sharers' rate is set by an organiser on a group buy of her own."
    )
    assert buyer_zh == "这个群里没有进行中的团购，没有任何改动。分享佣金由团长给自己开的团设置。"
    assert organiser.endswith("Name one of yours by its number, e.g. /commission #12 10%")
