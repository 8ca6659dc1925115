"""h_x #1: the organiser's `代报 王阿姨 改成1份` after `代报 王阿姨 3` made a second guest,
`李姐 代报：王阿姨 改成1份 ×1`, the card listing `王阿姨 ×3（李姐 代报）` and
`王阿姨 改成1份 ×1（李姐 代报）`; `代报 王阿姨 2🙏` a guest called `王阿姨 2🙏`, and `代报 王阿姨 要2份` one
called `王阿姨 要2份`. Now `代报 王阿姨 改成1份` (`/add Wang make it 1`) sets her line to 1 (to 0: taken
off, as 踢出; more: the difference added), an emoji after the count is courtesy (`代报 王阿姨 2🙏` adds 2
for her), and any other word with a number after the name is refused with the form, nothing added."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import NAMES, Chat, fake_chat


@pytest.fixture
def names(monkeypatch: pytest.MonkeyPatch) -> None:
    for user, name in {"amy": "李姐", "bob": "小王"}.items():
        monkeypatch.setitem(NAMES, user, name)


async def _mangoes() -> Chat:
    chat = fake_chat()
    chat.platform = "wechat"
    await chat.say("amy", "接龙 芒果 价格 30 截止 明晚8点")
    await chat.say("bob", "+1")
    await chat.say("amy", "代报 王阿姨 3")
    return chat


CARD_HEAD = "🛒 芒果（#1）\n团长：李姐\n单价：¥30/份\n"


@pytest.mark.usefixtures("names")
async def test_an_add_changing_a_guests_count_sets_her_line_never_adds_a_new_guest() -> None:
    chat = await _mangoes()

    lowered = await chat.say("amy", "代报 王阿姨 改成1份")

    assert [r.text for r in lowered if r.text and not r.is_card] == [
        "李姐 把 王阿姨 改成了 1 × 芒果（#1）。当前 ¥30/份。"
    ]
    card = await chat.card(1)
    assert card.startswith(CARD_HEAD + "已订 2\n")
    assert card.endswith("1. 小王 ×1\n2. 王阿姨 ×1（李姐 代报）")

    raised = await chat.say("amy", "代报 #1 王阿姨 改成 3")
    assert (
        raised[0].text
        == "李姐 代报：给 王阿姨 加了 2 份，现在是 3 × 芒果（#1），订单由 李姐 收款。当前 ¥30/份。"
    )
    assert (
        Chat.said(await chat.say("amy", "代报 王阿姨 改成3份"))
        == "王阿姨 已经是 3 × 芒果（#1），没有任何改动。"
    )

    off = await chat.say("amy", "代报 王阿姨 改成0份")
    assert off[0].text == "李姐 把 王阿姨（×3）移出了 芒果（#1）。当前 ¥30/份。"
    assert (await chat.card(1)).endswith("1. 小王 ×1")
    assert Chat.said(await chat.say("amy", "代报 王阿姨 改成1份")) == (
        "王阿姨 不在 芒果（#1）的名单上，没有可以改的，没有任何改动。要给 王阿姨 报上就发 代报 #1 王阿姨 1。"
    )


@pytest.mark.usefixtures("names")
async def test_an_emoji_after_the_count_is_courtesy() -> None:
    chat = await _mangoes()

    replies = await chat.say("amy", "代报 王阿姨 2🙏")

    assert (
        replies[0].text
        == "李姐 代报：给 王阿姨 加了 2 份，现在是 5 × 芒果（#1），订单由 李姐 收款。当前 ¥30/份。"
    )
    assert (await chat.card(1)).endswith("1. 小王 ×1\n2. 王阿姨 ×5（李姐 代报）")


@pytest.mark.usefixtures("names")
@pytest.mark.parametrize("typed", ["王阿姨 要2份", "王阿姨 改成", "王阿姨 3号楼"])
async def test_words_after_the_guests_name_that_are_no_count_are_refused_with_the_form(typed: str) -> None:
    chat = await _mangoes()
    before = await chat.card(1)

    replies = await chat.say("amy", f"代报 {typed}")

    assert Chat.said(replies) == (
        f"没看懂“{typed}”要给 王阿姨 报几份，没有任何改动。请先写名字再写份数：代报 #1 王阿姨 2；"
        "要改 王阿姨 已报的份数：代报 #1 王阿姨 改成2份。"
    )
    assert await chat.card(1) == before


async def test_in_english_make_it_sets_the_guests_line() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 30")
    await chat.say("bob", "+1")
    await chat.say("amy", "/add Wang 3")

    lowered = await chat.say("amy", "/add Wang make it 1")

    assert lowered[0].text == "Amy changed Wang's line to 1 × Mangoes (#1). Now ¥30 each."
    assert (await chat.card(1)).endswith("1. Bob ×1\n2. Wang ×1 (added by Amy)")
    assert Chat.said(await chat.say("amy", "/add Wang 2nd floor")) == (
        "I couldn't tell how many “Wang 2nd floor” adds for Wang, so nothing was changed. Write the name,"
        " then how many: /add #1 Wang 2; to change what Wang has: /add #1 Wang make it 2."
    )
