"""rep70 #1: `自提点改到 3号楼大堂` with 3 group buys open answered "请带上编号，例如
自提点 #1 改到 3号楼大堂 … 自提点 全部 改到 3号楼大堂", and sending that example stored the place as
"改到 3号楼大堂" (cards, DMs, the console's filter, repeats). 改到 / 改成 / 改为 / 换到 / 换成
(`change to` / `move to`) are the command's words, never the place: they are left out when the
pickup is read, and the example is the form that is read."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat


async def three_open(lang: str) -> Chat:
    chat = fake_chat()
    if lang == "en":
        await chat.say("amy", "/lang en")
        for title in ("Mangoes", "Eggs", "Berries"):
            await chat.say("amy", f"/groupbuy {title} price 20 target 1")
    else:
        for title in ("芒果", "土鸡蛋", "草莓"):
            await chat.say("amy", f"接龙 {title} 价格 20 成团 1")
    return chat


async def test_the_example_leaves_out_gai_dao_and_sets_the_place_as_sent() -> None:
    chat = await three_open("zh")

    asked = Chat.said(await chat.say("amy", "自提点改到 3号楼大堂"))

    assert asked == (
        "这个群里有 3 个团在接龙：#1 芒果 · #2 土鸡蛋 · #3 草莓。请带上编号，例如 自提点 #1 3号楼大堂。\n"
        "本群你的每个团都用这个自提：自提点 全部 3号楼大堂"
    )
    example = re.search(r"例如 (.+)。", asked)
    assert example is not None
    said = Chat.said(await chat.say("amy", example.group(1)))
    assert said == "好的，芒果（#1）的自提：3号楼大堂"
    assert "自提：3号楼大堂" in await chat.card(1)


async def test_the_all_example_round_trips() -> None:
    chat = await three_open("zh")

    asked = Chat.said(await chat.say("amy", "自提点改到 3号楼大堂"))
    said = Chat.said(await chat.say("amy", asked.rsplit("：", 1)[1]))

    assert said == (
        "已为你在本群的 3 个团（进行中的，和截单后还有买家要取货的）设好自提：\n"
        "好的，芒果（#1）的自提：3号楼大堂\n"
        "好的，土鸡蛋（#2）的自提：3号楼大堂\n"
        "好的，草莓（#3）的自提：3号楼大堂"
    )


async def test_each_verb_before_the_place_is_left_out() -> None:
    chat = await three_open("zh")

    typings = ("自提 #1 改到 北门", "自提 #1 改成北门", "自提点 #1 改为 北门")
    typings += ("自提 #1 换到 北门", "自提 #1 换成 北门")
    for typed in typings:
        await chat.say("amy", "自提 #1 南门")
        said = Chat.said(await chat.say("amy", typed))
        assert said == "好的，芒果（#1）的自提改为：北门（原 南门）。", typed
        assert "自提：北门" in await chat.card(1)


async def test_the_time_after_the_place_is_still_read() -> None:
    chat = await three_open("zh")

    said = Chat.said(await chat.say("amy", "自提 #1 换成 北门 明天下午5点"))

    assert said == "好的，芒果（#1）的自提：北门 · 11月24日 周二 17:00"


async def test_an_edits_pickup_leaves_out_the_verb_too() -> None:
    chat = await three_open("zh")

    await chat.say("amy", "修改 #1 自提 改到 北门")

    assert "自提：北门" in await chat.card(1)
    assert "改到" not in await chat.card(1)


async def test_change_to_and_move_to_in_english() -> None:
    chat = await three_open("en")

    asked = Chat.said(await chat.say("amy", "/pickup change to Gate 3"))
    assert "e.g. /pickup #1 Gate 3." in asked, asked
    assert "/pickup all Gate 3" in asked, asked

    said = Chat.said(await chat.say("amy", "/pickup #2 move to Gate 3"))
    assert said.endswith("Eggs (#2): Gate 3"), said
    assert "move" not in await chat.card(2)
