"""Review 24 K: an admin's Refund on the console's /orders refunded at once (no confirmation), the group read
the organiser's instruction `订单 #1-5（Sue，¥78）已标记为退款。请直接把钱退给对方。`, the organiser read
`管理员 给你的…` without the admin's name, and the form had no reason although the chat's `退款 12-3 原因`
tells the buyer one. Now the Refund button (one order or the ticked ones) opens a page listing them with an
optional reason; only its confirmation refunds. The group reads only that the order was refunded; the
organiser is told privately to give the money back, by the admin's name (`管理员 root`); each buyer reads
the reason. A reason too long is refused on that page, nothing refunded."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form
from tests.unit.handlers.conftest import fake_chat

SAID = {
    "en": {
        "group": "Order #{gid}-1 of Bob is refunded. Bob was told privately.",
        "amy": "Admin root refunded order #{gid}-1 of your Mangoes (#{gid}), Bob's, ¥10: "
        "Bob was told you give the money back.\nReason: rotten on arrival",
        "bob_admin": "An admin refunded your order #{gid}-1 (Mangoes): Amy gives ¥10 back to you.\n"
        "Reason: rotten on arrival",
        "bob": "Order #{gid}-1 (Mangoes) was refunded: Amy gives ¥10 back to you.\nReason: rotten on arrival",
        "page": ("Refund 1 order?", "Reason (optional, told to the buyer and the organiser)", "Bob, ¥10"),
        "pages": ("Refund 2 orders?", ">Refund 2 orders</button>"),
        "too_long": "A refund's reason is at most 200 characters; this one has 201. Nothing was refunded yet",
    },
    "zh": {
        "group": "订单 #{gid}-1（Bob）已退款。已私信告诉 Bob。",
        "amy": "管理员 root 给你的 Mangoes（#{gid}）订单 #{gid}-1（Bob）办了退款 ¥10："
        "已告诉 Bob 由你把钱退给 TA。\n原因：rotten on arrival",
        "bob_admin": "管理员 已为你的订单 #{gid}-1（Mangoes）退款：Amy 会直接退给你 ¥10。\n"
        "原因：rotten on arrival",
        "bob": "订单 #{gid}-1（Mangoes）已退款：Amy 会直接退给你 ¥10。\n原因：rotten on arrival",
        "page": ("确认退款（1 个订单）", "退款原因（可不填，会告诉买家和团长）", "Bob，¥10"),
        "pages": ("确认退款（2 个订单）", ">确认退款 2 个订单</button>"),
        "too_long": "退款原因最多 200 个字，这条有 201 个，还没有退款。",
    },
}


async def _shop(world: ConsoleWorld, lang: str) -> int:
    """Amy's Mangoes in the family group (its `/lang`), Bob's #1 and Cat's #2 paid."""
    await world.say("family", "amy", f"/lang {lang}")
    await world.say("amy", "amy", f"/lang {lang}", private=True)
    await world.say("bob", "bob", f"/lang {lang}", private=True)
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    for buyer in ("bob", "cat"):
        await world.say("family", buyer, f"+1 #{gid}")
    await world.say("family", "amy", f"/close #{gid}")
    await world.say("family", "amy", f"/paid {gid}-1 {gid}-2")
    return gid


async def _told(world: ConsoleWorld, since: int) -> dict[str, list[str]]:
    """What each chat was told since `since`: the group's posts under "group", private ones by member."""
    told: dict[str, list[str]] = {}
    for row in (await world.outbox_rows())[since:]:
        reply = json.loads(row["payload"])["reply"]
        if not reply.get("text") or reply.get("card_of"):
            continue
        who = reply.get("private_to") or ("group" if row["chat_id"] == "family" else row["chat_id"])
        told.setdefault(who, []).append(reply["text"])
    return told


async def _statuses(world: ConsoleWorld) -> list[str]:
    async with world.app.uow_factory() as uow:
        return [order.status.value for order in await uow.orders.for_group_buy(1)]


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_an_admins_refund_asks_first_and_the_group_reads_only_that_it_was_refunded(
    tmp_path: Path, lang: str
) -> None:
    said = SAID[lang]
    async with console_world(tmp_path) as world:
        gid = await _shop(world, lang)
        client = await world.admin()
        client.cookies.set("lang", lang)
        since = len(await world.outbox_rows())

        asked = await post_form(client, "/orders/refund", {"order": f"{gid}-1"})

        assert asked.status_code == 200
        assert all(text in asked.text for text in said["page"]), asked.text
        assert await _statuses(world) == ["paid", "paid"]  # nothing refunded by the button alone
        assert len(await world.outbox_rows()) == since

        form = {"order": f"{gid}-1", "confirm": "yes", "reason": "  rotten  on arrival "}
        done = await post_form(client, "/orders/refund", form)

        assert done.status_code == 303
        told = await _told(world, since)
        assert told["group"] == [said["group"].format(gid=gid)]
        assert told["amy"] == [said["amy"].format(gid=gid)]
        assert told["bob"] == [said["bob_admin"].format(gid=gid)]
        assert await _statuses(world) == ["refunded", "paid"]


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_batch_refund_asks_first_and_passes_the_reason_to_each_buyer(
    tmp_path: Path, lang: str
) -> None:
    said = SAID[lang]
    async with console_world(tmp_path) as world:
        gid = await _shop(world, lang)
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)
        ticked = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on"}

        asked = await post_form(amy, "/orders/refund", ticked)

        assert asked.status_code == 200
        assert all(text in asked.text for text in said["pages"]), asked.text
        assert await _statuses(world) == ["paid", "paid"]
        too_long = await post_form(amy, "/orders/refund", {**ticked, "confirm": "yes", "reason": "x" * 201})
        assert too_long.status_code == 200 and said["too_long"] in html.unescape(too_long.text)
        assert await _statuses(world) == ["paid", "paid"]
        since = len(await world.outbox_rows())

        form = {**ticked, "confirm": "yes", "reason": "rotten on arrival"}
        assert (await post_form(amy, "/orders/refund", form)).status_code == 303

        told = await _told(world, since)
        assert told["bob"] == [said["bob"].format(gid=gid)]
        assert told["cat"][0].endswith(said["bob"].split("\n")[1])
        assert await _statuses(world) == ["refunded", "refunded"]


CHAT = {
    "en": (
        "/groupbuy Mangoes price 30",
        "/close",
        "/refund",
        "Order #1-1 of Bob is refunded. Bob was told privately.",
        "Order #1-2 of Cat is refunded. Cat was told privately.",
    ),
    "zh": (
        "接龙 芒果 价格 30",
        "截单",
        "退款",
        "订单 #1-1（Bob）已退款。已私信告诉 Bob。",
        "订单 #1-2（Cat）已退款。已私信告诉 Cat。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_in_the_chat_only_her_own_refund_reads_her_instruction(lang: str) -> None:
    opening, close, refund, hers, admins = CHAT[lang]
    chat = fake_chat(default_language=lang)
    chat.admins = {"boss"}
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", close)
    await chat.say("amy", "/paid 1-1 1-2")

    assert chat.said(await chat.say("amy", f"{refund} 1-1")) == hers
    by_admin = await chat.say("boss", f"{refund} 1-2 {REASON[lang]}")
    assert chat.said(by_admin) == admins
    told = chat.private(by_admin)
    assert told["amy"].endswith(f"\n{REASON_SAID[lang]}")  # privately, with the reason the buyer hears
    assert told["cat"].endswith(f"\n{REASON_SAID[lang]}")


REASON = {"en": "arrived rotten", "zh": "到货坏了"}
REASON_SAID = {"en": "Reason: arrived rotten", "zh": "原因：到货坏了"}
