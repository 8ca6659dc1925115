"""阿华 opened #7 to help-selling at 10%, 小陈 listed it in his group (told `帮卖佣金 10%`), then 阿华's
`帮卖 #7 开 1%` was taken and 小陈 earned ¥2.40 on a ¥240 order, untold, while `帮卖 关` was refused. Once
a group lists it the rate, as the help-sellers were promised it, may go up but not down."""

from __future__ import annotations

from tests.helpsell_chats import help_sold


async def test_a_listed_help_sell_rate_cannot_be_lowered() -> None:
    family, neighbours = await help_sold(
        "接龙 鸭 价格 240 成团 1 截止 2小时", chat_id="neighbours", title="neighbours", rate="帮卖 #1 开 10%"
    )
    assert family.said(await family.say("amy", "帮卖 #1 开 1%")) == (
        "鸭（#1）已有别的群在帮卖：帮卖者按所定的帮卖佣金 10% 在卖，比例只能调高、不能调低，没有任何改动。"
    )
    await neighbours.say("dan", "+1")
    await family.say("amy", "截单")
    await family.say("amy", "/paid 1-1", private=True)
    assert "待入账：¥24" in neighbours.said(await neighbours.say("bob", "我的收益", private=True))
