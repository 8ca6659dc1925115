"""Session 30 (P2 item 3): `/paid 1-2` alone names the commission it credited (s29: "Commission on it: Bob's
¥1 help-sell commission (told privately)"), but `/paid 1-1 1-2` (several orders at once) named none, though
the help-seller or sharer was told. Now the answer to several lists each order's commission line where the
answer to one would: privately to the organiser for another group's buyer (帮卖) and in a private chat;
the group still never hears an amount. Each earner is told as for one."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

DONE = {
    "zh": "已标记为已付款：#1-2（Ivy，¥10）。\n其中的佣金：#1-2 Bob 的帮卖佣金 ¥1（已私信告知）。",
    "en": "Marked as paid: #1-2 Ivy (¥10).\n"
    "Commission on them: #1-2 Bob's ¥1 help-sell commission (told privately).",
}
HERE = {"zh": "已标记为已付款：#1-1（Cat）。", "en": "Marked as paid: #1-1 Cat."}


async def _help_sold(lang: str) -> Chat:
    """Amy's bread #1, Bob help-selling it in `street` (Ivy joined there), Cat in Amy's group; closed."""
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id, street.title = family.app, "street", "楼下群"
    if lang == "en":
        family.admins = {"amy"}
        await family.say("amy", "/lang en")
        steps = ["/groupbuy Bread price 10", "/helpsell on 10%", "/close"]
    else:
        steps = ["接龙 面包 价格 10", "帮卖 开 10%", "截单"]
    await family.say("amy", steps[0])
    await family.say("amy", steps[1])
    await family.say("cat", "+1")
    await street.say("bob", "帮卖 #1")
    await street.say("ivy", "+1", language=lang)
    await family.say("amy", steps[2])
    return family


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_help_sold_orders_commission_is_named_to_the_organiser_privately(lang: str) -> None:
    family = await _help_sold(lang)

    replies = await family.say("amy", "已收 1-1 1-2" if lang == "zh" else "/paid 1-1 1-2")

    assert Chat.said(replies) == HERE[lang]  # the group: who, never an amount nor a commission
    told = Chat.private(replies)
    assert told["amy"] == DONE[lang]
    assert set(told) == {"amy", "bob", "cat", "ivy"}
    alone = await (await _help_sold(lang)).say("amy", "已收 1-2" if lang == "zh" else "/paid 1-2")
    assert told["bob"] == Chat.private(alone)["bob"]  # the help-seller told as for one
    assert "¥1" in told["bob"] and "#1-2" in told["bob"]


async def _shared(lang: str) -> Chat:
    """Amy's mangoes #1 at 5% to sharers: Dan and Eve joined with Cat's code, Bob without; closed."""
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language=lang)
    await chat.say("amy", "接龙 芒果 价格 100" if lang == "zh" else "/groupbuy Mangoes price 100")
    await chat.say("amy", "佣金 5%" if lang == "zh" else "/commission 5%")
    shared = Chat.shared(await chat.say("cat", "分享" if lang == "zh" else "/share"))
    code = shared.split("：")[1].split()[0] if lang == "zh" else shared.split(": ")[1].split()[0]
    await chat.say("dan", f"+1 {code}")
    await chat.say("eve", f"+1 {code}")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单" if lang == "zh" else "/close")
    return chat


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        (
            "zh",
            "已收 1-1 1-2 1-3",
            "已标记为已付款：#1-1（Dan，¥100）、#1-2（Eve，¥100）、#1-3（Bob，¥100）。\n"
            "其中的佣金：#1-1 Cat 的分享佣金 ¥5、#1-2 Cat 的分享佣金 ¥5（已私信告知）。",
        ),
        (
            "en",
            "/paid 1-1 1-2 1-3",
            "Marked as paid: #1-1 Dan (¥100), #1-2 Eve (¥100), #1-3 Bob (¥100).\n"
            "Commission on them: #1-1 Cat's ¥5 sharer's commission, #1-2 Cat's ¥5 sharer's commission "
            "(told privately).",
        ),
    ],
)
async def test_in_private_the_sharers_commission_is_named_and_she_is_told(
    lang: str, typed: str, said: str
) -> None:
    chat = await _shared(lang)

    replies = await chat.say("amy", typed, private=True)

    assert Chat.said(replies) == said
    cat = Chat.private(replies)["cat"]
    assert cat.count("¥5") == 2 and "#1-1" in cat and "#1-2" in cat, cat


async def test_in_the_group_a_sharers_commission_is_no_more_said_than_for_one() -> None:
    chat = await _shared("zh")

    replies = await chat.say("amy", "已收 1-1 1-2")

    assert Chat.said(replies) == "已标记为已付款：#1-1（Dan）、#1-2（Eve）。"
    assert "amy" not in Chat.private(replies)
    assert Chat.private(replies)["cat"].count("¥5") == 2
