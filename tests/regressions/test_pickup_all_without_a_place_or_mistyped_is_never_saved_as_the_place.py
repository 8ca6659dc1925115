"""rep55 #1: Wang's bare `自提 全部` answered "好的，大米（#6）的自提：全部 · …" and Lisa's `/pickup all`
"Pickup for Kaya Jars (#3): all · …": the word was saved as the place of her newest buy. A typo did the
same: `/pickup al Gate 3 tuesday 7pm` set the place "al Gate 3", and `/commission alll 5%` got the
generic rate help. Now `all` with nothing after it is refused saying the place and time are missing,
with an example keeping `all`, and a mistyped `all` is asked ("did you mean /pickup all Gate 3 …?"):
nothing changed either way."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, closed_with_a_buyer_each


@pytest.mark.parametrize(
    ("typed", "word"), [("/pickup all", "all"), ("/pickup All.", "All"), ("/pickup alll", "all")]
)
async def test_pickup_all_alone_says_the_place_and_time_are_missing(typed: str, word: str) -> None:
    chat = await closed_with_a_buyer_each("en", 2)
    before = await chat.cards_up_to(2)

    replies = await chat.say("amy", typed)

    assert Chat.said(replies) == (
        f"The place and time are missing after “{word}”: nothing was changed."
        " Send them after it, e.g. /pickup all Gate 3 tomorrow 17:00"
    )
    assert Chat.private(replies) == {}
    assert await chat.cards_up_to(2) == before


@pytest.mark.parametrize(
    ("typed", "word"), [("自提 全部", "全部"), ("自提全部", "全部"), ("自提 所有", "所有")]
)
async def test_pickup_all_alone_in_chinese(typed: str, word: str) -> None:
    chat = await closed_with_a_buyer_each("zh", 2)
    before = await chat.cards_up_to(2)

    replies = await chat.say("amy", typed)

    assert Chat.said(replies) == (
        f"“{word}”后面没写自提地点和时间，没有任何改动。请写在后面，例如：自提 全部 小区南门 明天下午5点"
    )
    assert await chat.cards_up_to(2) == before


async def test_payment_and_commission_all_alone_say_what_is_missing() -> None:
    chat = await closed_with_a_buyer_each("en", 2)
    before = await chat.cards_up_to(2)

    payment = Chat.said(await chat.say("amy", "/payment all"))
    commission = Chat.said(await chat.say("amy", "/commission all"))

    assert payment == (
        "How to pay is missing after “all”: nothing was changed."
        " Send it after it, e.g. /payment all WeChat transfer to Amy"
    )
    assert commission == (
        "The rate is missing after “all”: nothing was changed. Send it after it, e.g. /commission all 5%"
    )
    assert await chat.cards_up_to(2) == before


async def test_a_mistyped_all_is_asked_and_never_the_place() -> None:
    chat = await closed_with_a_buyer_each("en", 2)
    before = await chat.cards_up_to(2)

    replies = await chat.say("amy", "/pickup al Gate 3 tuesday 7pm")

    assert Chat.said(replies) == (
        "Did you mean /pickup all Gate 3 tuesday 7pm? “al” is not “all”, so nothing was changed."
        " Send that to set it for each of your group buys here, or name one by its number."
    )
    assert Chat.private(replies) == {}
    assert await chat.cards_up_to(2) == before


async def test_a_mistyped_all_on_a_commission_is_asked() -> None:
    chat = await closed_with_a_buyer_each("en", 2)

    said = Chat.said(await chat.say("amy", "/commission alll 5%"))

    assert said == (
        "Did you mean /commission all 5%? “alll” is not “all”, so nothing was changed."
        " Send that to set it for each of your group buys here, or name one by its number."
    )


async def test_a_mistyped_all_is_asked_in_chinese() -> None:
    chat = await closed_with_a_buyer_each("zh", 2)
    before = await chat.cards_up_to(2)

    said = Chat.said(await chat.say("amy", "自提 alll 北门 明天下午5点"))

    assert said == (
        "你是想发 自提 全部 北门 明天下午5点 吗？“alll”不是“all”，没有任何改动。"
        "要给本群你的每个团都设就发这条，只设一个团请带上编号。"
    )
    assert await chat.cards_up_to(2) == before
