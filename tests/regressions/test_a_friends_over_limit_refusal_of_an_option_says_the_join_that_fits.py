"""Session 41 (s40 noticed, "Joins and pastes"): `+5 豆沙 帮 王阿姨` over a limit of 4 was told only
"王阿姨 最多只能要 4 份", no join to send, where her own `+5 豆沙` reads `最多发 +4 豆沙`. The friend's
version names the option and the friend in the join that fits."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import chat_in, fake_chat


async def test_a_friends_first_join_over_the_limit_says_the_join_that_fits() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 规格 豆沙:8,咸蛋黄:9 限购 4")

    reply = chat.said(await chat.say("bob", "+5 豆沙 帮 王阿姨"))

    assert (
        reply
        == "抱歉，月饼 豆沙 每人限购 4 份，王阿姨 最多只能要 4 份（发 +4 豆沙 帮 王阿姨），没有任何改动。"
    )
    assert "还没有人跟团" in await chat.card()


async def test_a_friend_holding_some_is_told_the_join_of_what_is_left() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 规格 豆沙:8,咸蛋黄:9 限购 4")
    await chat.say("bob", "+2 豆沙 帮 王阿姨")

    reply = chat.said(await chat.say("bob", "+3 豆沙 帮 王阿姨"))

    assert reply == (
        "抱歉，月饼 豆沙 每人限购 4 份，王阿姨 已经有 2 份了，还能再要 2 份（发 +2 豆沙 帮 王阿姨），"
        "没有任何改动。"
    )
    assert "Bob 帮 王阿姨 豆沙 ×2" in await chat.card()


async def test_in_english() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Pies options small:8,big:9 limit 3")
    await chat.say("kay", "+1 small for Wang")

    reply = chat.said(await chat.say("kay", "+3 small for Wang"))

    assert reply == (
        "Sorry, Pies small is limited to 3 per person and Wang already has 1, so Wang may have 2 more: "
        "send +2 small for Wang. Nothing was changed."
    )
    assert "Kay for Wang small ×1" in await chat.card()
