"""rep52 #7: the organiser's `who paid?`, `who has not paid?`, `谁没付款`, `谁还没付款`,
`remind unpaid`, `remind everyone to pay`, `export` got no reply (`谁还没取货` was understood),
and `/remind unpaid` suggested `/remind #4`, a group buy that had failed with nothing to remind
about. Each question now gets its command's answer (`/list`, `/remind`, `/export`); from a member
who runs no group buy it stays talk; and `/remind unpaid` suggests one with unpaid orders, or says
none has. (Who has not paid: since rep54 #3 its own answer,
tests/regressions/test_who_has_not_paid_names_every_unpaid_order_of_hers.py.)"""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {"en": "/groupbuy Bread price 8", "zh": "接龙 大米 价格 59"}
CLOSE = {"en": "/close", "zh": "截单"}
LIST_HEAD = {"en": "📋 The list of Bread (#1), 2 lines:", "zh": "📋 大米（#1）接龙名单，共 2 条："}
REMINDED = {
    "en": "💸 Reminder: Bread (#1), 1 order still unpaid:",
    "zh": "💸 催款：大米（#1）还有 1 个订单未付款：",
}


async def _closed(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", OPEN[lang])
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", CLOSE[lang])
    await chat.say("amy", "/paid 1-1" if lang == "en" else "已收 1-1")  # Bob paid, Cat not
    return chat


@pytest.mark.parametrize(
    ("lang", "asked"),
    [("en", "who paid?"), ("zh", "谁付款了")],
)
async def test_who_paid_in_words_is_the_list(lang: str, asked: str) -> None:
    chat = await _closed(lang)

    said = chat.said(await chat.say("amy", asked))

    assert said == chat.said(await chat.say("amy", "/list" if lang == "en" else "名单"))
    assert said.startswith(LIST_HEAD[lang]) and "✅" in said
    assert await chat.say("bob", asked) == []  # a member's question among neighbours: talk


@pytest.mark.parametrize(
    ("lang", "asked"),
    [("en", "remind unpaid"), ("en", "remind everyone to pay"), ("zh", "提醒大家付款")],
)
async def test_remind_in_words_reminds(lang: str, asked: str) -> None:
    chat = await _closed(lang)

    said = chat.said(await chat.say("amy", asked))

    assert said.startswith(REMINDED[lang])
    assert "Cat" in said and "Bob" not in said


@pytest.mark.parametrize(("lang", "asked"), [("en", "export"), ("en", "Export please")])
async def test_export_in_words_sends_the_files(lang: str, asked: str) -> None:
    chat = await _closed(lang)

    replies = await chat.say("amy", asked)

    assert [r.document.kind for r in replies if r.document is not None] == ["xlsx", "csv"]
    assert await chat.say("bob", asked) == []


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        (
            "en",
            "/remind unpaid",
            "Nothing was sent: no group buy of yours here has unpaid orders to remind about. Once one has, "
            "send /remind #12 with its number (/remind alone when it is the only one).",
        ),
        (
            "zh",
            "/催款 未付款",
            "没有发送提醒：你在本群的团购都没有未付款的订单，不用催款。有未付款订单时发 催款 #12"
            "（写上团号；只有一个时发 催款 即可）。",
        ),
    ],
)
async def test_remind_unpaid_never_suggests_a_group_buy_with_nothing_owed(
    lang: str, typed: str, said: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", OPEN[lang] + (" target 5" if lang == "en" else " 成团 5"))
    await chat.say("bob", "+1")
    await chat.say("amy", "/cancel #1 confirm" if lang == "en" else "取消 #1 确认")

    assert chat.said(await chat.say("amy", typed)) == said


async def test_remind_unpaid_suggests_the_one_with_unpaid_orders() -> None:
    chat = await _closed("en")
    await chat.say("amy", "/groupbuy Plums price 5 target 5")
    await chat.say("dan", "+1 #2")
    await chat.say("amy", "/cancel #2 confirm")  # #2, the newest: called off, nothing owed

    assert chat.said(await chat.say("amy", "/remind unpaid")) == "Write it like: /remind or /remind #1"
