"""A note on a group buy with options (2斤 ¥39 / 5斤 ¥88) showed only `¥39/份` and one 跟团 button;
tapped, it asked "which option? … or tap its Join button", but the note card had no such buttons, and
the `+1 5斤` typed next had no sharer: the note's author lost the credit. The note card now shows each
option's price and a Join button per option, and a join through one is the author's."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_join_through_a_notes_option_button_credits_its_author() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("小美", "接龙 阳光玫瑰葡萄 规格 2斤:39,5斤:88 成团 1")
    await chat.say("阿强", "种草 #1 阳光玫瑰很脆很甜")

    card = await chat.app.render_card(-1)
    assert card.text.splitlines()[2] == "🛒 阳光玫瑰葡萄（#1）2斤 ¥39 / 5斤 ¥88"
    assert [[button.label for button in row] for row in card.buttons] == [
        ["👍 赞 0"],
        ["跟团 2斤", "跟团 5斤"],
    ]
    joined = await chat.tap("小红", card.buttons[1][1].data)
    assert chat.toast(joined) == "跟团成功：1 × 阳光玫瑰葡萄 5斤"

    await chat.say("小美", "截单")
    [order] = factory.state.orders.values()
    assert (order.buyer_id, order.sharer_id, order.total) == ("小红", "阿强", 8800)
