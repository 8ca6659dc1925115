"""Session 18 (black-box review, finding 5): the organiser's opening message arriving twice (a re-send
after a slow network, a double tap) opened two identical group buys: `/groupbuy Honey 500g price 68
ends in 3 days` sent twice opened #19 and #20 ("⚠️ Careful: 1 other group buy with a very similar
name is open here"), three `接龙 芒果 价格 88 …` opened #16, #17, #18, and from then on every bare `+1` was
asked which and the orders split between cards. The same organiser's opening on the same terms while
hers is still open, within 10 minutes, now opens nothing and says which is open; other terms (a price
corrected), another organiser, or later, open one as before, with the look-alike warning."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat


async def test_the_same_opening_twice_opens_one_in_chinese() -> None:
    chat = fake_chat()
    opening = "接龙 芒果 价格 88 截止 明天20:00"
    await chat.say("amy", opening)

    again = await chat.say("amy", opening)

    assert chat.said(again) == (
        "你刚开了 芒果（#1），它还在接龙，这条没有再开一个团（同一条消息发了两次？）。"
        "要改它请用 修改 #1；真要再开一个，请换个团名再发。"
    )
    assert not chat.cards(again)
    assert chat.said(await chat.say("bob", "+1")) == "Bob 跟团：1 × 芒果（#1）。当前 ¥88/份。"


async def test_the_same_opening_twice_opens_one_in_english() -> None:
    chat = fake_chat()
    opening = "/groupbuy Honey 500g price 68 ends in 3 days"
    await chat.say("gina", opening)

    assert chat.said(await chat.say("gina", opening)) == (
        "You opened Honey 500g (#1) a moment ago and it is still open: this did not open another one (the"
        " same message sent twice?). To change it: /edit #1; to open a second one, give it another title."
    )


async def test_other_terms_another_organiser_or_later_still_open_one() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    await chat.say("amy", "接龙 芒果 价格 88 截止 明天20:00")

    corrected = chat.said(await chat.say("amy", "接龙 芒果 价格 80 截止 明天20:00"))
    someone_else = chat.said(await chat.say("bob", "接龙 芒果 价格 88 截止 明天20:00"))
    clock.advance(minutes=11)
    later = chat.said(await chat.say("amy", "接龙 芒果 价格 88 截止 明天20:00"))

    assert corrected.startswith("团购 #2 开团了：芒果，¥80/份。")
    assert someone_else.startswith("团购 #3 开团了：芒果，¥88/份。")
    assert later.startswith("团购 #4 开团了：芒果，¥88/份。")
    assert "⚠️ 注意：群里还有 3 个名字很像的团在接龙" in later
