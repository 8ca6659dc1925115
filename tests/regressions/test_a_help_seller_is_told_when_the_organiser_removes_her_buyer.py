"""rep54 #6 (Max is Bob here, block7 a Chinese group): Lisa's `/remove @kim all` took Kim's 2 lines
(joined in block7, help-sold by Max) off #8: Kim was told, but Max got nothing, block7 got only a
card edit, and Lisa's reply had no "Also told in block7." as an edit's has. Now the help-selling
group is told as hers is, its help-seller privately, and her answer names the group."""

from __future__ import annotations

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat


async def test_the_help_seller_and_her_group_are_told_in_english() -> None:
    family, office = await help_sold("/groupbuy Durian price 30 target 1 ends 1d", title="block7")
    await office.say("kim", "+1")
    await office.say("kim", "+1 for mum")

    replies = await family.say("amy", "/remove @kim all", mentions=["kim"])

    said = Chat.said([r for r in replies if r.chat_id in (None, "family")])
    assert said.startswith("Amy removed all of Kim's lines")
    assert said.endswith("Also told in block7.")
    theirs = "Amy 把 Kim 报的全部名额移出了 Durian（#1）：Kim ×1、Kim 帮 mum ×1，共 2 份。当前 ¥30/份。"
    assert [r.text for r in replies if r.chat_id == "office" and r.text] == [theirs]  # block7 speaks Chinese
    # Max, its help-seller, privately, naming his group (rep82 #11: no longer the group's line word for word)
    hers = (
        "Amy 把「block7」（你帮卖的群）里 Kim 报的全部名额移出了 Durian（#1）："
        "Kim ×1、Kim 帮 mum ×1，共 2 份。"
    )
    assert Chat.private(replies)["bob"] == hers
    assert "kim" in Chat.private(replies)


async def test_the_help_seller_and_her_group_are_told_in_chinese() -> None:
    family, office = await help_sold("接龙 榴莲 价格 30 成团 1 截止 明天 20:00", title="七号楼")
    await office.say("kim", "+1")

    replies = await family.say("amy", "踢出 @kim 全部", mentions=["kim"])

    said = Chat.said([r for r in replies if r.chat_id in (None, "family")])
    assert said.startswith("Amy 把 Kim 报的全部名额移出了 榴莲（#1）")
    assert said.endswith("也已告诉 七号楼。")
    hers = Chat.private(replies)["bob"]
    assert hers.startswith("Amy 把「七号楼」（你帮卖的群）里 Kim 报的全部名额移出了 榴莲（#1）")
