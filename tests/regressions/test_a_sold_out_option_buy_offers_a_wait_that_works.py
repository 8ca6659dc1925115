"""rep80 #8: Ice cream (vanilla / chocolate, one stock of 3 they share) all on Dan's line for Zhao. `me too`
was told `send /waitlist 1`, and `/waitlist 1` then asked which option; `+1 chocolate` said "every option is
gone" beside a card showing `chocolate ¥12 · 0 taken`. A join naming no option (and the question
`还能要一份吗？`) is now told a wait naming one, which queues as sent; an option's join says the stock the
options share is taken."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

WAIT_EN = (
    "Sorry, Ice cream is sold out. To wait for it, say which option, e.g. /waitlist chocolate 1 "
    "(vanilla ¥12 / chocolate ¥12): whatever comes free goes to the first in line whose quantity fits."
)
WAIT_ZH = (
    "抱歉，冰淇淋 已经卖完了。想候补请说要哪一种，比如发“候补 巧克力 1”（香草 ¥12 / 巧克力 ¥12）："
    "空出的数量按排队顺序，补给数量放得下的人。"
)


async def _sold_out(lang: str) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("ann", "/lang en")
        await room.say("ann", "/groupbuy Ice cream options vanilla:12,chocolate:12 stock 3")
        await room.say("dan", "+3 for Zhao vanilla", name="Dan")
    else:
        await room.say("ann", "接龙 冰淇淋 规格 香草:12,巧克力:12 库存 3")
        await room.say("dan", "+3 帮 赵奶奶 香草", name="Dan")
    return room


async def test_me_too_is_told_a_wait_that_queues_as_sent() -> None:
    room = await _sold_out("en")

    offered = room.said(await room.say("bob", "me too", name="Bob"))
    sent = room.said(await room.say("bob", "/waitlist chocolate 1", name="Bob"))

    assert offered == f"Bob: {WAIT_EN}", offered
    assert sent.startswith(
        "Bob is on the waiting list of Ice cream chocolate (#1) for 1: number 1 in line."
    ), sent


async def test_an_options_join_says_the_shared_stock_is_taken() -> None:
    room = await _sold_out("en")

    said = room.said(await room.say("bob", "+1 chocolate", name="Bob"))

    assert said == (
        "Bob: Sorry, Ice cream is sold out: its options share one stock, and all of it is taken. "
        "To wait for chocolate, send /wait chocolate 1: "
        "whatever comes free goes to the first in line whose quantity fits."
    ), said
    assert "every option is gone" not in said


async def test_in_chinese_the_join_and_the_question_alike() -> None:
    room = await _sold_out("zh")

    joined = room.said(await room.say("bo", "我也要", name="Bo"))
    asked = room.said(await room.say("bo", "还能要一份吗？", name="Bo"))
    option = room.said(await room.say("bo", "+1 巧克力", name="Bo"))

    assert joined == f"Bo：{WAIT_ZH}", joined
    assert asked == WAIT_ZH, asked
    assert option == (
        "Bo：抱歉，冰淇淋 已经卖完了：各规格共用一份库存，已经全部被订完。想候补 巧克力 请发“候补 巧克力 1”："
        "空出的数量按排队顺序，补给数量放得下的人。"
    ), option
