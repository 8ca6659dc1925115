"""Review 26 (6): right after closing #1 (an order unpaid) Amy opened #2 and her bare `名单` answered
"📋 苹果（#2）还没有人跟团。", her `导出` sent a spreadsheet "共 0 条"; in private, with one open with lines
and a newer one empty, the empty one was taken without asking. Now of her group buys a bare 名单/导出
could mean, one with lines comes before an empty one; several with lines: which one, only those listed."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed_then_empty_opened(english: bool) -> Chat:
    chat = fake_chat()
    if english:
        await chat.say("amy", "/lang en")
        opening = ["/groupbuy Mangoes price 68", "+1", "/close", "/groupbuy Apples price 15"]
    else:
        opening = ["接龙 芒果 价格 68", "+1", "截单", "接龙 苹果 价格 15"]
    for user, text in zip(["amy", "bob", "amy", "amy"], opening, strict=True):
        await chat.say(user, text)
    return chat


def _texts(replies: list) -> list[str]:  # type: ignore[type-arg]
    return [reply.text for reply in replies if reply.text]


async def test_her_bare_list_and_export_take_the_closed_one_with_orders_not_the_empty_one() -> None:
    chat = await _closed_then_empty_opened(english=False)

    listed = chat.said(await chat.say("amy", "名单"))
    exported = _texts(await chat.say("amy", "导出"))

    assert listed == "📋 芒果（#1）接龙名单，共 1 条：\n1. Bob ×1"
    assert exported[1] == "📊 芒果（#1）名单表格，共 1 条"
    private = _texts(await chat.say("amy", "导出", private=True))
    assert private[0] == "📊 芒果（#1）名单表格，共 1 条"


async def test_in_english_too() -> None:
    chat = await _closed_then_empty_opened(english=True)

    listed = chat.said(await chat.say("amy", "/list"))
    exported = _texts(await chat.say("amy", "/export"))

    assert listed == "📋 The list of Mangoes (#1), 1 line:\n1. Bob ×1"
    assert exported[1] == "📊 Mangoes (#1): the list as a spreadsheet, 1 line"


async def test_in_private_the_one_with_lines_before_a_newer_empty_one_and_several_are_asked() -> None:
    chat = fake_chat()
    for user, text in [("amy", "接龙 荔枝 价格 30"), ("cat", "+1"), ("amy", "接龙 榴莲 价格 50")]:
        await chat.say(user, text)

    assert _texts(await chat.say("amy", "导出", private=True))[0] == "📊 荔枝（#1）名单表格，共 1 条"
    assert chat.said(await chat.say("amy", "名单", private=True)).startswith("📋 荔枝（#1）团长名单")

    await chat.say("dan", "+1 #2")
    asked = chat.said(await chat.say("amy", "导出", private=True))
    in_group = chat.said(await chat.say("amy", "名单"))

    assert asked == "你有 2 个接龙中的团已经有人跟：#1 荔枝 · #2 榴莲。请带上编号，例如 导出 #1。"
    assert in_group == (
        "你在这个群里有 2 个接龙中的团已经有人跟：#1 荔枝 · #2 榴莲。请带上编号，例如 名单 #1。"
    )


async def test_in_private_in_english_several_with_lines_are_asked() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    for user, text in [
        ("amy", "/groupbuy Lychees price 30"),
        ("cat", "+1"),
        ("amy", "/groupbuy Durian price 50"),
        ("amy", "/groupbuy Figs price 9"),
    ]:
        await chat.say(user, text)
    assert _texts(await chat.say("amy", "/export", private=True))[0].startswith("📊 Lychees (#1)")

    await chat.say("dan", "+1 #2")
    asked = chat.said(await chat.say("amy", "/export", private=True))

    assert asked == (
        "You have 2 group buys open with people on them: #1 Lychees · #2 Durian. "
        "Say which with its number, e.g. /export #1."
    )
