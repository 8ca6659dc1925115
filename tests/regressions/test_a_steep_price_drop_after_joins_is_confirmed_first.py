"""Review round 29 (item 2): `修改 #16 价格 0.8` on ¥8 after Kim joined was applied at once, and could never
be undone (a price only goes down once people joined): the group buy closed at ¥0.80. A base price lowered
five times or more with people joined is now confirmed first, nothing changed, the answer giving the same
command with `确认` (`confirm`), which applies it; a smaller drop, and any drop before anyone joined, is
applied as before. zh and en, in the group and in private."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

ZH_ASKED = (
    "价格从 ¥8 降到 ¥0.80（原来的 1/10），已经有人跟团，降了就不能再涨回去。确认就发 修改 #1 价格 0.8 确认"
)
EN_ASKED = (
    "The price would go from ¥8/kg down to ¥0.80/kg (1/10 of what it was). People have joined,"
    " so it could never go back up; nothing was changed. To lower it, send /edit #1 price 0.8 confirm"
)


@pytest.mark.parametrize(
    ("lang", "opening", "edit", "asked", "confirm", "was", "now"),
    [
        (
            "zh",
            "开团 李子 价格 8",
            "修改 #1 价格 0.8",
            ZH_ASKED,
            "修改 #1 价格 0.8 确认",
            "¥8/份",
            "¥0.80/份",
        ),
        (
            "en",
            "/groupbuy Plums price 8/kg",
            "/edit #1 price 0.8",
            EN_ASKED,
            "/edit #1 price 0.8 confirm",
            "¥8/kg",
            "¥0.80/kg",
        ),
    ],
)
@pytest.mark.parametrize("private", [False, True])
async def test_a_tenth_of_the_price_after_a_join_is_asked_to_be_confirmed(
    lang: str, opening: str, edit: str, asked: str, confirm: str, was: str, now: str, private: bool
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("kim", "+1")

    replies = await chat.say("amy", edit, private=private)

    assert chat.said(replies) == asked
    assert was in await chat.card() and now not in await chat.card()

    sent = await chat.say("amy", confirm, private=private)  # the command given, as sent
    confirmed = "\n".join(reply.text for reply in sent if reply.text)  # in private: the group hears it too

    assert now in await chat.card(), confirmed
    assert ("原来的 1/10" if lang == "zh" else "1/10 of what it was") in confirmed, confirmed


async def test_a_drop_to_more_than_a_third_after_a_join_is_applied_at_once() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 李子 价格 8")
    await chat.say("kim", "+1")

    lowered = chat.said(await chat.say("amy", "修改 #1 价格 3"))  # more than 1/3 of ¥8 (session 25)

    assert lowered == "已修改 李子（#1）：价格 ¥3。\n改价：¥8 → ¥3，所有人按新价"
    assert "¥3/份" in await chat.card()


async def test_a_tenth_of_the_price_before_anyone_joined_is_applied_with_its_undo() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Plums price 8")

    lowered = chat.said(await chat.say("amy", "/edit #1 price 0.8"))

    assert lowered.endswith("If that was a typo, send /edit #1 price 8"), lowered
    assert "¥0.80" in await chat.card()


async def test_a_member_is_told_only_the_organiser_edits_never_asked_to_confirm() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 李子 价格 8")
    await chat.say("kim", "+1")

    refused = chat.said(await chat.say("kim", "修改 #1 价格 0.8"))

    assert refused == "只有团长（Amy）可以这样做，没有任何改动。"
    assert "¥8/份" in await chat.card()


@pytest.mark.parametrize(
    ("lang", "opening", "typed", "said", "card"),
    [
        (
            "zh",
            "开团 李子 价格 8",
            "修改 #1 确认",
            "“确认”要和降价的命令一起发，例如 修改 #1 价格 0.8 确认（写你要的新价格），"
            "不是新团名，没有任何改动。",
            "🛒 李子（#1）",
        ),
        (
            "en",
            "/groupbuy Plums price 8",
            "/edit #1 confirm",
            "“confirm” goes with the price it confirms, e.g. /edit #1 price 0.8 confirm"
            " (with the new price you want); it is no new title, nothing was changed.",
            "🛒 Plums (#1)",
        ),
    ],
)
async def test_a_confirmation_sent_alone_is_no_rename(
    lang: str, opening: str, typed: str, said: str, card: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("kim", "+1")

    answered = chat.said(await chat.say("amy", typed))

    assert answered == said
    assert card in await chat.card()
