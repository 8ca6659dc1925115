"""Session 31, review 61 (finding 5): Eve, holding only 老赵's line on 冰淇淋 (`香草 +1 帮老赵`), asked
`how much do I owe?` and read "You are on 冰淇淋 (#1) for 香草 ×1 for 老赵." (zh: "你跟了 冰淇淋（#1）帮 老赵
香草 ×1。"): garbled, and "you are on" it is wrong, the line being 老赵's. Her lines holding a friend's
share are said as what she put down, each share named by whom it is for, then that nothing is to pay
until it closes."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api, said_in


async def test_only_a_friends_line_is_said_as_put_down_for_the_friend(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("g", "amy", "接龙 冰淇淋 规格 香草:30,巧克力:30")
        await api.say("g", "eve", "香草 +1 帮老赵")

        [en] = said_in(await api.say("g", "eve", "how much do I owe?"), "eve")
        assert en.startswith("On 冰淇淋 (#1) you put down 香草 ×1 for 老赵. "), en
        assert "there is nothing to pay now" in en and "You are on" not in en, en
        [zh] = said_in(await api.say("g", "eve", "我要付多少"), "eve")
        assert zh.startswith("你在 冰淇淋（#1）接龙了：帮 老赵 香草 ×1。"), zh
        assert "现在不用付款" in zh, zh

        await api.say("g", "eve", "+1 巧克力")
        [both] = said_in(await api.say("g", "eve", "how much do I owe?"), "eve")
        assert both.startswith("On 冰淇淋 (#1) you put down 巧克力 ×1 for you and 香草 ×1 for 老赵. "), both


async def test_did_i_pay_with_a_friends_line_says_what_she_put_down(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("g", "amy", "接龙 芒果 价格 58")
        await api.say("g", "eve", "+2 帮老赵")
        [zh] = said_in(await api.say("g", "eve", "问 我付了吗"), "eve")
        assert zh.startswith("你在 芒果（#1）接龙了：帮 老赵 "), zh
        assert zh.endswith("还没截单，现在还不用付款：截单时才生成订单。"), zh
