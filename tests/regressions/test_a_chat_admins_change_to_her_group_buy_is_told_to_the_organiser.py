"""Task s26 C1: a chat's admin (not the organiser) who changed a group buy by typing in the chat (`修改 #1
价格 50`, a deadline, stock, `自提 …`, `收款方式 …`, `取消 #1`) told its organiser nothing, while the same act
in the console sends her a private notice. The chat's commands now tell her as the console does (one
handler, `handlers.organiser_told`): privately, in her language, naming who did what (an edit's fields old
→ new, a cancel with its reason); so do a line taken off (`踢出 @Bob`) and a commission rate she pays set
(`帮卖 开 10%`, `佣金 5%`). Her own change tells her nothing more."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

CASES = {
    "zh": {
        "open": "接龙 大米 价格 60 成团 3",
        "edit": "修改 #1 价格 50 库存 30",
        "edited": "Boss 修改了你的 大米（#1）：价格 ¥60 → ¥50；库存 无 → 30",
        "deadline": "修改 #1 截止 明天20:00",
        "deadline_said": "Boss 修改了你的 大米（#1）：截止时间 ",
        "pickup": "自提 #1 小区南门",
        "pickup_said": "Boss 修改了你的 大米（#1）：自提 无 → 小区南门",
        "payment": "收款方式 #1 转账给 Amy",
        "payment_said": "Boss 修改了你的 大米（#1）：收款方式 无 → 转账给 Amy",
        "cancel": "取消 #1 货源断了 确认",
        "cancelled": "Boss 取消了你的 大米（#1）：群里和跟团的人都已收到通知，不收任何款项。\n原因：货源断了",
        "own": "修改 #1 库存 40",
    },
    "en": {
        "open": "/groupbuy Rice price 60 target 3",
        "edit": "/edit #1 price 50 stock 30",
        "edited": "Boss changed your Rice (#1): price ¥60 → ¥50; stock none → 30",
        "deadline": "/edit #1 ends tomorrow 20:00",
        "deadline_said": "Boss changed your Rice (#1): deadline ",
        "pickup": "/pickup #1 Gate 3",
        "pickup_said": "Boss changed your Rice (#1): pickup none → Gate 3",
        "payment": "/payment #1 transfer to Amy",
        "payment_said": "Boss changed your Rice (#1): payment none → transfer to Amy",
        "cancel": "/cancel #1 supplier ran out confirm",
        "cancelled": "Boss cancelled your Rice (#1): the group and everyone on it were told; "
        "nobody is charged.\nReason: supplier ran out",
        "own": "/edit #1 stock 40",
    },
}


async def _opened(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    chat.admins = {"boss"}
    await chat.say("amy", CASES[lang]["open"])
    await chat.say("bob", "+1")
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_chat_admins_edits_and_cancel_are_told_to_the_organiser(lang: str) -> None:
    said = CASES[lang]
    chat = await _opened(lang)

    edited = await chat.say("boss", said["edit"])
    assert [r.text for r in edited if r.private_to == "amy"] == [said["edited"]]
    moved = chat.private(await chat.say("boss", said["deadline"]))
    assert moved["amy"].startswith(said["deadline_said"]) and "→" in moved["amy"], moved
    assert chat.private(await chat.say("boss", said["pickup"]))["amy"] == said["pickup_said"]
    assert chat.private(await chat.say("boss", said["payment"]))["amy"] == said["payment_said"]

    # her own change tells her nothing more than her answer
    assert "amy" not in chat.private(await chat.say("amy", said["own"]))

    cancelled = await chat.say("boss", said["cancel"])
    assert [r.text for r in cancelled if r.private_to == "amy"] == [said["cancelled"]]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_own_cancel_tells_her_nothing_privately(lang: str) -> None:
    chat = await _opened(lang)

    replies = await chat.say("amy", CASES[lang]["cancel"])

    assert "amy" not in chat.private(replies)
    assert "bob" in chat.private(replies)  # the buyers are told as before


LINES_AND_RATES = {
    "zh": (
        ("踢出 @Bob", "Boss 把 Bob（×1）移出了你的 大米（#1）。"),
        ("帮卖 开 10%", "Boss 把你的 大米（#1）的帮卖佣金从 0% 改成了 10%。"),
        ("佣金 5%", "Boss 把你的 大米（#1）的分享佣金从 0% 改成了 5%。"),
    ),
    "en": (
        ("/remove @Bob", "Boss removed Bob (×1) from your Rice (#1)."),
        ("/helpsell on 10%", "Boss changed the help-sell commission of your Rice (#1) from 0% to 10%."),
        ("/commission 5%", "Boss changed the sharing commission of your Rice (#1) from 0% to 5%."),
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_chat_admin_taking_a_line_off_or_setting_a_rate_she_pays_is_told_to_her(lang: str) -> None:
    chat = await _opened(lang)

    for typed, said in LINES_AND_RATES[lang]:
        replies = await chat.say("boss", typed)
        assert [r.text for r in replies if r.private_to == "amy"] == [said], (typed, replies)

    # the same rate again changes nothing and tells her nothing; her own tells her nothing
    typed = LINES_AND_RATES[lang][2][0]
    assert "amy" not in chat.private(await chat.say("boss", typed))
    assert "amy" not in chat.private(await chat.say("amy", typed.replace("5%", "8%")))
