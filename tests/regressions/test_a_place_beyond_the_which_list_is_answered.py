"""Session 15 (fr, from fp's review): asked which of three group buys her join meant, a member answering
`第四个` got no answer at all. A place beyond those listed is now told how many were listed, which, and
to answer with one of them; nothing added, and the question still stands."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _three(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    for title in ("Apples", "Pears", "Plums") if lang == "en" else ("烟台苹果", "苹果", "梨"):
        await chat.say(
            "amy", f"/groupbuy {title} price 10 ends 3d" if lang == "en" else f"接龙 {title} 价格 10 截止 3d"
        )
    return chat


async def test_in_chinese_the_fourth_of_three_is_told_only_three_were_listed() -> None:
    chat = await _three("zh")
    await chat.say("lee", "+1", name="Lee")

    said = chat.said(await chat.say("lee", "第四个", name="Lee"))

    assert said == (
        "“第四个”：刚才只列了 3 个团：#1 烟台苹果 · #2 苹果 · #3 梨。"
        "这次没有加上，请回复其中一个的编号或名称。"
    )
    assert chat.said(await chat.say("lee", "第二个", name="Lee")).startswith("Lee 跟团：1 × 苹果（#2）")
    assert "Lee" not in await chat.card(1) and "Lee" not in await chat.card(3)


async def test_in_english_the_fourth_of_three_is_told_only_three_were_listed() -> None:
    chat = await _three("en")
    await chat.say("lee", "+1", name="Lee")

    said = chat.said(await chat.say("lee", "the fourth one", name="Lee"))

    assert said == (
        "“the fourth one”: only 3 were listed: #1 Apples · #2 Pears · #3 Plums. "
        "Nothing was added: reply with the number or name of one of them."
    )
    assert "Lee" not in await chat.card(1)
