"""rep46 #15: `不要了` was answered "已经成团（5 份），现在退出会让大家的团不成了" with 6 taken and a
target of 5: it said the target as if it were the count. The refusal now says the target, how many are
taken and what the leave would leave; leaving one of 6 with a target of 5 keeps it formed and is allowed."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _six_of_five(lang: str, *, hers: int) -> Chat:
    chat = fake_chat(default_language=lang)
    opening = (
        "接龙 芒果 价格 20 成团 5 截止 3d" if lang == "zh" else "/groupbuy Mangoes price 20 target 5 ends 3d"
    )
    await chat.say("lijie", opening, name="Lijie")
    await chat.say("amy", f"+{6 - hers}", name="Amy")
    await chat.say("wang", f"+{hers}", name="Wang")
    return chat


async def test_in_chinese_the_refusal_says_the_target_the_count_and_what_would_be_left() -> None:
    chat = await _six_of_five("zh", hers=2)

    said = chat.said(await chat.say("wang", "不要了", name="Wang"))

    assert said == (
        "芒果（#1）已经成团（成团要 5 份，现在共 6 份），你退出后只剩 4 份，"
        "不够成团，大家的团就不成了，没有改动。"
        "截单前要退出：等有人再跟、超过成团数以后就能退；或者请团长 Lijie 把你移出。"
    )


async def test_in_english_the_refusal_says_the_target_the_count_and_what_would_be_left() -> None:
    chat = await _six_of_five("en", hers=2)

    said = chat.said(await chat.say("wang", "/leave", name="Wang"))

    assert said == (
        "Mangoes (#1) has formed (6 units taken, target 5 units): your leaving would bring it down to "
        "4 units, below its target, and undo it for everyone, so nothing was changed. "
        "To leave before it closes: once more have joined and it is above its target, you can; "
        "or ask the organiser, Lijie, to take you off."
    )


async def test_leaving_one_of_six_keeps_a_target_of_five_and_is_allowed() -> None:
    chat = await _six_of_five("zh", hers=1)

    said = chat.said(await chat.say("wang", "不要了", name="Wang"))

    assert "成团" not in said.split("。")[0], said
    assert "Wang" not in await chat.card(1)
