"""Review 74 #9: the organiser's `撤销 已收 @Chenjie` (with a space), `收到了 3-1`, `结单`, `结束接龙`, a bare
`撤销` right after her 已收 and `close` alone got no reply at all: she could not tell whether anything
happened. From one running a group buy there they are her commands (`撤销已收 @X`, `已收 3-1`, `截单`), the
bare ones asked which she means, nothing changed; from anyone else they stay talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def closed() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 截止 3d")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", "截单")
    return chat


async def test_received_and_its_undo_said_another_way_are_her_commands() -> None:
    typed, usual = await closed(), await closed()

    for other, same in (
        ("收到了 1-2", "已收 1-2"),
        ("撤销 已收 1-2", "撤销已收 1-2"),
        ("收到了 @Bob", "已收 @Bob"),
    ):
        got, expected = Chat.said(await typed.say("amy", other)), Chat.said(await usual.say("amy", same))
        assert got == expected and got, (other, got, expected)
    assert Chat.said(await typed.say("amy", "撤销 已收 @Bob")) == Chat.said(
        await usual.say("amy", "撤销已收 @Bob")
    )


async def test_jiedan_and_jieshu_jielong_close_as_jiedan_does() -> None:
    for word in ("结单", "结束接龙"):
        chat, usual = fake_chat(), fake_chat()
        for each in (chat, usual):
            await each.say("amy", "接龙 芒果 价格 30 截止 3d")
            await each.say("bob", "+1")
        got = Chat.said(await chat.say("amy", word))
        assert got == Chat.said(await usual.say("amy", "截单")) and got.startswith("✅ 芒果（#1）成团了"), got


async def test_a_bare_undo_right_after_her_received_asks_which_she_means() -> None:
    chat = await closed()
    await chat.say("amy", "已收 1-1")

    said = Chat.said(await chat.say("amy", "撤销"))

    assert said == "是想发 撤销已收 1-1 吗？"
    assert "1. Bob ×1 ✅" in Chat.said(await chat.say("amy", "名单"))  # still paid: nothing changed


async def test_close_alone_from_the_organiser_asks_if_she_means_the_command() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 30 ends 3d")
    await chat.say("bob", "+1")

    said = Chat.said(await chat.say("amy", "close"))

    assert said == "Did you mean /close #1?"
    assert "closed" not in (await chat.card(1)).lower()


async def test_from_anyone_else_these_stay_talk() -> None:
    chat = await closed()
    await chat.say("amy", "已收 1-1")
    await chat.say("dan", "/groupbuy Pears price 20 ends 3d")

    for words in ("结单", "结束接龙", "撤销", "撤销 已收 1-1", "收到了 1-2", "close"):
        assert await chat.say("bob", words) == [], words
