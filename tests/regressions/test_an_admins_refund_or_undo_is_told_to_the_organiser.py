"""Review (session 20, N2): an admin's refund of an organiser's order told the buyer "Amy gives ¥30 back
to you", and an admin's undo of its payment told the buyer it was unpaid again, but Amy, who holds the
money and chases the payments, heard nothing. She is now told privately, in her language, once (an admin
in the console, who acts by her name in the chat, is "An admin" to her); her own refund or undo tells her
nothing more than her answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import fake_chat

CASES = {
    "en": (
        "/groupbuy Mangoes price 30",
        "/close",
        "/paid 1-{n}",
        "/refund 1-1",
        "/unpaid 1-2",
        "Boss refunded order #1-1 of your Mangoes (#1), Bob's, ¥30: Bob was told you give the money back.",
        "Boss undid the payment of order #1-2 of your Mangoes (#1), Cat's, ¥60: it is unpaid again.",
    ),
    "zh": (
        "接龙 芒果 价格 30",
        "截单",
        "已收 1-{n}",
        "退款 1-1",
        "撤销已收 1-2",
        "Boss 给你的 芒果（#1）订单 #1-1（Bob）办了退款 ¥30：已告诉 Bob 由你把钱退给 TA。",
        "Boss 撤销了你的 芒果（#1）订单 #1-2（Cat）的已收款 ¥60，这单又是未付款了。",
    ),
}


CONTACT = {"en": "if you have, please talk to Amy.", "zh": "已经付过的话，请直接联系 Amy。"}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_an_admins_refund_and_undo_reach_the_organiser(lang: str) -> None:
    opening, close, paid, refund, undo, refunded, undone = CASES[lang]
    chat = fake_chat(default_language=lang)
    chat.admins = {"boss"}
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("cat", "+2")
    await chat.say("amy", close)
    for n in (1, 2, 3):
        await chat.say("amy", paid.format(n=n))

    by_admin = chat.private(await chat.say("boss", refund))
    undone_by_admin = chat.private(await chat.say("boss", undo))

    assert by_admin["amy"] == refunded
    assert "bob" in by_admin  # the buyer is told as before
    assert undone_by_admin["amy"] == undone
    # Cat paid Amy: she talks to Amy, not to the admin who undid it (replay s20)
    assert undone_by_admin["cat"].endswith(CONTACT[lang])


async def test_her_own_refund_tells_her_nothing_more() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 30")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-1")

    replies = await chat.say("amy", "/refund 1-1")

    # her answer alone: typed in the group it carries the amount privately (s30), no admin's notice
    assert chat.private(replies)["amy"] == (
        "Order #1-1 of Bob is marked refunded (¥30). Give the money back to them directly. "
        "They were told privately."
    )
    assert "bob" in chat.private(replies)


async def test_an_admins_refund_in_the_console_reaches_the_organiser(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+1 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        await world.say("family", "amy", f"/paid {gid}-1")
        client = await world.admin()
        before = len(await world.outbox_rows())

        refunded = await post_form(client, "/orders/refund", {"order": f"{gid}-1", "confirm": "yes"})

        assert refunded.status_code == 303
        rows = (await world.outbox_rows())[before:]
        replies = [(row["chat_id"], json.loads(row["payload"])["reply"]) for row in rows]
        to_amy = [r.get("text", "") for chat, r in replies if r.get("private_to") == "amy" or chat == "amy"]
        assert to_amy == [  # the chat and Bob read Amy's name: the console acts for her shop
            f"Admin root refunded order #{gid}-1 of your Mangoes (#{gid}), Bob's, ¥10: Bob was told you give "
            "the money back."
        ]
