"""s36 #2: `赞 1` in a group whose notes are #2, #3 and #4 (note #1 being another group's) names this
group's notes, so the member finds the one she meant; it named #3 too, hidden by the group's admins
(and a note its author took down), which nobody here may read: `笔记 3` says only that it is hidden.
The list names only the notes anyone here may read."""

from __future__ import annotations

from dataclasses import replace

from tests.unit.handlers.conftest import Chat, chat_in


async def _here_with_a_hidden_note(lang: str) -> Chat:
    """Note #1 in another group; here #2 (Bob's), #3 (Dan's, hidden by Amy, an admin), #4 (Cat's)."""
    here = await chat_in(lang)
    here.admins = {"amy"}
    other = replace(here, chat_id="elsewhere")
    await other.say("eve", "种草 凤梨酥很香，回购三次了")
    await here.say("bob", "/note kaya jam from Ipoh is silky, bought it twice")
    await here.say("dan", "种草 加微信买榴莲饼更便宜 wx12345")
    await here.say("cat", "种草 芒果干不错，孩子很爱吃")
    await here.say("amy", "/hide 3")
    hidden = here.said(await here.say("cat", "/note 3"))
    assert hidden in ("笔记 #3 已被群管理员隐藏。", "Note #3 was hidden by the chat's admins."), hidden
    return here


async def test_a_hidden_note_is_not_named_zh() -> None:
    here = await _here_with_a_hidden_note("zh")

    answer = await here.say("cat", "赞 1")

    assert here.said(answer) == (
        "这里没有笔记 #1（笔记编号是各群连着编的）。"
        "这个群的笔记：#2 kaya jam from I…、#4 芒果干不错，孩子很爱吃"  # rep87 #9: listed with 、
    )


async def test_a_hidden_note_is_not_named_in_a_comment_en() -> None:
    here = await _here_with_a_hidden_note("en")

    answer = await here.say("bob", "comment 1 agreed")

    assert here.said(answer) == (
        "There is no note #1 in this chat (note numbers run across chats). "
        "This chat's notes: #2 kaya jam from I…, #4 芒果干不错，孩子很爱吃"
    )


async def test_a_note_its_author_took_down_is_not_named() -> None:
    here = await chat_in("zh")
    other = replace(here, chat_id="elsewhere")
    await other.say("eve", "种草 凤梨酥很香，回购三次了")
    await here.say("bob", "种草 kaya 很顺滑，买过两次")
    await here.say("cat", "种草 芒果干不错，孩子很爱吃")
    await here.say("cat", "撤回笔记 3")

    answer = await here.say("dan", "赞 1")

    said = here.said(answer)
    assert said == "这里没有笔记 #1（笔记编号是各群连着编的）。这个群的笔记：#2 kaya 很顺滑，买过两次"
