"""rep68 finding 2: the organiser's notice of a short report says to tap "只收到 ¥100" if only ¥100 came,
but typing `已收 1-2 ¥100` (the amount the buyer reported) answered "只收到 ¥100 的话订单仍是未付款…" and
recorded nothing. Typed with exactly the reported short amount, it now does what the button does: the
order stays unpaid, the buyer is told privately what is left (zh and en); any other amount as before."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _short(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "/groupbuy Durian price 176")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    await chat.say("bob", "/ipaid 1-1 ¥100")
    return chat


async def test_typed_in_private_it_records_the_part_received_in_chinese() -> None:
    chat = await _short("zh")

    replies = await chat.say("amy", "已收 1-1 ¥100", private=True)

    assert Chat.said(replies) == "订单 #1-1（Bob）只收到 ¥100，还差 ¥76，仍是未付款。已私信告诉对方补齐。"
    assert "¥76" in Chat.private(replies)["bob"]
    assert "💸" not in await chat.card()


async def test_typed_in_the_group_the_amounts_go_privately_in_english() -> None:
    chat = await _short("en")

    replies = await chat.say("amy", "/paid 1-1 ¥100")

    assert (
        Chat.said(replies)
        == "Amy, order #1-1 is recorded as part received; the details are sent to you privately."
    )
    assert Chat.private(replies)["amy"] == (
        "Order #1-1 (Bob): only ¥100 received, ¥76 still to pay; it stays unpaid."
        " They are told privately to pay the rest."
    )
    assert "¥76" in Chat.private(replies)["bob"]


async def test_another_amount_is_still_refused() -> None:
    chat = await _short("zh")

    said = Chat.said(await chat.say("amy", "已收 1-1 ¥90", private=True))

    assert said.startswith("订单 #1-1（Bob，Durian）应付 ¥176，你写的是 ¥90，还差 ¥86，没有标记为已付款")
