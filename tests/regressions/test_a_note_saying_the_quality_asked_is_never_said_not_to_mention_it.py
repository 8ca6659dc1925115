"""rep65 finding 4: in a group help-selling the mangoes (帮卖), `@Tuan 这个芒果甜吗 有人买过没` was
answered `朋友们关于 海南贵妃芒 5斤（#1）的笔记没有提到这个，他们说过：笔记 #1 阿花：「…贵妃芒超甜！！…」`:
"the notes do not mention it", then a note saying 超甜. A note on the group buy saying the quality
asked (甜 in 超甜, "sweeter" for "sweet") leads the answer, headed as what the notes say; one that does
not stays "not mentioned". Since session 33 the home group's notes on a help-sold buy are searched in
the helping group too, so the note saying it is quoted as what friends said (`群里的朋友说过：`), its
author named as of the seller's group since session 34 (`Hua（来自团长 Amy 的群）`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _office(lang: str) -> tuple[Chat, Chat]:
    home = fake_chat(default_language=lang)
    if lang == "zh":
        await home.say("hua", "种草 海南的贵妃芒超甜！！上周买了两箱，家里老人小孩都爱吃")
        await home.say("amy", "接龙 海南贵妃芒 5斤 价格 88 成团 5 截止 2小时")
        await home.say("amy", "帮卖 开 10%")
        await home.say("hua", "笔记 1 #1")
        office = Chat(home.app, chat_id="office")
        await office.say("li", "帮卖 #1")
    else:
        await home.say("hua", "/note These mangoes are sweeter than any I had, bought two boxes last week")
        await home.say("amy", "/groupbuy Mangoes 5kg price 88 target 5 ends 2h")
        await home.say("amy", "/helpsell on 10%")
        await home.say("hua", "/note 1 #1")
        office = Chat(home.app, chat_id="office")
        await office.say("li", "/lang en")
        await office.say("li", "/helpsell #1")
    return home, office


async def test_a_chinese_note_saying_sweet_answers_is_it_sweet() -> None:
    _, office = await _office("zh")

    sweet = Chat.said(await office.say("qiang", "@tuan_bot 这个芒果甜吗 有人买过没"))
    sour = Chat.said(await office.say("qiang", "@tuan_bot 芒果酸吗"))

    assert sweet.startswith("群里的朋友说过：\n笔记 #1 Hua（来自团长 Amy 的群）：「海南的贵妃芒超甜"), sweet
    assert "没有提到" not in sweet, sweet
    assert sour.startswith("朋友们关于 海南贵妃芒 5斤（#1）的笔记没有提到这个，他们说过：\n笔记 #1 Hua"), sour


async def test_an_english_note_saying_sweeter_answers_are_they_sweet() -> None:
    _, office = await _office("en")

    sweet = Chat.said(await office.say("qiang", "@tuan_bot are the mangoes sweet? anyone bought them?"))
    sour = Chat.said(await office.say("qiang", "@tuan_bot are the mangoes sour?"))

    quoted = "What friends said:\nNote #1 Hua (from organiser Amy's group): “These mangoes are sweeter"
    assert sweet.startswith(quoted), sweet
    assert "do not mention" not in sweet, sweet
    assert sour.startswith("Friends' notes on Mangoes 5kg (#1) do not mention that; they said:"), sour
