"""rep88 #8: 张阿姨 held 2 and pasted an old copy with `2. 张阿姨 2` and read
`你已经在名单上了：…×2。要多加请发 +1，要改数量请先 -1。`, a detour through leaving when `改成1份`
changes her count directly. The answer names the set-to (in her option and unit), changing nothing;
the set-to it names works."""

from __future__ import annotations

from commerce.domain.errors import DomainError
from handlers.texts import refusal_text
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_an_old_pasted_copy_points_to_the_set_to_not_a_leave() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", "接龙 散养土鸡蛋 价格 45 截止 明天20:00", name="李姐")
    await chat.say("zhang", "+2", name="张阿姨")
    card = await chat.card(1)

    again = chat.said(await chat.say("zhang", "#接龙\n本周团购：散养土鸡蛋\n1. 张阿姨 2", name="张阿姨"))

    assert again == (
        "你已经在名单上了：散养土鸡蛋（#1）×2。要多加请发 +1，要改数量请发 改成N份（N 是你要的数量）。"
    ), again
    assert await chat.card(1) == card
    assert chat.said(await chat.say("zhang", "改成1份", name="张阿姨")).startswith(
        "张阿姨 现在是 1 × 散养土鸡蛋"
    )


def test_an_old_pasted_copy_in_english_names_make_it() -> None:
    refusal = DomainError(
        "already_listed", id=1, title="Cookies large", quantity=2, more="+1 large", less="-1 large", unit=""
    )

    said = refusal_text("en", refusal)

    assert said == (
        "You're already on the list: Cookies large (#1) ×2. To add more, send +1 large; "
        "to change the quantity, send make it N large (N: how many you want)."
    ), said
