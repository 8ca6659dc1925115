"""rep58 item 5: Liu's `多少钱` (2 open) and Amy's `how much?` (3 open), both with no order, got silence,
while with one open the price was answered. Each open group buy's price is now said, one short line each."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

OPENS = {
    "zh": ("接龙 冰淇淋 规格 香草:8,巧克力:9", "接龙 粽子 价格 10"),
    "en": ("/groupbuy Ice cream options Vanilla:8,Chocolate:9", "/groupbuy Kaya price 10"),
}
ANSWERS = {
    "多少钱": "冰淇淋（#1）：香草 ¥8/份，巧克力 ¥9/份。\n粽子（#2）：当前 ¥10/份。",
    "how much?": "Ice cream (#1): Vanilla ¥8 each, Chocolate ¥9 each.\nKaya (#2): Now ¥10 each.",
}


@pytest.mark.parametrize(("language", "typed"), [("zh", "多少钱"), ("en", "how much?")])
async def test_a_bare_price_question_with_several_open_names_each_price(language: str, typed: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", f"/lang {language}")
    for opened in OPENS[language]:
        await chat.say("amy", opened)
    assert chat.said(await chat.say("liu", typed, name="Liu")) == ANSWERS[typed]


async def test_one_on_one_of_them_still_hears_her_own_privately() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    for opened in OPENS["zh"]:
        await chat.say("amy", opened)
    await chat.say("xiaoli", "+1 #2", name="Xiaoli")
    replies = await chat.say("xiaoli", "多少钱", name="Xiaoli")
    assert chat.said(replies) == "Xiaoli，答案已私信发给你。"
    assert chat.private(replies)["xiaoli"].startswith("你跟了 粽子（#2）")
