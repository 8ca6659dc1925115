"""Whether a friend's note speaks to a question (commerce.domain.ask_relevance): it has at least half of
the words that say what the question is about; words that only ask (什么时候, 一下, good, when) do not
count, so a question nothing answers is not answered with a note that shares only those."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from commerce.domain.ask_relevance import (
    asking_words,
    asks_opinion,
    asks_opinion_of_it,
    asks_whether,
    chinese_names,
    english_names,
    headed_names,
    in_other_language,
    in_other_words,
    mentions,
    names_english,
    names_product,
    names_title,
    product_named,
    products_named,
    quality_of,
    says_all,
    says_beyond_names,
    search_also,
    speaks_beyond_products,
    speaks_to,
    stem,
    topic_words,
)


def test_the_words_that_only_ask_are_set_aside() -> None:
    assert topic_words(["电梯", "什么", "时候", "能", "修好"]) == ["电梯", "修好"]
    assert topic_words(["any", "good", "dentist", "nearby"]) == ["dentist", "nearby"]
    assert topic_words(["芒果", "甜不甜"]) == ["芒果", "甜"]  # an A-not-A question asks about its A
    assert topic_words(["有没有", "吗"]) == []


@pytest.mark.parametrize(
    ("note", "terms"),
    [
        ("这批贵妃芒真的甜，放两天更香", ["芒果", "甜不甜"]),  # half of 芒果, 甜
        ("补水面膜敷十五分钟就够", ["面膜", "敷", "多久"]),
        ("Avocados were hard, leave them in a bag to ripen", ["how", "do", "i", "ripen", "avocado"]),
        ("The sourdough freezes really well", ["can", "i", "freeze", "the", "sourdough"]),
    ],
)
def test_a_note_with_half_of_the_questions_words_speaks_to_it(note: str, terms: list[str]) -> None:
    assert speaks_to(note, terms)


@pytest.mark.parametrize(
    ("note", "terms"),
    [
        ("老人孩子都能吃", ["电梯", "什么", "时候", "能", "修好"]),  # only 能 shared
        ("车厘子吃之前冲一下就好", ["谁家", "梯子", "借", "一下"]),  # only 一下
        ("之前团的土鸡蛋很香", ["下次", "什么", "时候", "团", "海鲜"]),  # only 团, the group buy itself
        ("Nutty and not bitter, good for espresso", ["any", "good", "dentist", "nearby"]),
        ("Made it last month", ["who", "won", "the", "game", "last", "night"]),
        ("A great deal", ["eat"]),  # a word is found at the start of a word, not inside one
        ("Anything", ["what", "is", "it"]),  # nothing but asking words: nothing to speak to
    ],
)
def test_a_note_sharing_only_asking_words_or_too_few_does_not(note: str, terms: list[str]) -> None:
    assert not speaks_to(note, terms)


def test_english_endings_are_set_aside() -> None:
    assert [stem(w) for w in ("avocados", "cherries", "freezes", "pods", "fried", "cooking", "egg")] == [
        "avocado",
        "cherr",
        "freez",
        "pod",
        "fri",
        "cook",
        "egg",
    ]


def test_the_asking_words_live_in_the_data_file_in_both_languages() -> None:
    raw = resources.files("commerce.domain").joinpath("ask_words.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["zh"] and data["en"]
    assert {"什么时候", "when"} <= asking_words()


def test_a_question_names_its_products_and_a_note_about_another_is_not_about_them() -> None:
    assert products_named("荔枝超甜吗") == ["荔枝"]
    assert products_named("are the cherries sweet") == [stem("cherries")]
    assert not mentions("这个芒果超甜", "荔枝", "")
    assert mentions("这批贵妃芒真的甜", "芒果", "")  # 芒
    assert mentions("冲泡水温八十度左右", "龙井", "西湖龙井")  # its group buy's title
    assert names_title("芒果", "海南贵妃芒") and not names_title("海鲜", "海南贵妃芒")


def test_the_product_alone_does_not_make_a_note_speak_to_a_question() -> None:
    assert speaks_to("这个芒果超甜，回购三次了", ["芒果", "哪里", "产"])  # half: 芒果
    assert not speaks_beyond_products("这个芒果超甜，回购三次了", ["芒果", "哪里", "产"], ["海南贵妃芒"])
    assert speaks_beyond_products("这批芒果核很薄", ["芒果", "核大"], ["海南贵妃芒"])  # 核
    assert topic_words(["龙井", "多少度", "水泡"]) == ["龙井", "度", "水泡"]  # 多少度: 度


def test_a_question_asking_only_what_friends_think_of_a_product_asks_an_opinion() -> None:
    assert asks_opinion("is the tea good?", ["tea", "good"], [])
    assert asks_opinion("is the tea worth it?", ["tea", "worth", "it"], [])
    assert asks_opinion("how are the mangoes?", ["mangoes"], [])
    assert asks_opinion("龙井怎么样", ["龙井", "怎么样"], ["西湖龙井 250g"])
    assert not asks_opinion("when is the next tea buy?", ["next", "tea", "buy"], [])  # no opinion
    assert not asks_opinion("are the cherries sweet", ["cherries", "sweet"], [])  # sweet: not the product
    assert not asks_opinion("is the shop nice?", ["shop", "nice"], [])  # no product


def test_a_note_saying_every_word_asked_says_all() -> None:
    assert says_all("So sweet and juicy", ["they", "sweet"], ["Mangoes 5kg"])  # is it sweet
    assert says_all("芒果超甜，果肉很嫩", ["芒果", "甜"], ["海南贵妃芒 5斤"])  # the product aside
    assert not says_all("So sweet and juicy", ["sweet", "fresh"], [])  # fresh: not said
    assert not says_all("这个芒果超甜", ["芒果"], ["海南贵妃芒 5斤"])  # only the product: nothing asked
    assert not says_all("这个芒果超甜", ["芒果", "产"], [])  # 芒果是哪里产的


def test_a_question_naming_nothing_but_an_opinion_asks_of_it() -> None:
    assert asks_opinion_of_it("are they good?", ["are", "they", "good"])
    assert asks_opinion_of_it("好吃吗", ["好吃"])
    assert asks_opinion_of_it("is it worth it", ["worth"])
    assert not asks_opinion_of_it("are they sweet?", ["they", "sweet"])  # sweet: asks something
    assert not asks_opinion_of_it("is the tea good?", ["tea", "good"])  # names a product
    assert not asks_opinion_of_it("新鲜吗", ["新鲜"])  # no opinion word


def test_has_anyone_tried_it_in_chinese_asks_an_opinion() -> None:
    title = ["海南贵妃芒 5斤"]
    assert asks_opinion("有人买过芒果吗", ["有人", "买过", "芒果"], title)
    assert asks_opinion("有人吃过芒果吗", ["有人", "吃", "过", "芒果"], title)  # 吃过 cut in two
    assert asks_opinion("有没有人吃过芒果", ["人", "吃", "过", "芒果"], title)
    assert asks_opinion("谁买过芒果", ["谁", "买", "过", "芒果"], title)
    assert asks_opinion("芒果靠谱吗", ["芒果", "靠", "谱"], title)
    assert asks_opinion_of_it("有人买过吗", ["有人", "买过"])
    assert not asks_opinion("有人买过芒果吗，甜吗", ["有人", "买过", "芒果", "甜"], title)  # asks more


def test_a_note_says_what_is_asked_only_beside_the_products_name() -> None:
    title = ["海南贵妃芒 5斤"]
    assert not says_beyond_names("这款贵妃芒超甜，回购三次了", ["贵"], title)  # 贵 of 贵妃芒
    assert says_beyond_names("这款贵妃芒超甜，回购三次了", ["甜"], title)
    assert says_beyond_names("超甜！", ["甜"], ["超甜贵妃芒"])
    assert says_beyond_names("The Greek yogurt is unsweetened", ["sweet"], ["Greek Yogurt 1kg"])
    assert not says_beyond_names("芒果超甜，果肉很嫩", ["酸"], title)


@pytest.mark.parametrize(
    "question",
    [
        "芒果酸吗",
        "芒果新鲜吗",
        "辣不辣",
        "抽纸厚不厚 掉不掉屑",
        "is it sour?",
        "are the avocados ripe?",
        "my honey went solid, is it bad?",
    ],
)
def test_a_yes_or_no_question_asks_whether_it_is_so(question: str) -> None:
    assert asks_whether(question)


@pytest.mark.parametrize(
    "question",
    [
        "葡萄怎么保存",
        "猕猴桃太硬怎么办",
        "龙井如何泡",
        "葡萄能放几天",
        "how do I ripen avocados",
        "how to thaw the salmon",
        "what do I do with it",
        "芒果产地是什么",
    ],
)
def test_a_how_to_question_does_not_ask_whether(question: str) -> None:
    assert not asks_whether(question)


def test_a_note_may_say_what_is_asked_as_another_word() -> None:
    avocados = ["Avocados box of 6"]
    assert says_beyond_names("Avocados were rock hard on arrival", ["ripe"], avocados)  # said_as
    assert not says_beyond_names("Avocados were rock hard on arrival", ["sour"], avocados)
    assert says_beyond_names("放两天就软了", ["熟"], ["猕猴桃 5斤"])


def test_a_product_word_names_a_title_in_the_other_language() -> None:
    assert names_product("荔枝", "Lychees") and names_product("榴莲", "Durian Musang King")
    assert names_product("芒果", "Mango 5kg") and names_product("橙子", "Navel Oranges")
    assert not names_product("葡萄", "Lychees") and not names_product("西瓜", "Honeydew Melon")
    assert english_names("鸡蛋") == ["egg"] and english_names("蛋糕") == ["cake"]  # not chicken, egg
    assert names_english("pineapple", "台湾凤梨") and names_english("pineapples", "海南菠萝")
    assert not names_english("pear", "台湾凤梨")  # 凤梨 is no pear (梨)
    assert names_english("cherries", "智利樱桃") and names_english("bread", "法式面包")


def test_one_bilingual_table_serves_ask_and_search() -> None:
    """`in_chinese` read once, both ways: Ask's `names_english`/`mentions` and the search's
    `in_other_language` agree (鸡蛋 is egg for both, never chicken)."""
    assert chinese_names("lychees") == ("荔枝",) and chinese_names(stem("lychee")) == ("荔枝",)
    assert chinese_names("mangoes") == ("芒",) and chinese_names("sweater") == ()
    assert in_other_language("lychees") == ("荔枝",) and in_other_language("mangoes") == ("芒果",)  # not 芒
    assert in_other_language("荔枝") == ("lychee", "litchi") and in_other_language("芒果") == ("mango",)
    assert in_other_language("鸡蛋") == ("egg",) == tuple(english_names("鸡蛋"))
    assert in_other_language("荔枝 芒果") == () and in_other_language("很甜") == ()


def test_a_quality_is_said_in_either_language() -> None:
    assert in_other_words("sweet") == ("甜",) and in_other_words("Juicy") == ("多汁", "水分", "汁多", "水多")
    assert in_other_words("甜") == ("sweet",) and in_other_words("很甜") == ("sweet",)
    assert in_other_words("香蕉") == () and in_other_words("酸奶") == ()  # products, not qualities
    assert in_other_words("pineapple") == () and in_other_words("大") == ()  # 大 alone: 大家, 大概
    assert says_beyond_names("凤梨很甜，台湾凤梨推荐", ["sweet"], ["台湾凤梨"])
    assert says_beyond_names("the lychees are really sweet", ["甜"], ["Lychees"])
    assert says_beyond_names("a bit unsweetened", ["甜"], ["Lychees"])  # how sweet: not very
    assert not says_beyond_names("凤梨很甜，台湾凤梨推荐", ["sour"], ["台湾凤梨"])
    assert not says_beyond_names("the lychees are really sweet", ["酸"], ["Lychees"])
    assert speaks_to("凤梨很甜", ["pineapple", "sweet"]) and speaks_to("so sweet", ["荔枝", "甜"])


def test_a_note_on_a_product_in_the_other_language_mentions_it() -> None:
    assert mentions("凤梨很甜", stem("pineapple"), "台湾凤梨") and mentions("超甜", "pineapples", "台湾凤梨")
    assert mentions("the lychees are really sweet", "荔枝", "") and mentions("so sweet", "荔枝", "Lychees")
    assert not mentions("芒果很甜", stem("pineapple"), "海南贵妃芒")
    assert not mentions("so sweet", "荔枝", "Mango")


def test_a_quality_counts_in_its_english_forms_and_nothing_that_looks_alike() -> None:
    for form in ("sweet", "sweets", "sweeter", "sweetest", "sweetness", "sweetly"):
        assert quality_of(form) == "sweet", form
    assert (
        quality_of("juiciest") == "juicy" and quality_of("bigger") == "big" and quality_of("riper") == "ripe"
    )
    for other in ("sweater", "sweat", "hardly", "biger", "mangoes", "甜"):
        assert quality_of(other) is None, other
    assert topic_words(["are", "mangoes", "sweeter", "than", "lychees"]) == ["mangoes", "sweet", "lychees"]
    assert in_other_words("sweetness") == ("甜",)
    assert speaks_to("荔枝很甜", ["sweeter"]) and not speaks_to("my sweater is warm", ["sweet"])


def test_a_search_word_is_also_searched_in_the_other_language() -> None:
    assert search_also("sweeter") == ("sweet", "sweets", "sweetest", "sweetness", "sweetly", "甜")
    assert "sweeter" in search_also("很甜") and search_also("荔枝") == ("lychee", "litchi")
    assert search_also("lychees") == ("荔枝",) and search_also("鸡蛋") == ("egg",)
    assert search_also("sweater") == () and search_also("面膜") == ()


def test_a_join_word_and_ask_read_a_products_head_by_one_rule() -> None:
    """`product_named` (a join's words) reads a Chinese word by `english_names`, as Ask and search do:
    the same 果, 子, 肉 or 叶 after a one-character name (`茶叶`: tea for both, where the join's rule once
    left 叶 on), and a kind ending with it (`贵妃芒`); a common word merely ending with it, neither."""
    assert english_names("茶叶") == ["tea"] and product_named("茶叶", "Longjing Tea")
    assert english_names("贵妃芒") == ["mango"] and product_named("贵妃芒", "Mango 5kg")
    assert product_named("芒", "海南金煌芒 5斤") and product_named("芒果", "Mango 5kg")
    assert english_names("砂糖橘") == ["orange", "tangerine"] == headed_names("砂糖橘")
    assert english_names("奶奶") == [] and not product_named("奶奶", "牛奶")
    assert english_names("光芒") == [] and not product_named("光芒", "Mango 5kg")
    assert headed_names("果") == [] and headed_names("sweet") == []


def test_seeds_and_papaya_are_no_melon() -> None:
    """瓜子 is seeds (瓜 once its 子 is set aside was a melon), 木瓜 papaya: neither names a melon group buy,
    and `melon` does not name 五香瓜子 (session 20)."""
    assert english_names("瓜子") == [] and not product_named("瓜子", "Hami Melon")
    assert english_names("南瓜子") == [] and english_names("地瓜") == []
    assert english_names("木瓜") == ["papaya"] and not product_named("木瓜", "Hami Melon")
    assert english_names("哈密瓜") == ["melon"] and product_named("melon", "新疆哈密瓜")
    assert not product_named("melon", "五香瓜子") and not product_named("melon", "海南木瓜")
