"""A group buy in euros read only ¥ and $ amounts in the organiser's 只收到 and in a tier said
in words: `只收到 1-1 20欧元` and `1-1 只收到 €20` were "not an amount received" (or no part
received at all), `只收到 1-1 RM20` and `/paid 1-1 RM20 only` the same, never saying the order is
in €; `接龙 芒果 价格 €30 满10份€25` was "像是阶梯价，但我没看懂", `满10份RM25` the same, and
`/groupbuy Mango price €30 10+ €25` was "I didn't understand “10+ €25” after the price". Now the
group buy's own currency is read there (the shared currency marks of commerce.domain.money), and
another currency is refused naming the group buy's, nothing changed, as a payment report's (`I paid
RM25`) is."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

ZH = {
    "opening": "接龙 芒果 价格 €30 成团 1 截止 2小时",
    "close": "截单",
    "recorded": "Amy，订单 #1-1 已记下只收到部分款，详情已私信发你。",
    "recorded_privately": "订单 #1-1（Cat）只收到 €20，还差 €10，仍是未付款。已私信告诉对方补齐。",
    "refused": "Amy，订单 #1-1 的事已私信发给你。",
    "refused_privately": (
        "“RM20”不是 €：订单 #1-1 按 €（EUR）计，应付 €30，没有任何改动。只收到一部分就按 € 写收到的金额，"
        "例如 只收到 1-1 €15；全部收到了就发 已收 1-1。"
    ),
}
EN = {
    "opening": "/groupbuy Mango price €30 target 1 ends in 2 hours",
    "close": "/close",
    "recorded": "Amy, order #1-1 is recorded as part received; the details are sent to you privately.",
    "recorded_privately": (
        "Order #1-1 (Cat): only €20 received, €10 still to pay; it stays unpaid. "
        "They are told privately to pay the rest."
    ),
    "refused": "Amy, I've answered you about order #1-1 privately.",
    "refused_privately": (
        "“RM20” is not in €: order #1-1 is in € (EUR) and comes to €30. Nothing was changed. If only part "
        "of it came, send that amount in €, e.g. /paid 1-1 €15 only; if all of it came, send /paid 1-1."
    ),
}


async def _closed(lang: str, said: dict[str, str]) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", said["opening"], language=lang)
    await chat.say("cat", "+1", language=lang)
    await chat.say("amy", said["close"], language=lang)
    return chat


@pytest.mark.parametrize(
    ("lang", "said", "typed"),
    [
        ("zh", ZH, "只收到 1-1 20欧元"),
        ("zh", ZH, "1-1 只收到 €20"),
        ("en", EN, "/paid 1-1 20 euros only"),
    ],
)
async def test_a_part_received_in_the_group_buys_currency_is_recorded(
    lang: str, said: dict[str, str], typed: str
) -> None:
    chat = await _closed(lang, said)

    replies = await chat.say("amy", typed, language=lang)

    assert chat.said(replies) == said["recorded"]
    assert chat.private(replies)["amy"] == said["recorded_privately"]


@pytest.mark.parametrize(
    ("lang", "said", "typed"),
    [
        ("zh", ZH, "只收到 1-1 RM20"),
        ("zh", ZH, "1-1 只收到 RM20"),
        ("en", EN, "/paid 1-1 RM20 only"),
    ],
)
async def test_a_part_received_in_another_currency_is_refused_naming_the_group_buys(
    lang: str, said: dict[str, str], typed: str
) -> None:
    chat = await _closed(lang, said)

    replies = await chat.say("amy", typed, language=lang)

    assert chat.said(replies) == said["refused"]
    assert chat.private(replies) == {"amy": said["refused_privately"]}
    orders = await chat.say("amy", "/list #1" if lang == "en" else "名单 #1", language=lang)
    assert "€20" not in "".join(r.text or "" for r in orders)  # nothing recorded


async def test_a_tier_in_words_in_the_group_buys_currency_is_read() -> None:
    chat = fake_chat()

    opened = await chat.say("amy", "接龙 芒果 价格 €30 满10份€25 截止 2小时")

    assert chat.said(opened) == (
        "团购 #1 开团了：芒果，€30/份。发 +1 或点“跟团”参加，截止 11月23日 周一 14:00。"
    )
    assert "阶梯价：满10份 €25" in await chat.card(1)


async def test_a_tier_in_words_in_another_currency_is_refused_naming_the_group_buys() -> None:
    chat = fake_chat()

    replies = await chat.say("amy", "接龙 芒果 价格 €30 满10份RM25 截止 2小时")

    assert chat.said(replies) == (
        "阶梯“10:RM25”不是 €：这里的价格用 €（EUR），没有任何改动。请按 € 写阶梯价，或者不写币种符号。"
    )


async def test_an_english_tier_in_words_in_euros_gets_the_tier_form_in_euros() -> None:
    chat = fake_chat(default_language="en")

    replies = await chat.say("amy", "/groupbuy Mango price €30 10+ €25", language="en")

    assert chat.said(replies) == (
        "“10+ €25” looks like a tier, but I can't read it, so nothing was opened. Write a tier as "
        "tiers 10:-2 (2 off each from 10) or tiers 10:25 (25 each from 10), "
        "e.g. /groupbuy Mango price €30 tiers 10:25"
    )
