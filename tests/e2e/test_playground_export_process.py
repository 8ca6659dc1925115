"""`导出` in a real `tuan playground` process, where replies go through the transactional outbox: the
document's table travels in the outbox row and the file is built when the relay posts it; its link is
on this server's own address and serves it again after a restart."""

from __future__ import annotations

import io
import re

import pytest
from openpyxl import load_workbook

from tests.e2e.conftest import Playground

pytestmark = pytest.mark.e2e


def test_the_export_links_download_the_files_after_a_restart_too(fresh_playground: Playground) -> None:
    play = fresh_playground
    play.say("family", "amy", "接龙 芒果 价格 30 成团 2")
    play.say("family", "bob", "+2 3号楼502")
    play.say("family", "amy", "截单")

    xlsx, csv_file = play.say("amy", "amy", "导出")["replies"]
    links = [re.search(r"(http://\S+)$", m["text"]) for m in (xlsx, csv_file)]
    assert all(link is not None and link.group(1).startswith(f"{play.base_url}/files/") for link in links)
    urls = [link.group(1) for link in links if link is not None]

    assert play.stop() == 0
    play.start()
    sheet = load_workbook(io.BytesIO(play.http.get(urls[0]).content)).active
    assert list(next(sheet.iter_rows(min_row=2, values_only=True))) == [
        1, "Bob", None, 2, "3号楼502", 30, 60, "1-1", 60, "未付", None,
    ]  # fmt: skip
    body = play.http.get(urls[1]).content
    assert body.decode("utf-8-sig").splitlines()[1] == "1,Bob,,2,3号楼502,30.00,60.00,1-1,60.00,未付,"
