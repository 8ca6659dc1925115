"""Review 85 #7: Bob typed `count me in` in a Chinese group and read his order at the close in Chinese
(the group's language: his own private notices never follow the words he typed). Then `I paid` in the
group: the group's line was English, as typed, but his private copy was English too (`Thanks, Bob: 阿May
is asked to confirm your payment of ¥45…`) while `已收` then told him in Chinese. A buyer's private copy
of her payment report follows her order: her private `/lang`, else her app's, else the group's."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed() -> Chat:
    chat = fake_chat()
    chat.platform = "playground"  # no app language
    await chat.say("may", "接龙 土鸡蛋 30枚 价格 45", name="阿May")
    await chat.say("bob", "count me in")
    await chat.say("zhou", "+1", name="周叔")
    await chat.say("may", "截单", name="阿May")
    return chat


async def test_his_copy_of_i_paid_reads_as_his_order() -> None:
    chat = await _closed()

    replies = await chat.say("bob", "I paid")

    assert Chat.private(replies)["bob"] == (
        "收到，Bob：已请 阿May 确认你订单 #1-1 的付款 ¥45。确认前接龙卡片上显示 💸。"
    )
    assert Chat.said(replies).startswith("Thanks, Bob: 阿May is asked to confirm your payment for order #1-1")


async def test_his_private_lang_decides() -> None:
    chat = await _closed()
    await chat.say("bob", "/lang en", private=True)

    replies = await chat.say("bob", "我付了")

    copy = Chat.private(replies)["bob"]
    assert copy.startswith("Thanks, Bob: 阿May is asked to confirm your payment of ¥45"), copy
