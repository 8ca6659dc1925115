"""Session 31: in a group with Kaya Jars open, Bob's unverified note on something else and then Cat's note
on the kaya (`/note #1 so fragrant, the best`), `anyone tried the kaya?` was answered with the group buy
alone ("Kaya Jars (#1) is open here: send +1 #1 to join."): Cat's note never says "kaya", and heard
unasked the question was searched by its product word only, so a note linked to the group buy did not
count as naming it (as it does for `/ask anyone tried the kaya?`). A friend's note is what "anyone
tried" asks for: the best notes are quoted (verified buyers first, an unverified note still a note),
then the group buy open here that sells it; across the two languages too (`有人试过咖椰吗` and a note on
Kaya Jars, `anyone tried the kaya?` and one on 咖椰酱)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api, said_in

MORE = "Send /note and its number to read one whole."
MORE_ZH = "发“笔记 编号”看全文。"


def said(response: dict[str, Any]) -> list[str]:
    return said_in(response, "g")


async def test_a_note_on_the_group_buy_is_quoted_before_the_buy(tmp_path: Path, with_reranker: None) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [
            ("amy", "/groupbuy Kaya Jars price 8"),
            ("bob", "/note the coffee at the corner shop is great"),  # unverified, about something else
            ("cat", "/note #1 so fragrant, the best"),
        ]:
            await api.say("g", user, text)

        for question in ("anyone tried the kaya?", "has anyone tried kaya"):
            assert said(await api.say("g", "dan", question)) == [
                "Friends' notes that mention it:\nNote #2 Cat: “so fragrant, the best”\n"
                f"{MORE}\nKaya Jars (#1) is open here: send +1 #1 to join."
            ], question
        assert said(await api.say("g", "dan", "有人试过咖椰吗")) == [
            f"朋友们的笔记里提到过：\n笔记 #2 Cat：「so fragrant, the best」\n{MORE_ZH}\n"
            "Kaya Jars（#1）正在这个群里接龙，要跟就发 +1 #1。"
        ]
        assert said(await api.say("g", "dan", "we tried the kaya yesterday")) == []  # talk stays talk


async def test_a_verified_buyers_note_comes_first_an_unverified_one_still_quoted(
    tmp_path: Path, with_reranker: None
) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [
            ("amy", "/groupbuy Kaya Jars price 8"),
            ("bob", "+1"),
            ("amy", "/close 1"),
            ("amy", "/paid bob"),
            ("amy", "/groupbuy Kaya Jars price 8"),
            ("cat", "/note #2 so fragrant"),  # no order: unverified
            ("bob", "/note #2 creamy, bought it last time"),  # paid for #1 before: ✅
        ]:
            await api.say("g", user, text)

        assert said(await api.say("g", "dan", "anyone tried the kaya?")) == [
            "Friends' notes that mention it:\nNote #2 ✅ Bob: “creamy, bought it last time”\n"
            f"Note #1 Cat: “so fragrant”\n{MORE}\nKaya Jars (#2) is open here: send +1 #2 to join."
        ]


async def test_a_chinese_note_answers_an_english_question(tmp_path: Path, with_reranker: None) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [
            ("amy", "接龙 咖椰酱 价格 8"),
            ("bob", "种草 楼下咖啡不错"),
            ("cat", "种草 咖椰酱很香，不太甜"),
        ]:
            await api.say("g", user, text)

        assert said(await api.say("g", "dan", "anyone tried the kaya?")) == [
            f"Friends' notes that mention it:\nNote #2 Cat: “咖椰酱很香，不太甜”\n{MORE}\n"
            "咖椰酱 (#1) is open here: send +1 #1 to join."
        ]
        assert said(await api.say("g", "dan", "有人试过咖椰吗")) == [
            f"朋友们的笔记里提到过：\n笔记 #2 Cat：「咖椰酱很香，不太甜」\n{MORE_ZH}\n"
            "咖椰酱（#1）正在这个群里接龙，要跟就发 +1 #1。"
        ]
