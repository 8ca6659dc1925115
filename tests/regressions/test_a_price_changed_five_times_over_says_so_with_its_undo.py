"""Task s24 C2: `修改 #1 价格 800` on a ¥8 group buy (800 typed for 8) was answered `改价：¥8 → ¥800` like any
other edit. A price changed five times over or more, up or down, now says so plainly with the factor and
the command that puts it back (which works); once people joined (a price only goes down then), the
lowering says it cannot go back up, the group still hearing that everyone pays the new price."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_price_a_hundred_times_over_says_so_with_its_undo() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 芒果 价格 8")

    raised = await chat.say("amy", "修改 #1 价格 800")
    undone = await chat.say("amy", "修改 #1 价格 8")  # the command given, as sent

    assert (
        chat.said(raised)
        == "已修改 芒果（#1）：价格 ¥800。\n价格从 ¥8 改成了 ¥800（100 倍）。打错了就发 修改 #1 价格 8"
    )
    assert chat.said(undone) == (
        "已修改 芒果（#1）：价格 ¥8。\n价格从 ¥800 改成了 ¥8（原来的 1/100）。打错了就发 修改 #1 价格 800"
    )
    assert "¥8/份" in await chat.card()


async def test_a_price_about_six_times_over_says_so_with_its_undo_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 8/kg")

    raised = await chat.say("amy", "/edit #1 price 50")
    lowered = await chat.say("amy", "/edit #1 price 5")

    assert chat.said(raised) == (
        "Updated Mangoes (#1): price ¥50/kg.\n"
        "The price went from ¥8/kg to ¥50/kg (about 6 times what it was). "
        "If that was a typo, send /edit #1 price 8"
    )
    assert chat.said(lowered) == (
        "Updated Mangoes (#1): price ¥5/kg.\n"
        "The price went from ¥50/kg to ¥5/kg (1/10 of what it was). "
        "If that was a typo, send /edit #1 price 50"
    )


async def test_a_price_four_times_over_is_an_ordinary_change() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 芒果 价格 8")

    raised = await chat.say("amy", "修改 #1 价格 32")

    assert chat.said(raised) == "已修改 芒果（#1）：价格 ¥32。\n改价：¥8 → ¥32"


async def test_with_people_joined_a_tenth_of_the_price_says_it_cannot_go_back_up() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 芒果 价格 800")
    await chat.say("bob", "+1")

    lowered = await chat.say("amy", "修改 #1 价格 80 确认")  # confirmed first (test_a_steep_price_drop_…)

    assert chat.said(lowered) == (
        "已修改 芒果（#1）：价格 ¥80。\n改价：¥800 → ¥80，所有人按新价\n"
        "价格从 ¥800 降到了 ¥80（原来的 1/10）。已经有人跟团，价格不能再涨回去了。"
    )


async def test_with_people_joined_a_tenth_of_the_price_says_it_cannot_go_back_up_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 800")
    await chat.say("bob", "+1")

    lowered = await chat.say("amy", "/edit #1 price 80 confirm")

    assert chat.said(lowered) == (
        "Updated Mangoes (#1): price ¥80.\nPrice lowered: ¥800 → ¥80 for everyone\n"
        "The price went from ¥800 down to ¥80 (1/10 of what it was). "
        "People have joined, so it cannot go back up."
    )


async def test_edited_in_private_the_answer_has_the_undo_and_the_group_the_news() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 芒果 价格 8")

    replies = await chat.say("amy", "修改 #1 价格 800", private=True)

    answer = [reply.text for reply in replies if reply.chat_id is None and reply.text]
    group = [reply.text for reply in replies if reply.chat_id == "family" and reply.text]
    assert answer == [
        "已修改 芒果（#1）：价格 ¥800。\n价格从 ¥8 改成了 ¥800（100 倍）。打错了就发 修改 #1 价格 8"
    ]
    assert group == ["🛒 芒果（#1）\n改价：¥8 → ¥800"]
