"""Task s26 C1: a chat's admin (not the organiser) who changed a group buy by typing in the chat (`修改 #1
价格 50`, a deadline, stock, `自提 …`, `收款方式 …`, `取消 #1`) told its organiser nothing, while the same act
in the console sends her a private notice. The chat's commands now tell her as the console does (one
handler, `handlers.organiser_told`): privately, in her language, naming who did what (an edit's fields old
→ new, a cancel with its reason). Her own change tells her nothing more."""

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
        "cancel": "取消 #1 货源断了",
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
        "cancel": "/cancel #1 supplier ran out",
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
