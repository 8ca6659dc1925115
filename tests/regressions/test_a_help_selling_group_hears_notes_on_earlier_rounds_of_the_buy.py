"""Session 34: a help-selling group (帮卖: Bob lists Amy's reopened 芒果 #2 in 公司群) found the home group's
notes on the round it lists only: Cat's `芒果超甜，汁多`, written on round #1 before `/reopen`, was never
quoted there (`这个我答不上来…`), though Amy's own group quotes it. Notes on earlier rounds of the same
product are now found in the helping group as in the home group; never a note on another product."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat

CAT = "芒果超甜，汁多"
QUOTED = f"笔记 #1 Cat（来自团长 Amy 的群）：「{CAT}」"  # from the organiser's group (s34)
QUOTED_EN = f"Note #1 Cat (from organiser Amy's group): “{CAT}”"
FAY = "榴莲超甜，比芒果还甜"


async def _reopened_and_help_sold() -> Chat:
    family, office = two_groups(family_title="家庭群", clock=FakeClock())
    await family.say("amy", "接龙 芒果 价格 35 成团 1")  # #1
    await family.say("cat", f"种草 #1 {CAT}")
    await family.say("bob", "+1")
    await family.say("amy", "截单")
    await family.say("amy", "接龙 榴莲 价格 99")  # #2: never help-sold
    await family.say("fay", f"种草 #2 {FAY}")
    await family.say("amy", "/reopen #1")  # #3: the next round of 芒果
    await family.say("amy", "帮卖 #3 开 10%")
    await office.say("bob", "帮卖 #3")
    return office


async def test_a_question_in_the_helping_group_quotes_a_note_on_an_earlier_round() -> None:
    office = await _reopened_and_help_sold()

    chinese = office.said(await office.say("eve", "问 芒果甜吗？"))
    english = office.said(await office.say("eve", "/ask are they sweet?"))
    tried = office.said(await office.say("eve", "有人买过芒果吗"))

    assert chinese.startswith(f"群里的朋友说过：\n{QUOTED}\n"), chinese
    assert english.startswith(f"What friends said:\n{QUOTED_EN}\n"), english
    assert tried.startswith(f"朋友们的笔记里提到过：\n{QUOTED}\n"), tried
    for answer in (chinese, english, tried):
        assert FAY not in answer, answer


async def test_the_earlier_rounds_note_can_be_read_there_and_another_products_cannot() -> None:
    office = await _reopened_and_help_sold()

    shown = office.said(await office.say("eve", "笔记 1"))
    other = office.said(await office.say("eve", "笔记 2"))

    assert shown.startswith(f"笔记 #1 · Cat\n{CAT}\n"), shown
    assert "家庭群" in shown, shown
    assert other == "这里没有笔记 #2。", other
