"""`/join half a dozen` in a Chinese group was answered in English, while `+half a dozen` there is answered
in Chinese: the amount's English unit words were taken for the member's language. An amount alone after
`/join` (`half a dozen`, `a dozen`, `2 kg`) is no words, as after `+`: answered in the chat's language,
unless the member's own language says otherwise; `/join sweet` stays English."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _eggs() -> Chat:
    chat = fake_chat()
    await chat.say("bob", "接龙 鸡蛋 价格 1 元/个 截止 3d")
    return chat


async def test_join_half_a_dozen_is_answered_as_plus_half_a_dozen() -> None:
    chat = await _eggs()

    joined = chat.said(await chat.say("ivy", "/join half a dozen"))
    plus = chat.said(await chat.say("jon", "+half a dozen"))

    assert joined == plus == "鸡蛋（#1）按个卖：“half a dozen”是 6个，要就发 +6。没有任何改动。"


async def test_an_amount_in_kg_after_join_too() -> None:
    chat = fake_chat()
    await chat.say("bob", "接龙 汤圆 价格 10 截止 3d")

    said = chat.said(await chat.say("kim", "/join 2 kg"))

    assert said == "汤圆（#1）按份卖，“2 kg”不是它的数量。要几份就发 +几，例如 +1。没有任何改动。"


async def test_the_members_own_language_still_answers() -> None:
    chat = await _eggs()

    said = chat.said(await chat.say("pat", "/join half a dozen", language="en"))

    assert said == (  # 个 said by its English word (session 20)
        "鸡蛋 (#1) is sold by the piece: “half a dozen” is 6 pieces, so send +6 for them. "
        "Nothing was changed."
    )
