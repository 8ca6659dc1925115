"""rep31 finding 5, rep33 finding 8: changes said in sentences were silent, and the buyer paid for what she
no longer wanted: `我的芒果改成两份吧，三份太多了吃不完`, `打错了，只要1捆`, `我不要了`,
`算了 还是要吧 +1 #2`, `我不要了，取消订单 1-4`, `actually make it 3kg`, `sorry I only need 1kg`,
`actually i dont want it anymore sorry`, `cancel mine pls`, `leave #1`, `wait I wanted kaya not durian, -1`.
Each is now the change it says (or, for the last, the two messages to send); chatter and a leave in words
from someone on nothing stay silent."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


def _held(factory: FakeUnitOfWorkFactory, user: str, group_buy: int) -> int:
    lines = factory.state.lines.get(group_buy, {})
    return sum(line.quantity for line in lines.values() if line.user_id == user and not line.friend)


async def test_a_chinese_change_in_a_sentence_changes_her_line() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    assert await chat.say("dan", "我不要了") == []  # nothing ever ran here: talk
    await chat.say("amy", "接龙 芒果 价格 78 截止 2小时")
    await chat.say("amy", "接龙 大葱 1捆 价格 5 截止 2小时")
    for user, text in [("eve", "+3 #1"), ("hu", "+2 #2"), ("bob", "+1 #1")]:
        await chat.say(user, text)

    said = chat.said(await chat.say("eve", "我的芒果改成两份吧，三份太多了吃不完"))
    assert said == "Eve 现在是 2 × 芒果（#1）。当前 ¥78/份。"
    assert chat.said(await chat.say("hu", "打错了，只要1捆")) == "Hu 现在是 1 × 大葱 1捆（#2）。当前 ¥5/份。"
    assert chat.said(await chat.say("bob", "我不要了")) == "Bob 退出了 芒果（#1）。"
    said = chat.said(await chat.say("kim", "算了 还是要吧 +1 #2"))
    assert said == "Kim 跟团：1 × 大葱 1捆（#2）。当前 ¥5/份。"
    said = chat.said(await chat.say("kim", "我要的是芒果不是大葱，-1"))
    assert said == "你要的是 芒果，不是 大葱：还没有任何改动。请分两条发：先发“-1 大葱”，再发“+1 芒果”。"
    for chatter in ("我不要了", "我不要香菜", "付了吗", "谁还没付", "我的芒果好吃"):
        assert await chat.say("dan", chatter) == [], chatter
    assert (_held(factory, "eve", 1), _held(factory, "hu", 2), _held(factory, "bob", 1)) == (2, 1, 0)
    assert _held(factory, "kim", 2) == 1


async def test_a_cancel_after_i_dont_want_it_is_the_buyers_cancel() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 78 截止 2小时")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")

    said = chat.said(await chat.say("bob", "我不要了，取消订单 1-1"))

    assert said == "只有团长（Amy）可以取消订单，没有任何改动。不想要了请告诉 Amy。"


async def test_an_english_change_in_a_sentence_changes_her_line() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("zoe", "/lang en")
    await chat.say("zoe", "/groupbuy Durian price 68/kg")
    await chat.say("zoe", "/groupbuy Kaya price 8")
    for user in ("ian", "oma"):
        await chat.say(user, "+2kg #1")
    for user in ("quin", "tom", "uma", "vic"):
        await chat.say(user, "+1 #1")

    said = chat.said(await chat.say("ian", "actually make it 3kg"))
    assert said == "Ian is in: 1 kg more, now 3 kg of Durian in all (#1). Now ¥68/kg."
    assert (
        chat.said(await chat.say("oma", "sorry I only need 1kg"))
        == "Oma now has 1 kg of Durian (#1). Now ¥68/kg."
    )
    said = chat.said(await chat.say("oma", "make it 2 boxes"))
    assert said.startswith("Durian (#1) is sold by the kg, so “2 boxes” is not a quantity of it: nothing was")
    said = chat.said(await chat.say("quin", "actually i dont want it anymore sorry"))
    assert said == "Quin left Durian (#1)."
    assert chat.said(await chat.say("tom", "leave #1")) == "Tom left Durian (#1)."
    assert chat.said(await chat.say("uma", "cancel mine pls")) == "Uma left Durian (#1)."
    said = chat.said(await chat.say("vic", "wait I wanted kaya not durian, -1"))
    assert said == (
        "You want kaya, not durian: nothing was changed yet. "
        "Send one at a time: first -1 durian, then +1 kaya."
    )
    for chatter in ("cancel mine pls", "actually the weather is nice today", "I paid too much for my phone"):
        assert await chat.say("zed", chatter) == [], chatter
    held = [_held(factory, user, 1) for user in ("ian", "oma", "quin", "tom", "uma", "vic")]
    assert held == [3, 1, 0, 0, 0, 1]


async def test_i_dont_want_it_after_the_close_sends_a_buyer_to_the_organiser_and_is_talk_from_others() -> (
    None
):
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 78 截止 2小时")
    await chat.say("eve", "+1")
    await chat.say("amy", "截单")

    said = chat.said(await chat.say("eve", "对不起，我不要了"))

    assert said == "团购 #1（芒果）已经截单了，没有任何改动。要退出或减少，请告诉团长 Amy。"
    assert await chat.say("dan", "我不要了，谢谢") == []
