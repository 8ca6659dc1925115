"""Session 18 (black-box review, finding 14): `截单 #10` on 奶茶 (1 of 3 taken, another 奶茶 #11 open)
answered `还不能截单：目前 1/3。请等到截止时间，或发“取消”取消这个团。`: a bare `取消` with two open is
itself asked which, and the organiser's usual wish (go ahead with fewer) was never mentioned, though
`修改 #10 成团 1` then `截单 #10` does it. The refusal now names the group buy in each command and says
how to go ahead with what is taken; with nobody on it, only to wait or call it off."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_refusal_says_how_to_go_ahead_and_names_the_group_buy() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 奶茶 价格 18 成团 3")
    await chat.say("amy", "接龙 咖啡 价格 12 成团 3")

    nobody = chat.said(await chat.say("amy", "截单 #1"))
    await chat.say("bob", "+1 #1")
    short = chat.said(await chat.say("amy", "截单 #1"))

    assert nobody == "还不能截单：目前 0/3 份，还没有人跟团。请等到截止时间，或发“取消 #1”取消这个团。"
    assert short == (
        "还不能截单：目前 1/3 份。要按现在的数量成团，先发“修改 #1 成团 1”降低成团数，再发“截单 #1”；"
        "也可以等到截止时间，或发“取消 #1”取消这个团。"
    )
    assert chat.said(await chat.say("amy", "修改 #1 成团 1")) == "已修改 奶茶（#1）：成团 1。"
    closed = chat.said(await chat.say("amy", "截单 #1"))
    assert closed.startswith("✅ 奶茶（#1）成团了：¥18/份，共 1 个订单、1 份。")


async def test_in_english_in_its_unit() -> None:
    chat = fake_chat()
    await chat.say("gina", "/groupbuy Lychees price 15/kg target 10")
    await chat.say("dan", "+8")

    assert chat.said(await chat.say("gina", "/close")) == (
        "It cannot close yet: 8 of 10 kg so far. To go ahead with what is taken, lower the target first:"
        " /edit #1 target 8, then /close #1; or wait for the deadline, or /cancel #1 to call it off."
    )
    assert chat.said(await chat.say("gina", "/edit #1 target 8")) == "Updated Lychees (#1): target 8."
    assert chat.said(await chat.say("gina", "/close #1")).startswith("✅ Lychees (#1)")
