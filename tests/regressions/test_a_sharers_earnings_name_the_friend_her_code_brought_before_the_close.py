"""Review 31: Bob's friend Jo joined 芒果 with his share code before the close, and Bob's `我的佣金` said
"还没有收益：分享团购链接，朋友通过它付款后你就有佣金。", as if nobody had come through him. Now it says who
joined through his code and how many, and that the commission counts once it closes and they pay."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import fake_chat


async def test_a_friend_who_joined_through_her_code_is_named_before_the_close() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 78 截止 2小时")
    await chat.say("amy", "佣金 5%")
    await chat.say("bob", "+1")
    found = re.search(r"团\d+-\w{4}", chat.shared(await chat.say("bob", "分享")))
    assert found is not None
    before = chat.private(await chat.say("bob", "我的佣金"))["bob"]
    assert before.endswith("还没有收益：分享团购链接，朋友通过它付款后你就有佣金。")  # nobody yet
    await chat.say("jo", f"+2 {found.group(0)}", private=True)

    zh = chat.private(await chat.say("bob", "我的佣金"))["bob"]
    assert zh == (
        "你的分享收益：\n待入账：¥0\n可提现：¥0\nJo 通过你的分享跟了 芒果（#1）2 份，截单付款后计佣金。"
    )
    [en] = [r.text for r in await chat.say("bob", "/earnings", private=True, language="en") if r.text]
    assert en.endswith(
        "Jo joined 芒果 (#1) through what you shared (2 units): your commission counts once it closes and "
        "they pay."
    )
    assert "Jo" not in chat.private(await chat.say("cat", "我的佣金"))["cat"]
