"""Session 31, review 61 (findings 1–3): asked of the bot, who tried a product got less than the
same question heard unasked. `问 有人试过榴莲吗` with 榴莲 (#1) open and no note was answered
"这个我答不上来：团购里没有记着。要不要转给团长 Amy？" while `有人试过榴莲吗` alone names the open buy;
`问 有人试过咖椰吗` with no buy or note of kaya here listed the open buys ("本群没有「咖椰」的团购。
进行中的是…") instead of saying no note mentions it; and `anyone tried the kaya?` quoted the note but
never the closed Kaya buy that ran here. Asked, who tried it says no note mentions it yet (one line),
then the buy open here that sells it (and the offer to ask its organiser); with notes, after them the
buy that ran here (who bought it, how to get it again)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api, said_in

NONE_ZH = "朋友们的笔记还没有提到“榴莲”。可以直接问问群里的朋友，或过几天再发“求推荐榴莲”。"
NONE_EN = (
    "None of your friends' notes mention “durian” yet. Ask the group, or send “any recommendations for "
    "durian?” again in a few days."
)
MORE = "Send /note and its number to read one whole."


def said(response: dict[str, Any]) -> list[str]:
    return said_in(response, "g")


async def test_asked_who_tried_the_open_one_says_no_note_yet_and_the_buy(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("g", "amy", "接龙 榴莲 价格 120")
        open_zh = "榴莲（#1）正在这个群里接龙，要跟就发 +1 #1。"
        assert said(await api.say("g", "dan", "有人试过榴莲吗")) == [open_zh]  # unasked: as before
        more_zh = "还想问团长 Amy？点下面的按钮，回答会私信给你。"  # and the offer, as with notes
        assert said(await api.say("g", "dan", "问 有人试过榴莲吗")) == [f"{NONE_ZH}\n{open_zh}\n{more_zh}"]
        open_en = "榴莲 (#1) is open here: send +1 #1 to join."
        [answer] = said(await api.say("g", "eve", "/ask has anyone tried the durian?"))
        assert answer.startswith(f"{NONE_EN}\n{open_en}\n"), answer


async def test_asked_who_tried_what_no_buy_here_sells_says_no_note_yet(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("g", "amy", "接龙 芒果 价格 58")
        await api.say("g", "bob", "/note the coffee at the corner shop is great")
        assert said(await api.say("g", "dan", "问 有人试过榴莲吗")) == [NONE_ZH]
        assert said(await api.say("g", "eve", "/ask has anyone tried the durian?")) == [NONE_EN]


async def test_notes_on_a_buy_that_ran_here_are_followed_by_that_buy(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [
            ("amy", "/groupbuy Kaya jam price 8"),
            ("bob", "+1"),
            ("cat", "+2"),
            ("amy", "/close 1"),
            ("bob", "/note #1 so fragrant, the best kaya"),
            ("amy", "/groupbuy Pandan cake price 12"),
        ]:
            await api.say("g", user, text)
        answer = said(await api.say("g", "dan", "anyone tried the kaya?"))
        assert len(answer) == 1, answer
        notes = "Friends' notes that mention it:\nNote #1 Bob: “so fragrant, the best kaya”"
        assert answer[0].startswith(notes), answer
        assert "Kaya jam (#1) ran here and has closed" in answer[0], answer
        assert "Bob" in answer[0].split(MORE)[1] and "Cat" in answer[0].split(MORE)[1], answer
