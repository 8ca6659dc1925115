"""Session 33 (helpnotes #1): a help-selling group (帮卖: Bob lists Amy's 芒果 #1 in 公司群) asking about the
buy, `问 芒果甜吗？`, was answered only from notes posted in 公司群; Cat's `芒果超甜，汁多`, posted on #1 in
Amy's own group, was never found by the search (only the fallback listed it, as "not mentioning it"). The
home group's notes on that group buy are now searched too and quoted as a note of the group is
(`笔记 #1 Cat：「…」`; since s34 `笔记 #1 Cat（来自团长 Amy 的群）：「…」`); `笔记 1` there shows it
(since s34 liked and commented on there too); never a home-group note on another buy."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

CAT = "芒果超甜，汁多"
QUOTED = f"笔记 #1 Cat（来自团长 Amy 的群）：「{CAT}」"  # from the organiser's group (s34)
QUOTED_EN = f"Note #1 Cat (from organiser Amy's group): “{CAT}”"
FAY = "榴莲超甜，比芒果还甜"


async def _office_with_home_notes() -> tuple[Chat, Chat]:
    family, office = await help_sold(
        "接龙 芒果 价格 35 成团 1 截止 2小时", clock=FakeClock(), family_title="家庭群"
    )
    await family.say("cat", f"种草 #1 {CAT}")
    await family.say("amy", "接龙 榴莲 价格 99")  # #2: Amy's group only, never help-sold
    await family.say("fay", f"种草 #2 {FAY}")
    return family, office


async def test_a_question_in_the_helping_group_quotes_the_home_groups_note_on_the_buy() -> None:
    _, office = await _office_with_home_notes()

    chinese = office.said(await office.say("eve", "问 芒果甜吗？"))
    mentioned = office.said(await office.say("eve", "@tuan_bot 芒果甜吗？"))
    english = office.said(await office.say("eve", "/ask are they sweet?"))

    assert chinese.startswith(f"群里的朋友说过：\n{QUOTED}\n发“笔记 编号”看全文。"), chinese
    assert mentioned == chinese, mentioned
    negative = office.said(await office.say("eve", "问 芒果不甜吧？"))  # asked by its negative: the same
    assert negative == chinese, negative
    assert english.startswith(f"What friends said:\n{QUOTED_EN}\n"), english
    durian = office.said(
        await office.say("eve", "问 榴莲甜吗")
    )  # not help-sold here: no note of #2, nor #1's
    for answer in (
        chinese,
        english,
        durian,
    ):  # the home group's note on another buy (榴莲 #2) is none of 公司群's
        assert FAY not in answer, answer
    assert CAT not in durian, durian


async def test_the_quoted_home_note_can_be_read_in_the_helping_group() -> None:
    _, office = await _office_with_home_notes()

    shown = office.said(await office.say("eve", "笔记 1"))
    english = office.said(await office.say("eve", "/note 1"))
    other = office.said(await office.say("eve", "笔记 2"))

    assert shown.startswith(f"笔记 #1 · Cat\n{CAT}\n🛒 芒果（#1）¥35/份\n想要就发 +1 #1\n"), shown
    here = "笔记 #1 发在这个团的原群“家庭群”：这里可以看，也可以在这里发 赞 1 或 评论 1 加你的话。"
    assert shown.endswith(here), shown
    assert english == shown  # the group's language (zh): the command's form tells none
    assert other == "这里没有笔记 #2。", other


async def test_who_tried_it_heard_in_the_helping_group_quotes_the_home_groups_note() -> None:
    _, office = await _office_with_home_notes()

    tried = office.said(await office.say("eve", "有人买过芒果吗"))
    english = office.said(await office.say("eve", "anyone tried the mangoes?"))

    assert tried == (
        f"朋友们的笔记里提到过：\n{QUOTED}\n发“笔记 编号”看全文。\n"
        "芒果（#1）正在这个群里接龙，要跟就发 +1 #1。"
    ), tried
    assert english.startswith(f"Friends' notes that mention it:\n{QUOTED_EN}\n"), english
    assert await office.say("eve", "有人买过榴莲吗") == []  # not sold here: talk, as before
