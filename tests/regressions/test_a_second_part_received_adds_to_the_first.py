"""Review 78 #2: a second `只收到 4-1 ¥10` after ¥20 was recorded replaced it: the buyer read `只收到……¥10，
还差 ¥40` and the ¥20 disappeared. Instalments add up (README: what she received of it before still
counts): ¥30 received, ¥20 still owed, both sides told the two parts and the sum; two that make the whole
are refused with the way to mark it paid. The console's 只收到 adds alike."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import Chat, fake_chat


def flash_of(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


async def part_received(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "接龙 苹果 价格 25" if lang == "zh" else "/groupbuy Apples price 25")
    await chat.say("bob", "+1")
    await chat.say("cat", "+2")  # #1-2, ¥50
    await chat.say("amy", "/close")
    await chat.say("amy", "只收到 1-2 ¥20" if lang == "zh" else "/paid 1-2 ¥20 only", private=True)
    return chat


async def test_a_second_instalment_adds_up_and_both_are_told() -> None:
    chat = await part_received("zh")

    replies = await chat.say("amy", "只收到 1-2 ¥10", private=True)

    assert Chat.said(replies) == (
        "订单 #1-2（Cat）之前只收到 ¥20，这次又收到 ¥10，共收到 ¥30，还差 ¥20，仍是未付款。"
        "已私信告诉对方补齐。"
    )
    assert Chat.private(replies)["cat"].startswith(
        "Amy 之前收到你订单 #1-2（苹果）的 ¥20，这次又收到 ¥10，共收到 ¥30，还差 ¥20。"
    )
    mine = Chat.said(await chat.say("cat", "我的订单", private=True))
    assert "待付款（已收 ¥30，还差 ¥20）" in mine


async def test_a_second_instalment_in_english_adds_up() -> None:
    chat = await part_received("en")

    replies = await chat.say("amy", "/paid 1-2 ¥10 only", private=True)

    assert Chat.said(replies) == (
        "Order #1-2 (Cat): ¥20 received before and ¥10 now, ¥30 in all, ¥20 still to pay; it stays unpaid."
        " They are told privately to pay the rest."
    )
    assert Chat.private(replies)["cat"].startswith(
        "Amy received ¥20 for your order #1-2 (Apples) before and ¥10 now, ¥30 in all: ¥20 is still to pay."
    )


async def test_two_instalments_making_the_whole_change_nothing() -> None:
    chat = await part_received("zh")

    replies = await chat.say("amy", "只收到 1-2 ¥30", private=True)

    assert Chat.said(replies) == (
        "订单 #1-2（Cat）应付 ¥50，之前只收到 ¥20，这次 ¥30，共 ¥50，不少于应付，没有任何改动。"
        "全部收到了就发 已收 1-2。"
    )
    mine = Chat.said(await chat.say("cat", "我的订单", private=True))
    assert "待付款（已收 ¥20，还差 ¥30）" in mine


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_consoles_second_part_received_adds_up(tmp_path: Path, lang: str) -> None:
    said = {
        "zh": "已记下 #{n}：之前只收到 ¥20，这次 ¥10，共收到 ¥30。订单仍是未付款，还差 ¥20，已告诉买家补齐。",
        "en": "Recorded for #{n}: ¥20 received before and ¥10 now, ¥30 in all. The order stays unpaid,"
        " ¥20 to go; the buyer was told.",
    }
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", "+5")  # ¥50
        await world.say("family", "amy", "/close")
        number = f"{gid}-1"
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)
        for amount in ("20", "10"):
            answer = await post_form(amy, "/orders/paid", {"part": number, f"part_{number}": amount})
            assert answer.status_code == 303
        assert flash_of((await amy.get("/orders")).text) == said[lang].format(n=number)
