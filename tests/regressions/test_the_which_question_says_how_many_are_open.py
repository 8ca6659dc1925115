"""Session 22 (J1): with 15 group buys open, a friend's `+1` (or `进度`) naming none was asked which of
"10 团": the question lists the newest 10 (`MAX_OPEN_LISTED`), and it counted those. It now says the
real number open (15), that the 10 listed are the newest, and how to name another (its #number), in
Chinese and English, on SQLite as in the chat."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api, said_in
from tests.unit.handlers.conftest import Chat, fake_chat

NEWEST_ZH = " · ".join(f"#{n} 水果{n}" for n in range(6, 16))
NEWEST_EN = " · ".join(f"#{n} Fruit{n}" for n in range(6, 16))
SHOWN_ZH = "（这里列出最新开的 10 个；其他的团请带上它接龙卡片上的 # 编号）"
HEAD_ZH = f"这个群里有 15 个团在接龙：{NEWEST_ZH}{SHOWN_ZH}。"
SHOWN_EN = " (the 10 newest listed; name any other by the #number on its card)"


async def _fifteen_open(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    for n in range(1, 16):
        who = "ken" if n % 5 == 1 else "amy"
        opening = f"/groupbuy Fruit{n} price 10 ends 3d" if lang == "en" else f"接龙 水果{n} 价格 10 截止 3d"
        await chat.say(who, opening)
    return chat


async def test_a_friends_join_is_told_all_fifteen_and_which_ten_are_listed() -> None:
    chat = await _fifteen_open("zh")

    asked = chat.said(await chat.say("dan", "+1"))
    status = chat.said(await chat.say("dan", "进度"))

    assert asked.startswith(f"{HEAD_ZH}这次没有加上，请带上编号："), asked
    assert status == f"{HEAD_ZH}请带上编号，例如 +1 #6、-1 #6、进度 #6。"
    chat.said(await chat.say("dan", "+1 #2"))  # one not listed, named by its number: joined
    assert (await chat.card(2)).endswith("1. Dan ×1")


async def test_in_english_and_from_a_member_already_on_one() -> None:
    chat = await _fifteen_open("en")
    await chat.say("dan", "+1 #15")

    asked = chat.said(await chat.say("dan", "+1"))

    assert asked.startswith("15 group buys are open here: #6 Fruit6 · #7 Fruit7"), asked
    assert f"#15 Fruit15 (you have 1){SHOWN_EN}. Nothing was added: say which" in asked, asked


async def test_with_ten_open_nothing_more_is_said() -> None:
    chat = fake_chat()
    for n in range(1, 11):
        await chat.say("amy", f"接龙 水果{n} 价格 10 截止 3d")
    await chat.say("ken", "接龙 苹果 价格 10 截止 3d")  # 11 open: one not listed
    listed = " · ".join([*(f"#{n} 水果{n}" for n in range(2, 11)), "#11 苹果"])

    assert chat.said(await chat.say("dan", "进度")) == (
        f"这个群里有 11 个团在接龙：{listed}{SHOWN_ZH}。请带上编号，例如 +1 #2、-1 #2、进度 #2。"
    )
    await chat.say("amy", "取消 #1")
    said = chat.said(await chat.say("dan", "进度"))  # 10 open, all listed
    assert said.startswith("这个群里有 10 个团在接龙：#2 水果2") and "最新开的" not in said, said


async def test_the_same_on_sqlite(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for n in range(1, 16):
            await api.say("family", "ken" if n % 5 == 1 else "amy", f"接龙 水果{n} 价格 10 截止 3d")

        [status] = said_in(await api.say("family", "dan", "进度"), "family")

    assert status == f"{HEAD_ZH}请带上编号，例如 +1 #6、-1 #6、进度 #6。"
