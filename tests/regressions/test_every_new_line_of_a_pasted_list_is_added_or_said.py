"""rep81 #7: Lin pasted a list adding her own `3. Lin 1` and, below Ning's `5. 帮赵奶奶 2`, another
`7. 帮赵奶奶 2`: she was joined and Grandma's second 2 dropped without a word (a name already on the
group buy was taken for the same line). Pat's only new line, `5. 2`, naming nobody, joined 1, not 2.
Now a name on more lines of the list than the group buy holds for it is said, with the join that adds
it; a line's count is kept, and a line of a count and no name below hers is said, never dropped."""

from __future__ import annotations

from handlers.texts import t
from tests.unit.handlers.conftest import Chat, fake_chat

HEAD = "#接龙 土鸡蛋\n1. Hui 1\n2. Bob 1\n"


async def _eggs() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 30枚 价格 45 限购 5", name="Amy")
    await chat.say("hui", "+1", name="Hui")
    await chat.say("bob", "+1", name="Bob")
    await chat.say("ning", HEAD + "3. 帮赵奶奶 2", name="Ning")
    return chat


async def test_a_second_line_for_a_name_already_on_it_is_said() -> None:
    chat = await _eggs()
    pasted = "#接龙 土鸡蛋\n1. Hui 1\n2. Bob 1\n3. Lin 1\n4. 帮赵奶奶 2\n5. 帮赵奶奶 2"

    said = Chat.said(await chat.say("lin", pasted, name="Lin"))

    assert said == (
        "Lin 跟团：1 × 土鸡蛋 30枚（#1）。当前 ¥45/份。"
        "名单上又多了一行“赵奶奶”，没有加上（贴名单只加你自己的一行；名单上原有的 赵奶奶 那一行不变）："
        "这是另外再要的，请发 +2 帮 赵奶奶"
    )
    card = await chat.card()
    assert card.endswith("1. Hui ×1\n2. Bob ×1\n3. Ning 帮 赵奶奶 ×2\n4. Lin ×1"), card


async def test_the_line_already_there_copied_once_is_no_new_line() -> None:
    chat = await _eggs()
    pasted = "#接龙 土鸡蛋\n1. Hui 1\n2. Bob 1\n3. 帮赵奶奶 2\n4. Lin 1"

    said = Chat.said(await chat.say("lin", pasted, name="Lin"))

    assert said == "Lin 跟团：1 × 土鸡蛋 30枚（#1）。当前 ¥45/份。"


async def test_a_last_line_naming_nobody_keeps_its_count() -> None:
    chat = await _eggs()

    said = Chat.said(await chat.say("pat", HEAD + "3. 帮赵奶奶 2\n4. 2", name="Pat"))

    assert said == "Pat 跟团：2 × 土鸡蛋 30枚（#1）。当前 ¥45/份。"
    assert (await chat.card()).endswith("3. Ning 帮 赵奶奶 ×2\n4. Pat ×2")


async def test_a_line_of_a_count_and_no_name_below_hers_is_said() -> None:
    chat = await _eggs()

    said = Chat.said(await chat.say("pat", HEAD + "3. 帮赵奶奶 2\n4. Pat 1\n5. 3", name="Pat"))

    assert said == (
        "Pat 跟团：1 × 土鸡蛋 30枚（#1）。当前 ¥45/份。"
        "名单上有一行只写了数量（3），没写名字，没有加上（贴名单只加你自己的一行）："
        "是你自己要的话请发 +3；帮别人跟团请写上名字，例如 +3 帮 小王"
    )
    assert (await chat.card()).endswith("4. Pat ×1")


def test_in_english_too() -> None:
    again = t("en", "pasted_line_again", name="Granny", example="+2 for Granny")
    nameless = t("en", "pasted_line_nameless", amount=3, at="")

    assert again == (
        "Another line for “Granny” on the list was not added (a pasted list adds your own line only; the "
        "line Granny already has stays as it is): if this one is more, send +2 for Granny"
    )
    assert nameless == (
        "A line on the list gives a count (3) but no name, so it was not added (a pasted list adds your "
        "own line only): if it is yours, send +3; to join for someone, add their name, e.g. +3 for Amy"
    )
