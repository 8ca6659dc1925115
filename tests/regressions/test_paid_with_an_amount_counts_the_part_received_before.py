"""Review 78 #1: after `只收到 1-2 50` on a ¥90 order, the organiser's `已收 1-2 40` was refused as ¥50
short (`你写的是 ¥40，还差 ¥50`), the ¥50 recorded left out. The amount she writes now adds to what was
recorded: ¥50 + ¥40 = ¥90 marks the order paid, saying the sum; a sum still short says what was recorded
before, this amount, the sum and what is left, suggesting to add it (nothing changed)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def part_received(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "/groupbuy Eggs price 45")
    await chat.say("bob", "+1")
    await chat.say("cat", "+2")  # #1-2, ¥90
    await chat.say("amy", "/close")
    await chat.say("amy", "只收到 1-2 50" if lang == "zh" else "/paid 1-2 ¥50 only", private=True)
    return chat


async def test_the_rest_typed_marks_it_paid_and_says_the_sum() -> None:
    chat = await part_received("zh")

    replies = await chat.say("amy", "已收 1-2 40", private=True)

    said = Chat.said(replies)
    assert "还差" not in said
    assert "#1-2（Cat）之前只收到 ¥50，这次 ¥40，共 ¥90，已付清。" in said
    mine = Chat.said(await chat.say("cat", "我的订单", private=True))
    assert "已付款" in mine and "待付款" not in mine


async def test_the_rest_typed_in_english_marks_it_paid() -> None:
    chat = await part_received("en")

    replies = await chat.say("amy", "/paid 1-2 40", private=True)

    assert "#1-2 (Cat): ¥50 was received before, ¥40 now, ¥90 in all: paid in full." in Chat.said(replies)


async def test_a_sum_still_short_says_both_parts_and_suggests_adding() -> None:
    chat = await part_received("zh")

    replies = await chat.say("amy", "已收 1-2 20", private=True)

    assert Chat.said(replies) == (
        "订单 #1-2（Cat，Eggs）应付 ¥90，之前只收到 ¥50，这次 ¥20，共 ¥70，还差 ¥20，"
        "没有标记为已付款，没有任何改动。"
        "这 ¥20 收到了就发 只收到 1-2 ¥20 加上这部分（共记 ¥70），订单仍是未付款，等对方补齐 ¥20。"
    )
    mine = Chat.said(await chat.say("cat", "我的订单", private=True))
    assert "待付款（已收 ¥50，还差 ¥40）" in mine  # nothing changed


async def test_a_sum_still_short_in_an_english_group_is_told_privately() -> None:
    chat = await part_received("en")

    replies = await chat.say("amy", "/paid 1-2 ¥20")

    assert "not marked paid" in Chat.said(replies) and "¥" not in Chat.said(replies)
    assert Chat.private(replies)["amy"] == (
        "Order #1-2 (Cat, Eggs) comes to ¥90; ¥50 was received before and you wrote ¥20 now, ¥70 in all,"
        " ¥20 short, so it was not marked paid: nothing was changed. ¥20 came? Send /paid 1-2 ¥20 only"
        " to add it (¥70 recorded): the order stays unpaid until the other ¥20 comes."
    )


async def test_by_name_with_the_rest_marks_it_paid() -> None:
    chat = await part_received("zh")

    replies = await chat.say("amy", "已收 Cat 40", private=True)

    assert "#1-2（Cat）之前只收到 ¥50，这次 ¥40，共 ¥90，已付清。" in Chat.said(replies)
