"""Session 34: the organiser's typed `只收到 1-2 50` on an order nobody reported paid was refused
(`Cat 没有说过订单 #1-2 已付款，没有任何改动。`), though she got ¥50 in cash. The part received is now
recorded as on a reported order: the order stays unpaid, the rest named to her, the buyer told privately
what is left and how."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def closed(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "/groupbuy Durian price 75")
    await chat.say("bob", "+1")
    await chat.say("cat", "+2")  # ¥150, never reported
    await chat.say("amy", "/close")
    return chat


async def test_typed_in_private_it_records_the_part_and_tells_the_buyer() -> None:
    chat = await closed("zh")

    replies = await chat.say("amy", "只收到 1-2 50", private=True)

    assert Chat.said(replies) == "订单 #1-2（Cat）只收到 ¥50，还差 ¥100，仍是未付款。已私信告诉对方补齐。"
    assert "¥100" in Chat.private(replies)["cat"]  # what is left, told to her
    mine = Chat.said(await chat.say("cat", "我的订单", private=True))
    assert "待付款（已收 ¥50，还差 ¥100）" in mine


async def test_her_report_of_the_rest_adds_to_it() -> None:
    chat = await closed("zh")
    await chat.say("amy", "只收到 1-2 50", private=True)

    replies = await chat.say("cat", "我已付款 1-2", private=True)

    assert "团长已收到 ¥50，这次又付了 ¥100，一共 ¥150，应付 ¥150，已经付齐。" in Chat.said(replies)


async def test_paid_only_in_an_english_group_sends_the_amounts_privately() -> None:
    chat = await closed("en")

    replies = await chat.say("amy", "/paid 1-2 ¥50 only")

    assert (
        Chat.said(replies)
        == "Amy, order #1-2 is recorded as part received; the details are sent to you privately."
    )
    assert Chat.private(replies)["amy"] == (
        "Order #1-2 (Cat): only ¥50 received, ¥100 still to pay; it stays unpaid."
        " They are told privately to pay the rest."
    )
    assert Chat.private(replies)["cat"].startswith("Amy received only ¥50 for your order #1-2 (Durian): ¥100")
    mine = Chat.said(await chat.say("cat", "/orders", private=True))
    assert "to pay (received ¥50, ¥100 to go)" in mine
