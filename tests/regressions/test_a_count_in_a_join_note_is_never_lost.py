"""Round 28 (item 2): `加1加1 要三份 谢谢团长❤️` joined 1 with the note `加1 要三份`, `+1 3号楼 两份` 1 with
the note `3号楼 两份`: the order was for 1 while she asked for 3 (wrong money). A note asking for another
count than the `+N` typed changes nothing and is answered with what was read and the two joins to send
(s33: with the rest of a note, `+1 3号楼 两份`, the one join keeping it, `+2 3号楼`: the cases moved below);
the same count joins it, no count left in the note; notes with numbers in words stay notes."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

_EMPTY_ZH = "\n\n还没有人跟团，发 +1 抢第一个"
_EMPTY_EN = "\n\nNobody yet: be the first with +1"


async def test_the_rest_of_the_note_is_kept_in_the_one_join_to_send() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 成团 10 截止 2小时")
    english = fake_chat(default_language="en")
    await english.say("amy", "/groupbuy Plums price 10 target 5 ends 2h")

    zh = Chat.said(await chat.say("ivy", "+1 3号楼 两份"))
    en = Chat.said(await english.say("gina", "+1 gate 3 x2"))

    assert zh == "你写了 +1 和“两份”：要 2 份就发 +2 3号楼，没有任何改动。"
    assert en == "You wrote +1 and “x2”: for 2, send +2 gate 3. Nothing was changed."
    assert (await chat.card(1)).endswith(_EMPTY_ZH)


@pytest.mark.parametrize(
    ("typed", "said", "n"),
    [
        ("加1加1 要三份 谢谢团长❤️", "要三份", 3),
        ("+1 要三份", "要三份", 3),
        ("+1 共3份", "共3份", 3),
        ("+1 3份", "3份", 3),
        ("+1 3个", "3个", 3),
        ("+1 2 more", "2 more", 2),
    ],
)
async def test_a_chinese_note_asking_another_count_changes_nothing(typed: str, said: str, n: int) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 成团 10 截止 2小时")

    answer = Chat.said(await chat.say("ivy", typed))

    assert answer == f"你写了 +1 和“{said}”：要 {n} 份就发 +{n}（或 我要{n}份），没有任何改动。", typed
    assert (await chat.card(1)).endswith(_EMPTY_ZH), typed


@pytest.mark.parametrize(
    ("typed", "said", "n"),
    [("+1 3 total", "3 total", 3), ("+1 2 more", "2 more", 2)],
)
async def test_an_english_note_asking_another_count_changes_nothing(typed: str, said: str, n: int) -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Plums price 10 target 5 ends 2h")

    answer = Chat.said(await chat.say("gina", typed))

    assert answer == (
        f"You wrote +1 and “{said}”: for {n}, send +{n} (or I want {n}). Nothing was changed."
    ), typed
    assert (await chat.card(1)).endswith(_EMPTY_EN), typed


async def test_the_suggested_joins_name_the_group_buy_and_the_friend() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 截止 2小时")
    await chat.say("amy", "接龙 大葱 价格 3.5元/斤 截止 2小时")

    mango = Chat.said(await chat.say("ivy", "+1 #1 要三份"))
    leeks = Chat.said(await chat.say("ivy", "+1 #2 要3斤"))
    friend = Chat.said(await chat.say("ivy", "+1 #1 帮 小王 要三份"))

    assert mango == "你写了 +1 和“要三份”：要 3 份就发 +3 #1（或 我要3份 #1），没有任何改动。"
    assert leeks == "你写了 +1 和“要3斤”：要 3斤就发 +3 #2（或 我要3斤 #2），没有任何改动。"
    assert friend == "你写了 +1 和“要三份”：要 3 份就发 +3 #1 帮 小王，没有任何改动。"
    assert (await chat.card(1)).endswith(_EMPTY_ZH)
    assert (await chat.card(2)).endswith(_EMPTY_ZH)


async def test_the_same_count_joins_it_without_a_count_note() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 成团 10 截止 2小时")

    said = Chat.said(await chat.say("ivy", "+3 3号楼 3份"))
    await chat.say("bob", "+3 要三份")

    assert said == "Ivy 跟团：3 × 芒果（#1）。备注：3号楼。当前 ¥88/份。"
    assert (await chat.card(1)).endswith("\n\n1. Ivy ×3 · 3号楼\n2. Bob ×3")


async def test_notes_with_numbers_in_words_stay_notes() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 成团 10 截止 2小时")

    typed = {"amy": "+1 3号楼", "bob": "+1 302室", "cat": "+1 要大的", "dan": "+1 下午3点取"}
    for who, said in typed.items():
        await chat.say(who, said)
    await chat.say("eve", "+1 帮 小王")

    assert (await chat.card(1)).endswith(
        "\n\n1. Amy ×1 · 3号楼\n2. Bob ×1 · 302室\n3. Cat ×1 · 要大的\n4. Dan ×1 · 下午3点取"
        "\n5. Eve 帮 小王 ×1"
    )


async def test_an_option_with_its_count_still_joins_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 奶茶 规格 小:10,大:15,5斤:30 截止 2小时")

    small = Chat.said(await chat.say("ivy", "+1 小 2份"))
    asked = Chat.said(await chat.say("bob", "+1 小 要三份"))
    weight = Chat.said(await chat.say("cat", "+1 5斤"))

    assert small == "Ivy 跟团：2 × 奶茶 小（#1）。小 现价 ¥10/份。"
    assert asked == "Bob 跟团：3 × 奶茶 小（#1）。小 现价 ¥10/份。"  # s32: as `+1 小 3份` (rep68 #5)
    assert weight == "Cat 跟团：1 × 奶茶 5斤（#1）。5斤 现价 ¥30/份。"


async def test_an_organisers_add_is_told_the_add_form_never_bobs_own_plus() -> None:
    """s25: `代报 Bob 1 要三份` adds nothing (it once added 1 with the note); the add to send is the
    organiser's own form, never `+3` (which would join her)."""
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 截止 2小时")
    await chat.say("bob", "+1")

    said = Chat.said(await chat.say("amy", "代报 Bob 1 要三份"))

    assert said == "你写了给 Bob 代报 1 和“要三份”：要 3 份就发 代报 #1 Bob 3，没有任何改动。"
    assert (await chat.card(1)).endswith("\n\n1. Bob ×1")
