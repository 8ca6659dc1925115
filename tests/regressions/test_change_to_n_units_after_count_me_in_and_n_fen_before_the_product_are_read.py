"""`change to 3` was silent where `改成3份` and `make it 3` set her line; `count me in, 2 jars please` was
silent where `+2 jars` joins 2; `2份桃子` with 桃子 open among several was silent where `桃子要两份`
joins it. Each is now read as its twin; chatter that looks like them stays silent."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


def _texts(replies: list) -> list[str]:  # type: ignore[type-arg]
    return [reply.text for reply in replies if reply.text]


async def test_change_to_three_sets_her_line_as_make_it_three_does() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Honey price 20")
    await chat.say("eve", "+1")

    said = _texts(await chat.say("eve", "change to 3"))

    assert said == ["Eve is in: 2 more, now 3 × Honey in all (#1). Now ¥20 each."]
    assert (await chat.card(1)).endswith("1. Eve ×3")


async def test_gai_cheng_in_chinese_still_sets_her_line() -> None:
    chat = fake_chat()
    await chat.say("amy", "开团 蜂蜜 价格 20")
    await chat.say("eve", "+1")

    said = _texts(await chat.say("eve", "改成3份"))

    assert said == ["Eve 跟团：又加 2 份，现在共 3 × 蜂蜜（#1）。当前 ¥20/份。"]


@pytest.mark.parametrize("typed", ["count me in, 2 jars please", "count me in 2 jars", "me too, 2 jars"])
async def test_count_me_in_with_jars_joins_as_plus_two_jars(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Honey price 20")

    said = _texts(await chat.say("eve", typed))

    assert said == ["Eve is in: 2 × Honey (#1). Now ¥20 each."]


async def test_two_fen_before_the_product_joins_it_among_several() -> None:
    chat = fake_chat()
    await chat.say("amy", "开团 桃子 价格 20")
    await chat.say("amy", "开团 芒果 价格 30")

    assert _texts(await chat.say("eve", "2份桃子")) == ["Eve 跟团：2 × 桃子（#1）。当前 ¥20/份。"]
    assert _texts(await chat.say("fay", "两份芒果吧")) == ["Fay 跟团：2 × 芒果（#2）。当前 ¥30/份。"]
    assert "Eve" in await chat.card(1) and "Eve" not in await chat.card(2)


@pytest.mark.parametrize(
    "typed",
    [
        "change to 3pm",
        "count me in, 2 days late",
        "count me in, 2 jars of honey please",
        "2份的话",
        "2个小时",
        "2斤左右",
        "2份以上吗",
        "1份苹果",
        "2箱不够",
    ],
)
async def test_chatter_like_them_stays_silent(typed: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "开团 桃子 价格 20")
    await chat.say("amy", "/groupbuy Honey price 20")
    await chat.say("eve", "+1 #1")

    assert _texts(await chat.say("eve", typed)) == []
