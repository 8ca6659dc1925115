"""/export on WeChat, through real python-wechaty objects: the caption as a text, then each document as
a file message (a base64 FileBox, built from the reply's table when it is sent). A file is private: to
a member who is not the bot's friend (WeChat refuses the bot's private messages to them), the room is
told once how to get it, and no file is posted there."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from handlers.types import Column, Document, Reply, Request, Sheet
from tests.adapters.wechat.conftest import World
from tests.adapters.wechat.recording_puppet import ROOM, ZHANG, ZHAO, Sent

SHEET = Sheet(
    name="小区南门",
    columns=(Column("昵称"), Column("数量", "number"), Column("金额", "money")),
    rows=(("李四", 2, 15600),),
    totals=("合计", 2, 15600),
    currency="CNY",
)


def _export(request: Request) -> list[Reply]:
    return [
        Reply(text="名单已私信发给你。"),
        *(
            Reply(
                text=f"📄 芒果（#1）名单 {kind}",
                document=Document("tuan-1-芒果", kind, (SHEET,)),
                private_to=request.user_id,
            )
            for kind in ("xlsx", "csv")
        ),
    ]


async def test_the_organiser_gets_the_caption_and_one_file_message_per_file(world: World) -> None:
    world.chat.script = _export

    await world.puppet.say(ZHANG, "导出")

    assert Sent(ZHANG, "📄 芒果（#1）名单 xlsx\n\n📄 芒果（#1）名单 csv", ()) in world.puppet.sent
    assert [(f.conversation_id, f.name) for f in world.puppet.files] == [
        (ZHANG, "tuan-1-芒果.xlsx"),
        (ZHANG, "tuan-1-芒果.csv"),
    ]
    xlsx, csv_file = world.puppet.files
    sheet = load_workbook(io.BytesIO(xlsx.content))["小区南门"]
    assert [list(row) for row in sheet.iter_rows(values_only=True)] == [
        ["昵称", "数量", "金额 (CNY)"],
        ["李四", 2, 156],
        ["合计", 2, 156],
    ]
    assert csv_file.content == "\ufeff昵称,数量,金额 (CNY)\r\n李四,2,156.00\r\n合计,2,156.00\r\n".encode()


async def test_no_file_is_posted_in_the_room_for_a_member_who_is_not_the_bots_friend(world: World) -> None:
    world.chat.script = _export

    await world.puppet.say(ZHAO, "导出")

    assert world.puppet.files == []
    [said] = [s for s in world.puppet.sent if s.conversation_id == ROOM]
    assert said.text == (
        "@赵六\u2005名单已私信发给你。\n\n微信里我只能给好友发文件：请先加我为好友，再私信我“导出”。"
    )
