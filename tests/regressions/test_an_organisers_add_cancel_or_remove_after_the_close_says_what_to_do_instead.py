"""rep86 #9: after #2 closed, Amy's `/add #2 Wang 2` and `/cancel #2` were told only `Group buy #2 (Bubble
Tea) has closed: nothing was changed.`, and `/remove @Bob` the same of a closed group buy, with no next
step. Now each says what to do instead: add to her open group buy (`/add #3 Wang 2`) or open another round
(`/copy #1`); cancel or refund the orders that went out (`/cancelorder 1-1` of an unpaid one, `/refund 2-1`
of a paid one: rep104 #9); cancel or refund the member's order, or name the open group buy to take him off
(`/remove #3 @Dan`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_closed(lang: str = "en") -> Chat:
    """#1 Tea: Bob's order #1-1 unpaid; #2 Cookies: Cat's #2-1 paid. Both closed, nothing open."""
    chat = fake_chat(default_language=lang)
    zh = lang == "zh"
    for user, typed in (
        ("amy", "接龙 茶 价格 10" if zh else "/groupbuy Tea price 10"),
        ("bob", "+1"),
        ("amy", "截单 #1" if zh else "/close #1"),
        ("amy", "接龙 饼干 价格 10" if zh else "/groupbuy Cookies price 10"),
        ("cat", "+1"),
        ("amy", "截单 #2" if zh else "/close #2"),
        ("amy", "已收 2-1" if zh else "/paid 2-1"),
    ):
        await chat.say(user, typed)
    return chat


async def test_each_refusal_after_the_close_says_the_next_step() -> None:
    chat = await _two_closed()
    cards = await chat.cards_up_to(2)

    said = {typed: chat.said(await chat.say("amy", typed)) for typed in (
        "/add #1 Wang 2", "/cancel #1", "/remove #1 @Bob", "/remove @Cat"
    )}  # fmt: skip

    assert said == {
        "/add #1 Wang 2": "Group buy #1 (Tea) has closed: nothing was changed. Nobody can be added after the "
        "close; to sell more, open another round with /copy #1 and add Wang there.",
        "/cancel #1": "Group buy #1 (Tea) has closed and gone ahead, so it can't be called off: nothing was "
        "changed. Its orders went out, none paid yet: cancel one with /cancelorder 1-1.",
        "/remove #1 @Bob": "Group buy #1 (Tea) has closed, so no line comes off it: nothing was changed. "
        "Bob's order #1-1 is unpaid: to drop it, send /cancelorder 1-1.",
        "/remove @Cat": "Group buy #2 (Cookies) has closed, so no line comes off it: nothing was changed. "
        "Cat's order #2-1 is paid: to give the money back, send /refund 2-1.",
    }
    assert await chat.cards_up_to(2) == cards


async def test_with_one_open_the_closed_ones_refusal_names_it() -> None:
    chat = await _two_closed()
    await chat.say("amy", "/groupbuy Dumplings price 5")
    await chat.say("dan", "+1")

    assert chat.said(await chat.say("amy", "/add #1 Wang 2")) == (
        "Group buy #1 (Tea) has closed: nothing was changed. To add Wang to your open group buy instead, "
        "send /add #3 Wang 2."
    )
    assert chat.said(await chat.say("amy", "/remove #2 @Dan")) == (
        "Group buy #2 (Cookies) has closed: nothing was changed. To take Dan off your open group buy, name "
        "it: /remove #3 @Dan."
    )
    assert chat.said(await chat.say("amy", "/add #3 Wang 2")).startswith("Amy added Wang")


async def test_in_chinese_too() -> None:
    chat = await _two_closed("zh")

    assert chat.said(await chat.say("amy", "代报 #1 王阿姨 2")) == (
        "团购 #1（茶）已经截单了，没有任何改动。"
        "截单后不能再代报；要多卖，就发 再开一团 #1，再在新的团里代报 王阿姨。"
    )
    assert chat.said(await chat.say("amy", "取消 #1")) == (
        "团购 #1（茶）已经截单成团，不能再取消了，没有任何改动。"
        "订单已经发出，都还没付款：要取消就发 取消订单 1-1。"
    )
    assert chat.said(await chat.say("amy", "踢出 #1 @Bob")) == (
        "团购 #1（茶）已经截单了，不能再踢出，没有任何改动。"
        "Bob 的订单 #1-1 还没付款：不要这单就发 取消订单 1-1。"
    )
