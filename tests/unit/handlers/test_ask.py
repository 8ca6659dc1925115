"""Asking in the chat (问, `/ask`, a mention of the bot, a private question): each fact answered from the
group buy as it stands, with its number, in the language asked; the asker's own order only in private;
what Tuan does not hold is said plainly, never made up."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = "接龙 海南贵妃芒 价格 88 阶梯 3:78 成团 3 库存 10 截止 明天中午12点 自提 小区门口"
UNKNOWN_EN = (
    "I can't answer that: I only answer what the group buy records (price, stock, deadline, pickup, how to "
    "pay, your order, who organises it). For example: /ask when does it close."
)


async def opened() -> Chat:
    room = fake_chat(FakeUnitOfWorkFactory(), bot_username="tuan_bot")
    await room.say("amy", OPEN)
    await room.say("bob", "+1")
    return room


async def test_facts_are_answered_in_the_group_with_the_group_buys_number() -> None:
    room = await opened()
    asked = {
        "问 什么时候截单": "海南贵妃芒（#1）11月24日 周二 12:00 截单，现在还能跟团。",
        "请问在哪取货？": "海南贵妃芒（#1）取货：小区门口",
        "@tuan_bot 多少钱一份": "海南贵妃芒（#1）：当前 ¥88/份，再 2 份 ¥78。",
        "问 还有吗": "海南贵妃芒（#1）还剩 9 份。",
        "问 怎么付款": (
            "海南贵妃芒（#1）请线下付款给团长 Amy（现金或转账）；截单成团后，每人的订单会私信发来。"
        ),
        "问 团长是谁": "海南贵妃芒（#1）的团长是 Amy。",
        "/ask when does it close": "海南贵妃芒 (#1) closes Tue 24 Nov 12:00; you can still join.",
        "/ask how much is it": "海南贵妃芒 (#1): Now ¥88 each — 2 more for ¥78.",
    }
    for question, answer in asked.items():
        assert room.said(await room.say("cat", question)) == answer, question


async def test_the_askers_own_order_is_answered_in_private_only() -> None:
    room = await opened()
    replies = await room.say("bob", "问 我付了吗")
    assert room.said(replies) == "Bob，答案已私信发给你。"
    assert room.private(replies) == {
        "bob": "你跟了 海南贵妃芒（#1）1 份，还没截单，现在还不用付款：截单时才生成订单。"
    }
    await room.say("cat", "+2")
    await room.say("amy", "截单")
    await room.say("amy", "已收 1-1")
    answer = room.said(await room.say("bob", "我付了吗", private=True))
    assert answer.startswith("你在 海南贵妃芒（#1）订了 1 份，共 ¥78，已付款（订单 #1-1）。\n取货码：")
    assert room.private(await room.say("dan", "/ask #1 did I pay")) == {
        "dan": "You have not joined 海南贵妃芒 (#1): send +1 #1 to join."
    }


async def test_what_tuan_does_not_hold_is_said_plainly() -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), bot_username="tuan_bot")
    # no group buy, no note: no note mentions it yet (rep69 #6; was "I can't answer that")
    assert room.said(await room.say("cat", "@tuan_bot is the mango sweet")) == (
        "None of your friends' notes mention “mango” yet. Ask the group, or send “any recommendations for"
        " mango?” again in a few days."
    )
    assert room.said(await room.say("cat", "@tuan_bot what is the wifi password")) == UNKNOWN_EN
    room = await opened()
    assert room.said(await room.say("cat", "/ask")).startswith("What would you like to know?")
    assert await room.say("cat", "问一下大家") == []  # talk in the group: no answer
    assert await room.say("cat", "今天天气不错啊") == []  # `芒果甜吗` names the open buy's product: answered


async def test_private_questions_name_the_group_buy_and_reach_only_the_askers_business() -> None:
    room = await opened()
    assert room.said(await room.say("bob", "什么时候截单", private=True)) == (
        "私聊里问团购请带上团号，例如：问 #1 什么时候截单。"
    )
    assert room.said(await room.say("bob", "/ask #1 where is pickup", private=True)) == (
        "海南贵妃芒 (#1) pickup: 小区门口"
    )
    assert room.said(await room.say("eve", "问 #1 什么时候截单", private=True)) == (
        "团购 #1 不是你所在的群的团，你也没有参加或组织它：私聊里可以问你所在的群的团。"
    )
    assert room.said(await room.say("bob", "你好", private=True)).startswith("我没看懂")


async def test_several_open_group_buys_the_question_names_one_by_its_title() -> None:
    room = await opened()
    await room.say("amy", "接龙 阳光玫瑰葡萄 价格 60 库存 5")
    assert room.said(await room.say("cat", "问 葡萄还有吗")) == "阳光玫瑰葡萄（#2）还剩 5 份。"
    assert room.said(await room.say("cat", "问 贵妃芒还有吗")) == "海南贵妃芒（#1）还剩 9 份。"
    each = room.said(await room.say("cat", "问 还有吗"))  # naming none: each open one in a line
    assert each == "海南贵妃芒（#1）还剩 9 份。\n阳光玫瑰葡萄（#2）还剩 5 份。"


async def test_closed_and_sold_out() -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await room.say("amy", "/groupbuy Mangoes price 100 stock 1 ends 2h")
    await room.say("bob", "+1")
    assert room.said(await room.say("cat", "/ask any left?")) == (
        "Mangoes (#1) is sold out: send /wait #1 to queue. "
        "Whatever comes free goes to the first in line whose quantity fits."
    )
    await room.say("amy", "/close")
    assert room.said(await room.say("cat", "/ask when does it close")) == (
        "Mangoes (#1) has closed: it takes no more joins."
    )
    assert room.said(await room.say("cat", "/ask how much")) == "Mangoes (#1) closed at ¥100 each."


async def test_a_question_nobody_recorded_goes_to_the_organiser_and_the_answer_comes_back() -> None:
    room = await opened()
    offered = await room.say("cat", "@tuan_bot 芒果甜吗？")
    assert room.said(offered) == (
        "这个我答不上来：团购里没有记着。要不要转给团长 Amy？点下面的按钮，团长的回答会私信给你。"
    )
    [[button]] = offered[0].buttons
    assert button.label == "转给团长 Amy"
    assert room.toast(await room.tap("bob", button.data)) == "这是 Cat 的问题，只有提问的人可以转给团长。"

    passed = await room.tap("cat", button.data)
    assert room.toast(passed) == "已转给团长 Amy，回答会私信给你"
    assert room.private(passed) == {
        "amy": "❓ Cat 在「另一个群」问（团购 #1）：芒果甜吗？\n回答请发：答 1 你的回答"
    }
    assert room.toast(await room.tap("cat", button.data)) == "已经转给团长 Amy 了，回答会私信给你。"

    assert room.said(await room.say("bob", "答 1 不甜", private=True)) == "没有转给你的问题 1，没有任何改动。"
    answered = await room.say("amy", "答 1 很甜，放两天更好吃", private=True)
    assert room.said(answered) == "已把你的回答私信给 Cat。"
    assert room.private(answered) == {"cat": "💬 团长 Amy 回答了你的问题「芒果甜吗？」：很甜，放两天更好吃"}
    assert (
        room.said(await room.say("amy", "答 1 再说一次", private=True))
        == "问题 1 已经回答过 Cat 了，没有再发。"
    )


async def test_answer_mistakes() -> None:
    room = await opened()
    assert room.said(await room.say("amy", "答 1", private=True)) == "没有转给你的问题 1，没有任何改动。"
    assert room.said(await room.say("amy", "/answer", private=True)) == (  # hers: Chinese (s42)
        "回答请写问题编号和你的回答，例如：答 5 很甜，放两天更好吃。"
    )
    assert room.said(await room.say("amy", "/answer", private=True, language="en")) == (
        "Write the question's number and your answer, for example: /answer 5 Very sweet, best after two days."
    )
    assert await room.say("amy", "答得好") == []  # talk


async def test_a_note_is_quoted_only_when_it_speaks_to_the_question() -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), bot_username="tuan_bot", default_language="en")
    await room.say("amy", "/groupbuy Sourdough price 9 ends 2h", language="en")
    await room.say("bob", "/note The sourdough freezes really well, toast it straight from frozen")
    await room.say("cat", "/note These coffee beans are nutty, good for espresso")

    answer = room.said(await room.say("dan", "@tuan_bot can I freeze the sourdough", language="en"))
    assert answer.startswith("What friends said:\nNote #1 Bob: “The sourdough freezes really well")
    assert "#2" not in answer  # the coffee note shares nothing the question is about

    # shares only "good": nothing is quoted, the asker is offered the organiser instead
    assert room.said(await room.say("dan", "@tuan_bot any good dentist nearby", language="en")) == (
        "I can't answer that: the group buy does not record it. Pass it to the organiser, Amy? Tap below "
        "and their answer comes to you privately."
    )


async def test_with_several_open_the_question_goes_to_their_one_organiser() -> None:
    room = await opened()
    await room.say("amy", "接龙 阳光玫瑰葡萄 价格 60 库存 5")
    offered = await room.say("cat", "@tuan_bot 周末有人一起去吗")
    [[button]] = offered[0].buttons
    assert button.label == "转给团长 Amy"
    await room.say("bob", "接龙 土鸡蛋 价格 20")  # another organiser's: nobody can tell whom it is for
    assert (await room.say("cat", "@tuan_bot 周末有人一起去吗"))[0].buttons == ()


async def test_a_question_about_a_product_nobody_sells_here_is_never_answered_with_anothers_facts() -> None:
    room = await opened()  # only 海南贵妃芒 is open here
    assert room.said(await room.say("cat", "问 葡萄还有吗")) == (
        "本群没有「葡萄」的团购。进行中的是：#1 海南贵妃芒（问的时候带上团号，例如：问 #1 还有吗）。"
    )
    assert room.said(await room.say("cat", "问 芒果几点截单")).startswith(
        "海南贵妃芒（#1）"
    )  # its short name
    assert room.said(await room.say("cat", "问 几点截单啊")).startswith("海南贵妃芒（#1）")


async def test_a_question_passed_on_goes_to_the_group_buy_it_names() -> None:
    room = await opened()
    await room.say("amy", "接龙 阳光玫瑰葡萄 价格 60 库存 5")
    offered = await room.say("cat", "@tuan_bot 贵妃芒能寄到北京吗")
    [[button]] = offered[0].buttons
    passed = await room.tap("cat", button.data)
    assert room.private(passed)["amy"].startswith("❓ Cat 在「另一个群」问（团购 #1）：")


async def test_asking_nothing_is_told_how_to_ask_in_the_words_it_came_in() -> None:
    room = await opened()
    for typed in ("问", "请问", "问 #1", "问 ？"):
        assert room.said(await room.say("cat", typed)).startswith("想问什么？例如：问 什么时候截单"), typed
