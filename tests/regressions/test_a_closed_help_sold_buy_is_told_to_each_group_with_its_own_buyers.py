"""Review 105 #1: asked about a closed group buy that another group help-sold (帮卖), `问 芒果甜吗` listed
the buyers of both groups in both chats (the close itself says each group sees only its own), told the
help-selling group it had "opened" it (本群开过), to @ an organiser who is not in that group, and pointed
at the older round rather than the one help-sold there last. Each group now hears only its own buyers;
the help-selling group reads `本群帮卖过 … （#1，团长 Amy，Bob 帮卖）`, that Bob is the one to ask, and the
offer passes the question to Bob; the newest round that sold in the group is the one named."""

from __future__ import annotations

from handlers.types import Reply
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

ZH_FAMILY = (
    "本群开过 芒果（#1），已经截单了：Cat、Dan 跟过这个团。想再买的话，请 @团长 Amy 再开一团。\n"
    "还想问团长 Amy？点下面的按钮，回答会私信给你。"
)
ZH_OFFICE = (
    "本群帮卖过 芒果（#1，团长 Amy，Bob 帮卖），已经截单了：Eve、Fay 跟过这个团。"
    "想再买的话，请问问在本群帮卖的 Bob。\n"
    "还想问在本群帮卖的 Bob？点下面的按钮，回答会私信给你。"
)
EN_OFFICE = (
    "Mangoes (#1, organiser Amy) was help-sold here by Bob and has closed: Eve, Fay ordered it. "
    "To buy again, ask Bob, who help-sold it here.\n"
    "Still want to ask Bob, who help-sells it here? Tap below and the answer comes to you privately."
)
EN_FAMILY = (
    "Mangoes (#1) ran here and has closed: Cat, Dan ordered it. "
    "To buy again, ask the organiser, Amy, to open another round.\n"
    "Still want to ask Amy? Tap below and the answer comes to you privately."
)


async def _closed(lang: str) -> tuple[Chat, Chat]:
    if lang == "zh":
        family, office = await help_sold("接龙 芒果 价格 35 成团 1", family_title="家庭群")
    else:
        family, office = await help_sold(
            "/groupbuy Mangoes price 35 target 1",
            family_title="Family",
            rate="/helpsell on 10%",
            listing="/helpsell #1",
            default_language="en",
        )
    for member in ("cat", "dan"):
        await family.say(member, "+1")
    for member in ("eve", "fay"):
        await office.say(member, "+1")
    await family.say("amy", "截单" if lang == "zh" else "/close")
    return family, office


def _button(replies: list[Reply]) -> tuple[str, str]:
    [((button,),)] = [reply.buttons for reply in replies if reply.buttons]
    return button.label, button.data


async def test_each_group_hears_only_its_own_buyers_and_the_help_seller() -> None:
    family, office = await _closed("zh")

    at_home = await family.say("dan", "问 芒果甜吗")
    helping = await office.say("fay", "问 芒果甜吗")

    assert family.said(at_home) == ZH_FAMILY
    assert office.said(helping) == ZH_OFFICE
    assert _button(at_home)[0] == "转给团长 Amy"
    assert _button(helping)[0] == "转给帮卖的 Bob"
    for other in ("有人买过芒果吗", "问 芒果哪里买"):
        assert office.said(await office.say("fay", other)) == ZH_OFFICE, other


async def test_the_help_sellers_group_passes_the_question_to_the_help_seller() -> None:
    _, office = await _closed("zh")
    _, data = _button(await office.say("fay", "问 芒果甜吗"))

    tapped = await office.tap("fay", data)
    passed = office.private(tapped)

    assert office.toast(tapped) == "已转给帮卖的 Bob，回答会私信给你"
    assert list(passed) == ["bob"]  # never Amy, who is not in 公司群
    assert passed["bob"].startswith("❓ Fay 在「公司群」问（团购 #1）：芒果甜吗")
    qid = data.split(":")[1]
    answered = office.private(await office.say("bob", f"答 {qid} 很甜", private=True))
    assert answered["fay"] == "💬 帮卖的 Bob 回答了你的问题「芒果甜吗」：很甜"


async def test_english_alike() -> None:
    family, office = await _closed("en")

    assert office.said(await office.say("fay", "/ask anyone tried the mangoes?")) == EN_OFFICE
    assert family.said(await family.say("dan", "/ask anyone tried the mangoes?")) == EN_FAMILY


async def test_the_newest_round_sold_in_the_group_is_the_one_named() -> None:
    family, office = await _closed("zh")
    await family.say("amy", "再开一团 #1")  # #2
    await family.say("amy", "帮卖 #2 开 10%")
    await office.say("bob", "帮卖 #2")
    await office.say("eve", "+1")  # only 公司群 buys round #2
    await family.say("amy", "截单 #2")

    helping = office.said(await office.say("fay", "问 芒果甜吗"))  # Fay was on #1 only
    at_home = family.said(await family.say("dan", "问 芒果甜吗"))

    newest = "本群帮卖过 芒果（#2，团长 Amy，Bob 帮卖），已经截单了：Eve 跟过这个团。"
    assert helping.startswith(newest), helping
    assert at_home.startswith("本群开过 芒果（#1），已经截单了：Cat、Dan 跟过这个团。"), at_home
