"""A reply carrying a document (/export): saved as an update's answer and written as an outbox row with
its table (never bytes), read back equal; a long caption keeps the document with its last part."""

from __future__ import annotations

from datetime import UTC, datetime

from handlers import answers, outbox
from handlers.fit import TEXT_LIMIT, fit
from handlers.types import ChatKind, Column, Document, Reply, Request, Sheet

SHEET = Sheet(
    name="小区南门",
    columns=(Column("昵称"), Column("数量", "number"), Column("金额", "money")),
    rows=(("Bob", 2, 2400), ("小王", 1, None)),
    totals=("合计", 3, 2400),
    currency="CNY",
    notes=("💰 已收 ¥24",),
)
REPLY = Reply(text="📊 Plums (#1)", document=Document("tuan-1-Plums", "xlsx", (SHEET,)), private_to="amy")


def test_a_document_survives_the_saved_answer_and_the_outbox_row() -> None:
    assert answers.loads(answers.dumps([REPLY])) == [REPLY]

    request = Request("test", "family", "amy", "Amy", chat_kind=ChatKind.GROUP, update_id="7")
    [row] = outbox.rows([REPLY], platform="test", request=request, now=datetime(2026, 12, 2, tzinfo=UTC))
    assert row.chat_id == "amy"
    assert '"rows":[["Bob",2,2400],["小王",1,null]]' in row.payload
    assert (
        outbox.delivery(row.__class__(row.topic, row.payload, row.created_at, row.chat_id, id=1)).reply
        == REPLY
    )


def test_a_document_without_text_is_still_a_message() -> None:
    assert outbox.is_message(Reply(document=REPLY.document))


def test_a_long_caption_keeps_the_document_with_its_last_part() -> None:
    long = Reply(text="line\n" * TEXT_LIMIT, document=REPLY.document)

    parts = fit([long])

    assert len(parts) > 1
    assert [part.document for part in parts] == [None] * (len(parts) - 1) + [REPLY.document]
