"""Kim, organiser of the only open #1, sent `修改 智利车厘子` and `修改 标题 智利车厘子` and got no reply at
all (only `修改 #1 智利车厘子` worked); `/edit title Cherries` named it "title Cherries". A bare rename
by an organiser now renames her open group buy, the word 标题 / title naming what follows; `修改 标题`
with nothing after it gets the 修改 forms; the same words from a member who runs nothing here, and
`修改地址`, stay talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_organisers_bare_rename_renames_her_one_open_group_buy() -> None:
    chat = fake_chat()
    await chat.say("kim", "接龙 樱桃 价格 30")

    assert chat.said(await chat.say("kim", "修改 智利车厘子")) == "已把 樱桃（#1）改名为 智利车厘子。"
    assert chat.said(await chat.say("kim", "修改 标题 车厘子")) == "已把 智利车厘子（#1）改名为 车厘子。"
    assert "车厘子" in (await chat.card()).splitlines()[0]


async def test_the_english_title_word_names_the_new_title() -> None:
    chat = fake_chat()
    await chat.say("kim", "/groupbuy Cherry price 30")

    assert chat.said(await chat.say("kim", "/edit title Cherries")) == "Renamed Cherry (#1) to Cherries."
    assert chat.said(await chat.say("kim", "/edit #1 title Chile cherries")) == (
        "Renamed Cherries (#1) to Chile cherries."
    )


async def test_a_title_word_alone_gets_the_forms_and_talk_stays_quiet() -> None:
    chat = fake_chat()
    await chat.say("kim", "接龙 樱桃 价格 30")

    assert chat.said(await chat.say("kim", "修改 标题")).startswith("修改团购：修改 #1 后面写要改的项")
    assert await chat.say("bob", "修改 地址") == []
    assert await chat.say("kim", "修改地址") == []
    assert await chat.say("kim", "修改好了") == []
    assert "樱桃" in (await chat.card()).splitlines()[0]
