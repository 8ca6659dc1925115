"""rep104 #4: `只收到 @Cat 50` got no answer in the group and "我没看懂" in private, while `已收 @Cat 100`
finds Cat's order by her name: an organiser believed she had recorded ¥50 when nothing happened. It now
records the part received on the member's one order waiting for payment, as `只收到 1-2 50` does."""

from __future__ import annotations

from tests.unit.handlers.conftest import chat_in


async def _closed():  # type: ignore[no-untyped-def]
    chat = await chat_in("zh")
    await chat.say("amy", "开团 芒果 价格 30")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", "截单")
    return chat


async def test_part_received_by_mention_in_the_group() -> None:
    chat = await _closed()
    replies = await chat.say("amy", "只收到 @cat ¥５")
    private = chat.private(replies)
    assert private["amy"] == "订单 #1-2（Cat）只收到 ¥5，还差 ¥25，仍是未付款。已私信告诉对方补齐。"
    assert private["cat"].startswith("Amy 只收到你订单 #1-2（芒果）的 ¥5，还差 ¥25。")


async def test_part_received_by_mention_in_private() -> None:
    chat = await _closed()
    replies = await chat.say("amy", "只收到 @Bob 10", private=True)
    said = [r.text for r in replies if r.text and not r.private_to]
    assert said == ["订单 #1-1（Bob）只收到 ¥10，还差 ¥20，仍是未付款。已私信告诉对方补齐。"]


async def test_part_received_by_mention_from_a_buyer_or_of_a_stranger_changes_nothing() -> None:
    chat = await _closed()
    said = [r.text for r in await chat.say("bob", "只收到 @cat 5") if r.text]
    assert said == ["只有团长（Amy）可以确认收款，没有任何改动。请告诉团长；付了自己的订单请发“我已付款”。"]
    said = [r.text for r in await chat.say("amy", "只收到 @zed 5") if r.text]
    assert said == ["本群里没有叫 zed 的成员，没有任何改动。请核对名字（和群里显示的一样），或直接 @ 对方。"]
    listed = [r.text for r in await chat.say("amy", "名单") if r.text]
    assert "¥5" not in listed[0]
