"""Task s22 D: an admin's console batch (tick several orders, Mark paid / Refund / Undo paid) with a 代报
guest's order in it (one Amy added for 王阿姨) told Amy of the guest's order in a message of its own, as
done "by Amy" (herself: the console acts by her name in the chat). The guest's order is hers: it is now in
the one message listing her orders, naming the admin (管理员 root / "Admin root"), a paid guest's pickup code
to pass on after the list. The same holds for an admin typing it in the chat, named as he is."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form
from tests.unit.handlers.conftest import fake_chat

OPEN = {
    "en": ("/groupbuy Mangoes price 10 target 1", "/add Aunt Wang 1", "/close"),
    "zh": ("接龙 芒果 价格 10 成团 1", "代报 王阿姨 1", "截单"),
}
TOLD = {
    (
        "en",
        "paid",
    ): "Admin root marked 2 orders of yours as paid: #{g}-1 Mangoes (#{g}), Bob's, ¥10; #{g}-2 Mangoes"
    " (#{g}), Aunt Wang's, ¥10.\nAunt Wang's pickup code: {code}: pass it on to Aunt Wang (it is shown when"
    " collecting).",
    (
        "zh",
        "paid",
    ): "管理员 root 把你的 2 个订单标记为已收款：#{g}-1 芒果（#{g}）Bob ¥10；#{g}-2 芒果（#{g}）王阿姨 ¥10。"
    "\n王阿姨 的取货码：{code}，请转告 王阿姨（取货时出示）。",
    (
        "en",
        "unpaid",
    ): "Admin root undid the payment of 2 orders of yours, unpaid again: #{g}-1 Mangoes (#{g}),"
    " Bob's, ¥10; #{g}-2 Mangoes (#{g}), Aunt Wang's, ¥10.",
    (
        "zh",
        "unpaid",
    ): "管理员 root 撤销了你的 2 个订单的已收款，这些订单又是未付款了：#{g}-1 芒果（#{g}）Bob ¥10；"
    "#{g}-2 芒果（#{g}）王阿姨 ¥10。",
    (
        "en",
        "refund",
    ): "Admin root refunded 2 orders of yours: #{g}-1 Mangoes (#{g}), Bob's, ¥10: Bob was told you"
    " give the money back; #{g}-2 Mangoes (#{g}), Aunt Wang's, ¥10: give the money back to Aunt Wang.",
    (
        "zh",
        "refund",
    ): "管理员 root 给你的 2 个订单办了退款：#{g}-1 芒果（#{g}）Bob ¥10（已告诉 Bob 由你把钱退给 TA）；"
    "#{g}-2 芒果（#{g}）王阿姨 ¥10（请把钱退给 王阿姨）。",
}


async def _closed(world: ConsoleWorld, lang: str) -> int:
    opening, add, close = OPEN[lang]
    replies = await world.say("family", "amy", opening)
    gid = int(next(r.card_of for r in replies if r.card_of))
    await world.say("family", "bob", f"+1 #{gid}")
    await world.say("family", "amy", add)
    await world.say("family", "amy", f"{close} #{gid}")  # her words: her language
    return gid


async def _to_amy(world: ConsoleWorld, before: int) -> list[dict[str, Any]]:
    rows = (await world.outbox_rows())[before:]
    replies = [(row["chat_id"], json.loads(row["payload"])["reply"]) for row in rows]
    return [r for chat, r in replies if r.get("private_to") == "amy" or chat == "amy"]


@pytest.mark.parametrize("action", ["paid", "unpaid", "refund"])
@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_an_admins_batch_is_one_message_with_her_guests_order(
    tmp_path: Path, lang: str, action: str
) -> None:
    async with console_world(tmp_path) as world:
        gid = await _closed(world, lang)
        if action != "paid":
            await world.say("family", "amy", f"{'/paid' if lang == 'en' else '已收'} {gid}-1 {gid}-2")
        client = await world.admin()
        before = len(await world.outbox_rows())

        picks = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on"}
        if action == "refund":  # a refund asks first: its page's confirm button
            picks["confirm"] = "yes"
        done = await post_form(client, f"/orders/{action}", picks)

        assert done.status_code == 303
        told = await _to_amy(world, before)
        assert len(told) == 1, [r.get("text") for r in told]
        code = re.search(r"(\d{4,6})", told[0]["text"].split("\n")[-1])
        expected = TOLD[(lang, action)].format(g=gid, code=code.group(1) if code else "")
        assert told[0]["text"] == expected
        assert bool(told[0].get("secret")) is (action == "paid")  # a pickup code: never posted in a group


async def test_an_admins_paid_in_the_chat_names_him_in_one_message() -> None:
    chat = fake_chat()
    chat.admins = {"boss"}
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "+1")
    await chat.say("amy", "代报 王阿姨 1")
    await chat.say("amy", "截单")

    replies = await chat.say("boss", "已收 1-1 1-2")

    to_amy = [r for r in replies if r.private_to == "amy"]
    assert len(to_amy) == 1
    head, code = to_amy[0].text.split("\n")
    assert head == "Boss 把你的 2 个订单标记为已收款：#1-1 芒果（#1）Bob ¥30；#1-2 芒果（#1）王阿姨 ¥30。"
    assert code.startswith("王阿姨 的取货码：") and to_amy[0].secret


async def test_her_own_paid_of_her_guest_is_as_before() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("amy", "代报 王阿姨 1")
    await chat.say("amy", "截单")

    replies = await chat.say("amy", "已收 1-1")

    assert chat.said(replies) == "✅ 王阿姨 的订单 #1-1 已付款。"
    (told,) = [r for r in replies if r.private_to]
    assert told.private_to == "amy" and told.secret and told.text.startswith("王阿姨 的取货码：")


@pytest.mark.parametrize(
    ("lang", "told"),
    [
        ("en", "Aunt Wang's order #{g}-2 (Mangoes) was marked picked up by an admin."),
        ("zh", "王阿姨 的订单 #{g}-2（芒果）已由 管理员 标记为已取货。"),
    ],
)
async def test_an_admins_picked_up_of_her_guests_order_is_never_by_herself(
    tmp_path: Path, lang: str, told: str
) -> None:
    async with console_world(tmp_path) as world:
        gid = await _closed(world, lang)
        await world.say("family", "amy", f"{'/paid' if lang == 'en' else '已收'} {gid}-2")
        client = await world.admin()
        before = len(await world.outbox_rows())

        done = await post_form(client, "/orders/picked-up", {"order": f"{gid}-2"})

        assert done.status_code == 303
        assert [r["text"] for r in await _to_amy(world, before)] == [told.format(g=gid)]
