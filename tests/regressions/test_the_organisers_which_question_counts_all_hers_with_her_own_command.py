"""Session 22 (J2): Amy, running 12 of the 15 group buys open, sent `/edit price 9` and was asked which
of "8" of hers (those among the chat's newest 10), with a deadline edit as the example
(`/edit #7 ends tomorrow 20:00`). Now all 12 are counted, her newest 10 listed (said so), and the
example is her own edit, numbered (`/edit #4 price 9`), in Chinese and English. And a bare command of an
organiser whose open ones are older than the chat's newest 10 goes to her one, or asks which of hers
(`取消` was told how to leave, as a buyer is), as with fewer open."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api, said_in
from tests.unit.handlers.conftest import Chat, fake_chat

HERS = (2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 14, 15)  # Ken runs #1, #6, #11


async def _fifteen_open(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    for n in range(1, 16):
        opening = f"/groupbuy Fruit{n} price 10 ends 3d" if lang == "en" else f"接龙 水果{n} 价格 10 截止 3d"
        await chat.say("amy" if n in HERS else "ken", opening)
    return chat


async def test_her_edit_counts_all_twelve_and_its_example_is_her_edit() -> None:
    chat = await _fifteen_open("zh")
    listed = " · ".join(f"#{n} 水果{n}" for n in HERS[2:])  # her newest 10

    asked = chat.said(await chat.say("amy", "修改 价格 9"))
    closing = chat.said(await chat.say("amy", "截单"))

    assert asked == (
        f"你在这个群里有 12 个团在接龙：{listed}（这里列出最新开的 10 个；"
        "其他的团请带上它接龙卡片上的 # 编号）。请带上编号，例如 修改 #4 价格 9。"
    )
    assert closing.startswith("你在这个群里有 12 个团在接龙："), closing
    assert closing.endswith("例如 截单 #4。"), closing
    assert chat.said(await chat.say("amy", "修改 #4 价格 9")).startswith("已修改 水果4（#4）")


async def test_in_english_and_with_fewer_than_ten_of_hers() -> None:
    chat = await _fifteen_open("en")
    listed = " · ".join(f"#{n} Fruit{n}" for n in HERS[2:])

    asked = chat.said(await chat.say("amy", "/edit price 9 limit 3"))
    kens = chat.said(await chat.say("ken", "/edit price 9"))

    assert asked == (
        f"You have 12 group buys open here: {listed} (the 10 newest listed; name any other by the #number"
        " on its card). Say which with its number, e.g. /edit #4 price 9 limit 3."
    )
    assert kens == (  # all three of his, though only #6 and #11 are among the chat's newest 10
        "You have 3 group buys open here: #1 Fruit1 · #6 Fruit6 · #11 Fruit11. Say which with its number,"
        " e.g. /edit #1 price 9."
    )


async def test_her_one_open_older_than_the_newest_ten_is_the_one_meant(tmp_path: Path) -> None:
    chat = fake_chat()
    await chat.say("ken", "接龙 苹果 价格 10 截止 3d")
    for n in range(1, 11):
        await chat.say("amy", f"接龙 水果{n} 价格 10 截止 3d")

    assert chat.said(await chat.say("ken", "修改 价格 9")).startswith("已修改 苹果（#1）")

    async with playground_api(tmp_path) as api:
        await api.say("family", "ken", "接龙 苹果 价格 10 截止 3d")
        for n in range(2, 16):
            await api.say("family", "amy" if n in HERS else "ken", f"接龙 水果{n} 价格 10 截止 3d")
        [hers] = said_in(await api.say("family", "amy", "修改 价格 9"), "family")
        [his] = said_in(await api.say("family", "ken", "修改 价格 9"), "family")

    assert hers.startswith("你在这个群里有 12 个团在接龙：#4 水果4 · #5 水果5"), hers
    assert hers.endswith("例如 修改 #4 价格 9。"), hers
    assert his == (
        "你在这个群里有 3 个团在接龙：#1 苹果 · #6 水果6 · #11 水果11。请带上编号，例如 修改 #1 价格 9。"
    )


async def test_her_cancel_asks_which_of_hers_though_older_than_the_newest_ten() -> None:
    chat = fake_chat()
    await chat.say("ken", "接龙 苹果 价格 10 截止 3d")
    await chat.say("ken", "接龙 梨 价格 10 截止 3d")
    for n in range(1, 11):
        await chat.say("amy", f"接龙 水果{n} 价格 10 截止 3d")

    assert chat.said(await chat.say("ken", "取消")) == (
        "你在这个群里有 2 个团在接龙：#1 苹果 · #2 梨。请带上编号，例如 取消 #1。"
    )  # not told how to leave, as a buyer is
