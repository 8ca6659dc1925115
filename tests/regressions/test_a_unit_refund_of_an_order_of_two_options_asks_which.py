"""Review 85 #4: `退款 2-1 1份 坏了` on 周叔's order of 大盒 ×1 and 小盒 ×2 was answered
`“1份”：没有任何改动。退一部分请写金额…`: it quoted "1份" without saying what was wrong, and offered only
an amount. Which option's unit is not said: the answer names the options the order holds and both
commands that work (the option and the count, her reason kept; by amount), nothing changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _paid() -> Chat:
    chat = fake_chat()
    await chat.say("may", "接龙 粽子 规格 大盒:68:3,小盒:33:4", name="阿May")
    await chat.say("zhou", "+1 大盒", name="周叔")
    await chat.say("zhou", "+2 小盒 帮 赵奶奶", name="周叔")
    await chat.say("may", "截单", name="阿May")
    await chat.say("may", "已收 1-1", name="阿May")
    return chat


async def test_a_count_without_its_option_is_asked_which() -> None:
    chat = await _paid()

    replies = await chat.say("may", "退款 1-1 1份 坏了", name="阿May")
    two = Chat.private(await chat.say("may", "退款 1-1 2份", name="阿May"))["may"]

    assert Chat.private(replies)["may"] == (
        "订单 #1-1 有 大盒 / 小盒，请写明退哪个规格的 1 份，没有任何改动："
        "例如 退款 1-1 大盒 1份 坏了；按金额退：退款 1-1 ¥68 原因。"
    )
    assert two == (
        "订单 #1-1 有 大盒 / 小盒，请写明退哪个规格的 2 份，没有任何改动："
        "例如 退款 1-1 小盒 2份；按金额退：退款 1-1 ¥66 原因。"
    )
    listed = Chat.said(await chat.say("may", "名单", name="阿May"))
    assert "1. 周叔 大盒 ×1 ✅\n2. 周叔 帮 赵奶奶 小盒 ×2 ✅" in listed, listed
    assert "退" not in listed, listed  # nothing was refunded


async def test_in_english_too_and_the_option_named_then_works() -> None:
    chat = await _paid()

    asked = Chat.private(await chat.say("may", "/refund 1-1 1 unit damaged", name="阿May"))["may"]
    done = await chat.say("may", "退款 1-1 小盒 1份 坏了", name="阿May")

    assert asked == (
        "Order #1-1 holds 大盒 / 小盒: say which option's 1 unit to refund. Nothing was changed."
        " E.g. /refund 1-1 大盒 1 damaged; by amount: /refund 1-1 ¥68 reason."
    )
    assert "¥33" in " ".join(r.text for r in done), done
