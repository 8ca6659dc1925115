"""Reading a question (commerce.domain.asking): the intent of questions as people type them, in Chinese
and English, the group buy a `#12` names, the language to answer in; talk that asks for no fact Tuan
holds has no intent."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commerce.domain.asking import Intent, asks_itself, asks_when, language_of, phrases, read

ASKED = [
    ("什么时候截单？", Intent.DEADLINE),
    ("几点截单啊", Intent.DEADLINE),
    ("现在还能跟吗", Intent.DEADLINE),
    ("芒果哪天截", Intent.DEADLINE),
    ("在哪里取货？", Intent.PICKUP),
    ("去哪拿", Intent.PICKUP),
    ("什么时候到货", Intent.PICKUP),
    ("多少钱一份", Intent.PRICE),
    ("再多几个人能便宜点吗", Intent.PRICE),
    ("还有吗？", Intent.STOCK),
    ("还剩几份", Intent.STOCK),
    ("卖完了没", Intent.STOCK),
    ("怎么付款", Intent.PAYMENT),
    ("钱付给谁", Intent.PAYMENT),
    ("我付了吗", Intent.MY_ORDER),
    ("我的取货码是多少", Intent.MY_ORDER),
    ("我跟了几份", Intent.MY_ORDER),
    ("我买了多少", Intent.MY_ORDER),
    ("团长是谁", Intent.ORGANISER),
    ("有事找谁", Intent.ORGANISER),
    ("When does it close?", Intent.DEADLINE),
    ("can I still join", Intent.DEADLINE),
    ("where is pickup", Intent.PICKUP),
    ("When will it arrive?", Intent.PICKUP),
    ("how much is it", Intent.PRICE),
    ("Any left?", Intent.STOCK),
    ("is it sold out", Intent.STOCK),
    ("how do I pay", Intent.PAYMENT),
    ("Did I pay?", Intent.MY_ORDER),
    ("how much did I buy", Intent.MY_ORDER),  # not the price: `how much did I` is the longer phrase
    ("how many kg did I buy", Intent.MY_ORDER),
    ("what's my pickup code", Intent.MY_ORDER),
    ("who is the organiser", Intent.ORGANISER),
]


@pytest.mark.parametrize(("text", "intent"), ASKED)
def test_questions_as_people_type_them(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    "text", ["芒果甜吗", "大家好", "问一下大家", "hello", "is the mango sweet", "谢谢团长"]
)
def test_talk_and_opinions_have_no_fact_intent(text: str) -> None:
    assert read(text).intent is None


def test_the_longer_phrase_decides() -> None:
    assert read("取货码").intent is Intent.MY_ORDER  # not `取货`, the pickup place
    assert read("取货").intent is Intent.PICKUP


def test_a_group_buy_is_named_by_its_number_and_the_answer_speaks_the_question() -> None:
    question = read("#12 什么时候截单")
    assert (question.group_buy_id, question.lang, question.intent) == (12, "zh", Intent.DEADLINE)
    assert read("when does #7 close").group_buy_id == 7
    assert read("when does it close").lang == "en"


def test_every_intent_has_phrases_in_both_languages() -> None:
    found = phrases()
    assert set(found) == set(Intent)
    assert all(zh and en for zh, en in found.values())


@given(st.text(max_size=2000))
def test_any_text_is_read_and_answered_in_one_of_the_two_languages(text: str) -> None:
    question = read(text)
    assert question.lang in ("zh", "en")
    if language_of(text) == "en":  # no Chinese anywhere: never answered in Chinese
        assert question.lang == "en"


ASKED_COLLOQUIALLY = [  # as members type them in a busy group (typos, dialect, shortcuts)
    ("榴莲几号结单啊", Intent.DEADLINE),  # 结单: the homophone typed for 截单
    ("要几点前报名", Intent.DEADLINE),
    ("咋付款", Intent.PAYMENT),
    ("收款码发一下", Intent.PAYMENT),
    ("还有木有", Intent.STOCK),
    ("我芒果跟了几份", Intent.MY_ORDER),
    ("我付款了吗", Intent.MY_ORDER),  # not the payment note: the longer phrase decides
    ("团长是哪位", Intent.ORGANISER),
]


@pytest.mark.parametrize(("text", "intent"), ASKED_COLLOQUIALLY)
def test_colloquial_and_mistyped_chinese(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("when does it colse", Intent.DEADLINE),  # two letters swapped
        ("pickp time?", Intent.PICKUP),  # one left out
        ("bread pirce", Intent.PRICE),
        ("orgnaiser?", Intent.ORGANISER),
        ("is the paymment note up", Intent.PAYMENT),  # one too many
    ],
)
def test_a_mistyped_english_word_is_still_read(text: str, intent: Intent) -> None:
    assert read(text).intent is intent


@pytest.mark.parametrize(
    "text", ["is my parcel stuck", "I chose the pears", "any posts about pears", "what a prize"]
)
def test_another_word_one_letter_away_is_not_a_typo(text: str) -> None:
    assert read(text).intent is None  # a letter typed for another, or another first letter: another word


@pytest.mark.parametrize(
    "text", ["我付钱了吗 #1", "我付款了没有", "我交钱了吗", "付了没", "付钱了没", "我付过了吗"]
)
def test_did_i_pay_is_the_askers_order_never_how_to_pay(text: str) -> None:
    assert read(text).intent is Intent.MY_ORDER


@pytest.mark.parametrize("text", ["怎么付钱", "付钱给谁", "付款方式", "怎么交钱"])
def test_how_to_pay_stays_the_payment(text: str) -> None:
    assert read(text).intent is Intent.PAYMENT


@pytest.mark.parametrize(
    ("question", "when"),
    [
        ("什么时候取货？", True),
        ("几点取", True),
        ("when is pickup?", True),
        ("what time is pickup", True),
        ("在哪取货？", False),
        ("where is pickup", False),
    ],
)
def test_a_question_asking_when(question: str, when: bool) -> None:
    assert asks_when(question) is when


@pytest.mark.parametrize(
    ("note", "asks"),
    [
        ("Are they sweet? I heard this batch is amazing!!! So sweet, best ever", True),
        ("这个芒果甜吗", True),
        ("甜不甜啊，有人买过吗", True),
        ("有没有人买过？", True),
        ("Lychees from last year were super sweet and juicy", False),
        ("超级甜！！我家人都说好吃", False),
        ("超甜，下次还团吗？", False),  # tells first, asks after: it tells
        ("How sweet! Loved it", False),
        ("So creamy, are they all this good?", False),
    ],
)
def test_a_note_that_is_itself_a_question(note: str, asks: bool) -> None:
    assert asks_itself(note) is asks
