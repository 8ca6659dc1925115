"""rep104 #3: the organiser's bare `自提`, `自提点`, `收款方式`, `收款` in her group got no answer, where
`/pickup` and `/payment` alone are answered with their example. From her (running a group buy open
here) they are now answered with the form; from a buyer (`送货还是自提？` `自提`) they stay chatter."""

from __future__ import annotations

from tests.unit.handlers.conftest import chat_in


def _said(replies) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.text for r in replies if r.text]


async def test_organisers_bare_pickup_and_payment_words_get_their_form() -> None:
    chat = await chat_in("zh")
    await chat.say("amy", "开团 芒果 价格 30")
    await chat.say("amy", "开团 苹果 价格 20")
    assert _said(await chat.say("amy", "自提")) == ["请写上自提地点和时间。例如：自提 小区南门 明天下午5点"]
    assert _said(await chat.say("amy", "自提点")) == [
        "请写上自提地点和时间。例如：自提点 小区南门 明天下午5点"
    ]
    for typed in ("收款方式", "收款", "付款方式"):
        assert _said(await chat.say("amy", typed)) == [
            "请写上怎么付款。例如：收款方式 微信转账给 Amy，或自提时付现金"
        ], typed


async def test_a_buyers_bare_pickup_word_stays_chatter() -> None:
    chat = await chat_in("zh")
    await chat.say("amy", "开团 芒果 价格 30")
    await chat.say("bob", "+1")
    for typed in ("自提", "自提点", "收款方式", "收款", "接龙"):
        assert _said(await chat.say("bob", typed)) == [], typed
    for _ in range(12):  # never counted against her commands: still answered after
        await chat.say("bob", "自提")
    assert _said(await chat.say("bob", "名单")) != []


async def test_a_bare_pickup_word_with_none_running_stays_chatter() -> None:
    chat = await chat_in("zh")
    assert _said(await chat.say("amy", "自提")) == []
    assert _said(await chat.say("amy", "收款方式")) == []
