"""rep94 #12: an organiser typing the help's example code `4827` alone in private got `我没看懂…`, while
`核销 4827` says it is only the help's example; a real code alone hands its order over. The example alone
is now answered as `核销 4827` is, from one who runs group buys; from anyone else it stays unread."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_example_code_alone_is_said_so() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 芒果 价格 80")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")

    assert chat.said(await chat.say("amy", "4827", private=True)) == (
        "4827 只是帮助里的示例，没有订单用这个取货码，没有任何改动。"
        "请发买家出示的取货码（确认收款后私信发给买家的那串数字）。"
    )
    assert "4827 只是帮助里的示例" not in chat.said(await chat.say("bob", "4827", private=True))
