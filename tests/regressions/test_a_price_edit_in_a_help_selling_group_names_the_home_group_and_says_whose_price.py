"""The organiser's `修改 价格 20` (`/edit price 20`) typed in a group that lists her group buy (帮卖)
answered only `已修改 芒果（#1）：价格 ¥20。` ("Updated Mango (#1): price ¥20."), though her own group was
told: typed in her own group the answer names the groups told and says the new price is everyone's.
Now the answer is the same wherever she types it, her own group named among those told: `已修改 芒果
（#1）：价格 ¥20。也已告诉 家庭群。⏎改价：¥30 → ¥20，所有人按新价` (nobody joined: `改价：¥30 → ¥80`)."""

from __future__ import annotations

import pytest

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

ZH = {
    "opening": "接龙 芒果 价格 30 成团 1 截止 2小时",
    "rate": "帮卖 开 10%",
    "listing": "帮卖 #1",
    "home": "家庭群",
    "lower": "修改 价格 20",
    "raise": "修改 价格 80",
    "lowered": "已修改 芒果（#1）：价格 ¥20。也已告诉 家庭群。\n改价：¥30 → ¥20，所有人按新价",
    "lowered_home": "🛒 芒果（#1）\n改价：¥30 → ¥20，所有人按新价",
    "raised": "已修改 芒果（#1）：价格 ¥80。也已告诉 家庭群。\n改价：¥30 → ¥80",
    "raised_home": "🛒 芒果（#1）\n改价：¥30 → ¥80",
}
EN = {
    "opening": "/groupbuy Mango price 30 target 1 ends in 2 hours",
    "rate": "/helpsell on 10%",
    "listing": "/helpsell #1",
    "home": "Family",
    "lower": "/edit price 20",
    "raise": "/edit price 80",
    "lowered": "Updated Mango (#1): price ¥20. Also told in Family.\nPrice lowered: ¥30 → ¥20 for everyone",
    "lowered_home": "🛒 Mango (#1)\nPrice lowered: ¥30 → ¥20 for everyone",
    "raised": "Updated Mango (#1): price ¥80. Also told in Family.\nPrice changed: ¥30 → ¥80",
    "raised_home": "🛒 Mango (#1)\nPrice changed: ¥30 → ¥80",
}


async def _listed(lang: str, said: dict[str, str]) -> tuple[Chat, Chat]:
    return await help_sold(
        said["opening"],
        rate=said["rate"],
        listing=said["listing"],
        family_title=said["home"],
        language=lang,
        default_language=lang,
    )


@pytest.mark.parametrize(("lang", "said"), [("zh", ZH), ("en", EN)])
async def test_a_lowered_price_typed_in_a_help_selling_group_names_her_group_and_is_everyones(
    lang: str, said: dict[str, str]
) -> None:
    _family, office = await _listed(lang, said)
    await office.say("dan", "+1", language=lang)

    replies = await office.say("amy", said["lower"], language=lang)

    assert office.said(replies) == said["lowered"]
    assert [r.text for r in replies if r.chat_id == "family" and r.text] == [said["lowered_home"]]


@pytest.mark.parametrize(("lang", "said"), [("zh", ZH), ("en", EN)])
async def test_a_raised_price_typed_in_a_help_selling_group_names_her_group(
    lang: str, said: dict[str, str]
) -> None:
    _family, office = await _listed(lang, said)

    replies = await office.say("amy", said["raise"], language=lang)

    assert office.said(replies) == said["raised"]
    assert [r.text for r in replies if r.chat_id == "family" and r.text] == [said["raised_home"]]


@pytest.mark.parametrize(("lang", "said"), [("zh", ZH), ("en", EN)])
async def test_in_her_own_group_the_answer_is_the_same_one_naming_the_group_that_lists_it(
    lang: str, said: dict[str, str]
) -> None:
    family, office = await _listed(lang, said)
    await office.say("dan", "+1", language=lang)

    replies = await family.say("amy", said["lower"], language=lang)

    assert family.said(replies) == said["lowered"].replace(said["home"], "公司群")
