"""Review 36, finding 4: Sam, muted for ads (`禁言 Sam：发广告`), went on with
`评论 9 加我微信 sam888 更便宜`:
"💬 Sam 评论了笔记 #9", and `笔记 9` showed his ad under Dan's note. A muted member's comment is refused
as his notes are, with the admins' reason, nothing added (typed in the group or privately);
the mute's notices say comments stop too; unmuted, he may comment again."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _muted_sam(lang: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    chat.admins = {"dan"}
    await chat.say("sam", "hi")  # seen in the group
    if lang == "zh":
        await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
        await chat.say("bob", "种草 #1 个头大，汁水多")
        muted = await chat.say("dan", "禁言 Sam：发广告")
        assert chat.private(muted)["sam"] == (
            "群管理员停止了你在群里发笔记。原因：发广告。评论也发不了，点赞和跟团不受影响。"
        )
    else:
        await chat.say("amy", "/groupbuy Mangoes price 88")
        await chat.say("bob", "/note #1 big and juicy")
        await chat.say("dan", "/mute @Sam: adverts")
    return chat


async def test_a_muted_members_comment_is_refused_with_the_reason() -> None:
    chat = await _muted_sam("zh")

    refused = await chat.say("sam", "评论 1 加我微信 sam888 更便宜")

    assert chat.said(refused) == (
        "群管理员已停止你在本群发笔记和评论（发广告），这条评论没有发出。点赞和跟团不受影响。"
    )
    shown = chat.said(await chat.say("cat", "笔记 1"))
    assert "sam888" not in shown and "Sam" not in shown
    privately = await chat.say("sam", "评论 1 加我微信 sam888", private=True)
    assert "这条评论没有发出" in chat.said(privately)
    assert "sam888" not in chat.said(await chat.say("cat", "笔记 1"))
    assert chat.toast(await chat.say("sam", "赞 1")) == "已赞笔记 #1 👍"  # likes are not affected


async def test_unmuted_he_may_comment_again() -> None:
    chat = await _muted_sam("zh")
    await chat.say("dan", "解除禁言 Sam")

    assert "Sam 评论了笔记 #1" in chat.said(await chat.say("sam", "评论 1 确实好吃"))


async def test_in_english_too() -> None:
    chat = await _muted_sam("en")

    refused = await chat.say("sam", "/comment 1 whatsapp me 91234567 cheaper")

    assert chat.said(refused) == (
        "The admins of this chat stopped you posting notes and comments here (adverts); "
        "the comment was not posted. Likes and joining are not affected."
    )
    assert "91234567" not in chat.said(await chat.say("cat", "/note 1"))
