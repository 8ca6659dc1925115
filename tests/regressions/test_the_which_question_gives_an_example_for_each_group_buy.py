"""Dan, a regular on Amy's 荔枝 #4, sent `+1` while Ken's 脐橙 #5 ran and was told `例如 +1 #5`: copied,
the example joined the neighbour's group buy. A newcomer's `我要两份` was told `例如 +1 #4、-1 #4、进度 #4`
(the quantity lost) and Pam's `+1 帮 小王` `例如 +1 #1` (which joins Pam herself). Ann, holding 豆沙 on
月饼, needed three messages (`+1`, `#6`, then the option). The question now gives an example for each
group buy listed, in its order, each keeping the quantity, friend and note typed, and the option she
holds there (`+1 #2 豆沙`); answered by number, button or name, one more of her only option is added."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_open(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "en":
        await chat.say("amy", "/groupbuy Lychees price 15 ends 3d")
        await chat.say("dan", "+1")
        await chat.say("ken", "/groupbuy Oranges price 25 ends 3d")
    else:
        await chat.say("amy", "接龙 荔枝 价格 15 截止 3d")
        await chat.say("dan", "+1")
        await chat.say("ken", "接龙 赣南脐橙 价格 25 截止 3d")
    return chat


async def test_a_regular_is_shown_her_own_group_buy_as_well_as_the_other() -> None:
    chat = await _two_open("zh")

    asked = chat.said(await chat.say("dan", "+1"))

    assert asked == (
        "这个群里有 2 个团在接龙：#1 荔枝（你已跟 1 份） · #2 赣南脐橙。"
        "这次没有加上，请带上编号：荔枝发 +1 #1，赣南脐橙发 +1 #2（也可以直接回复编号或名称）。"
    )
    chat.said(await chat.say("dan", "+1 #1"))  # her example, copied: one more of 荔枝
    assert (await chat.card(1)).endswith("1. Dan ×2")
    assert "Dan" not in await chat.card(2)


async def test_a_newcomers_example_keeps_the_quantity_and_the_friend() -> None:
    chat = await _two_open("zh")

    two = chat.said(await chat.say("cat", "我要两份"))
    friend = chat.said(await chat.say("pam", "+1 帮 小王"))

    assert two.endswith("请带上编号：荔枝发 +2 #1，赣南脐橙发 +2 #2（也可以直接回复编号或名称）。")
    assert friend.endswith("荔枝发 +1 #1 帮 小王，赣南脐橙发 +1 #2 帮 小王（也可以直接回复编号或名称）。")
    await chat.say("pam", "+1 #1 帮 小王")  # the example, copied: 小王's line, not Pam's
    assert (await chat.card(1)).endswith("2. Pam 帮 小王 ×1")


async def test_in_english_each_example_keeps_the_join_as_typed() -> None:
    chat = await _two_open("en")

    asked = chat.said(await chat.say("cat", "+2 for Wang gate 3"))

    assert asked == (
        "2 group buys are open here: #1 Lychees · #2 Oranges. Nothing was added: say which with its "
        "number (Lychees: +2 #1 for Wang gate 3; Oranges: +2 #2 for Wang gate 3), or reply with its "
        "number or name."
    )


async def test_the_option_she_holds_is_in_the_example_and_in_the_answer() -> None:
    for lang, opening, example in (
        ("zh", "接龙 月饼 规格 五仁:8,豆沙:9 截止 3d", "月饼发 +1 #2 豆沙"),
        ("en", "/groupbuy Mooncakes options lotus:8,redbean:9 ends 3d", "Mooncakes: +1 #2 redbean"),
    ):
        chat = fake_chat(default_language=lang)
        await chat.say(
            "ken", "/groupbuy Eggs price 20 ends 3d" if lang == "en" else "接龙 咸鸭蛋 价格 20 截止 3d"
        )
        await chat.say("amy", opening)
        await chat.say("ann", "+1 #2 豆沙" if lang == "zh" else "+1 #2 redbean")

        asked = chat.said(await chat.say("ann", "+1"))
        said = chat.said(await chat.say("ann", "#2"))

        assert example in asked, asked
        assert "2 ×" in said and ("豆沙" in said or "redbean" in said), said  # no question which option
        assert (await chat.card(2)).endswith("1. Ann 豆沙 ×2" if lang == "zh" else "1. Ann redbean ×2")
