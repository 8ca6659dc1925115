"""`/ask how much did I buy` answered with a price, `how many kg did I buy` and `问 我买了多少` with "I can't
answer that"; `/ask how many did I buy` left out the line the asker joined for her sister (which she pays
for); `问 我付了吗` before the close said only "not closed yet". Every phrasing of "how much did I buy"
answers of the asker's own orders and open lines, a friend's share said apart, and "did I pay" on an open
one says plainly that nothing is to pay until it closes."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

_ZH_MINE = (
    "你在 荔枝（#3）接龙了：自己 1 kg、帮 妈妈 1 kg，还没截单。\n"
    "你在 粽子（#2）的订单 #2-1：自己 小 ×1、帮 妈妈 大 ×1，¥32，待付款。\n"
    "你在 烟台苹果（#1）订了 3斤，共 ¥45，待付款（订单 #1-1）。"
)


async def _zh_chat() -> Chat:
    chat = fake_chat()
    for user, text in [
        ("zhang", "接龙 烟台苹果 价格 15元/斤"),
        ("li", "+3斤"),
        ("zhang", "截单"),
        ("zhang", "接龙 粽子 规格 大:20,小:12"),
        ("li", "+1 大 帮 妈妈"),
        ("li", "+1 小"),
        ("zhang", "截单"),
        ("zhang", "接龙 荔枝 价格 30元/公斤"),
        ("li", "+1公斤"),
        ("li", "+1公斤 帮 妈妈"),
    ]:
        await chat.say(user, text)
    return chat


async def test_every_chinese_how_much_did_i_buy_lists_her_orders_and_lines() -> None:
    chat = await _zh_chat()
    for question in ("问 我买了几斤", "问 我买了多少", "问 我买了几份"):
        replies = await chat.say("li", question)
        assert Chat.said(replies) == "Li，答案已私信发给你。"
        assert Chat.private(replies) == {"li": _ZH_MINE}


async def test_chinese_did_i_pay_before_the_close_says_nothing_is_to_pay_yet() -> None:
    chat = await _zh_chat()
    replies = await chat.say("li", "问 我付了吗")
    assert Chat.private(replies)["li"].splitlines()[0] == (
        "你在 荔枝（#3）接龙了：自己 1 kg、帮 妈妈 1 kg，还没截单，现在还不用付款：截单时才生成订单。"
    )


async def _en_chat() -> Chat:
    chat = fake_chat()
    for user, text in [
        ("amy", "/groupbuy Lychees price 12 per kg"),
        ("dan", "+4"),
        ("amy", "/close"),
        ("amy", "/groupbuy Mooncakes options red bean:40,egg yolk:68"),
        ("cat", "+1 red bean"),
        ("cat", "+1 egg yolk"),
        ("cat", "+1 red bean for my sister"),
        ("amy", "/groupbuy Mangoes price 10 per kg"),
        ("bob", "+2 #3"),
        ("bob", "+1 #3 for mum"),
    ]:
        await chat.say(user, text)
    return chat


async def test_every_english_how_much_did_i_buy_answers_of_her_own() -> None:
    chat = await _en_chat()
    for question in ("/ask how much did I buy", "/ask how many did I buy"):
        replies = await chat.say("bob", question)
        assert Chat.said(replies) == "Bob, I sent you the answer privately."
        assert Chat.private(replies) == {
            "bob": "On Mangoes (#3) you put down 2 kg for you and 1 kg for mum; it has not closed yet."
        }
    for question in ("/ask how many kg did I buy", "/ask how much did I buy"):
        replies = await chat.say("dan", question)
        assert Chat.private(replies) == {
            "dan": "You ordered 4 kg of Lychees (#1) for ¥48: to pay (order #1-1)."
        }


async def test_how_many_did_i_buy_includes_the_line_for_her_sister() -> None:
    chat = await _en_chat()
    replies = await chat.say("cat", "/ask how many did I buy")
    assert Chat.private(replies) == {
        "cat": "On Mooncakes (#2) you put down red bean ×1, egg yolk ×1 for you and red bean ×1 for sister; "
        "it has not closed yet."
    }


async def test_english_did_i_pay_before_the_close_says_nothing_is_to_pay_yet() -> None:
    chat = await _en_chat()
    replies = await chat.say("bob", "/ask did I pay")
    assert Chat.private(replies) == {
        "bob": "On Mangoes (#3) you put down 2 kg for you and 1 kg for mum; "
        "nothing is to pay until it closes, when your order is made."
    }
