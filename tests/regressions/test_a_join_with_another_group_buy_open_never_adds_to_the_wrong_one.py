"""Bob was on #1 when #2 opened; his bare `+1` silently added one more to #1, though he may well have
meant #2 (README said a buyer's `+1` with several open lists every one open). A join that adds, from a
member already on one of several open group buys, now asks which, listing each with what he holds on it,
and adds nothing; his bare `-1` and `进度` still go to the one he is on."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _bob_on_one(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "en":
        await chat.say("amy", "/groupbuy Mangoes price 30 ends 3d")
        await chat.say("bob", "+1")
        await chat.say("mal", "/groupbuy Lychees price 25 ends 3d")
    else:
        await chat.say("amy", "接龙 芒果 价格 30 截止 3d")
        await chat.say("bob", "+1")
        await chat.say("mal", "接龙 荔枝 价格 25 截止 3d")
    return chat


async def test_a_bare_join_from_a_member_on_one_asks_which_with_what_he_holds() -> None:
    chat = await _bob_on_one("en")
    before = (await chat.card(1), await chat.card(2))

    answer = chat.said(await chat.say("bob", "+1"))

    assert answer == (
        "2 group buys are open here: #1 Mangoes (you have 1) · #2 Lychees. "
        "Nothing was added: say which with its number (Mangoes: +1 #1; Lychees: +1 #2), "
        "or reply with its number or name."
    )
    assert (await chat.card(1), await chat.card(2)) == before  # nothing added to either
    assert chat.cards(await chat.say("bob", "+1 #2")) == [(2, False)]
    assert (await chat.card(1)).endswith("1. Bob ×1")
    assert (await chat.card(2)).endswith("1. Bob ×1")


async def test_a_member_on_both_is_asked_with_each_quantity_in_chinese() -> None:
    chat = await _bob_on_one("zh")
    await chat.say("bob", "+2 #2")

    answer = chat.said(await chat.say("bob", "我要两份"))

    assert answer == (
        "这个群里有 2 个团在接龙：#1 芒果（你已跟 1 份） · #2 荔枝（你已跟 2 份）。"
        "这次没有加上，请带上编号：芒果发 改成2份 #1（改成 2 份）或 +2 #1（再加 2 份），"
        "荔枝发 +2 #2（已跟 2 份，再加 2 份）（也可以直接回复编号或名称）。"
    )
    assert (await chat.card(1)).endswith("1. Bob ×1")


async def test_a_member_on_one_still_leaves_and_sees_it_with_bare_commands() -> None:
    chat = await _bob_on_one("zh")
    await chat.say("bob", "+1 #1")

    status = await chat.say("bob", "进度")
    fewer = await chat.say("bob", "-1")

    assert chat.cards(status) == [(1, True)]
    assert chat.cards(fewer) == [(1, False)]
    assert (await chat.card(1)).endswith("1. Bob ×1")


async def test_a_newcomers_bare_join_is_asked_as_before() -> None:
    chat = await _bob_on_one("zh")

    answer = chat.said(await chat.say("cat", "+1"))

    assert answer == (
        "这个群里有 2 个团在接龙：#1 芒果 · #2 荔枝。"
        "这次没有加上，请带上编号：芒果发 +1 #1，荔枝发 +1 #2（也可以直接回复编号或名称）。"
    )
