"""Both catalogs say the same things, every refusal raised anywhere has a message in both, and no raw
status value or key ever reaches a reader.

The catalogs are read from their `.po` sources with Babel, independently of the runtime (`gettext` on
the compiled `.mo`). The raise sites are collected from the source (`DomainError("code", param=...)` and
its subclasses, and the codes the transition tables produce), so a new code without texts fails here,
not in a chat.
"""

from __future__ import annotations

import ast
import os
import shutil
import string
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.order import OrderStatus
from handlers.texts import LANGUAGES, build, catalog, format_datetime, has, refusal_text, status_text, t

ROOT = Path(__file__).resolve().parents[3]
ERROR_CLASSES = {"DomainError", "NotFound", "TransitionNotAllowed"}
TRANSITIONS_FILE = ROOT / "commerce" / "domain" / "transitions.py"


def placeholders(template: str) -> set[str]:
    return {
        field.split(".")[0].split("[")[0] for _, field, _, _ in string.Formatter().parse(template) if field
    }


def raise_sites(package: str) -> list[tuple[str, frozenset[str], str]]:
    """(code, keyword parameters, where) of every error constructed with a literal code in `package`."""
    sites: list[tuple[str, frozenset[str], str]] = []
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = ERROR_CLASSES | {
            node.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and any(getattr(b, "id", "") in ERROR_CLASSES for b in node.bases)
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) in classes and node.args):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                sites.append((first.value, frozenset(k.arg for k in node.keywords if k.arg), where))
            else:
                assert path == TRANSITIONS_FILE, f"{where}: an error code that is not a literal string"
    return sites


def transition_codes() -> list[tuple[str, frozenset[str], str]]:
    """`{kind}_{action}_not_allowed` for every action of every `TransitionTable(...)` in commerce/."""
    codes: list[tuple[str, frozenset[str], str]] = []
    for path in sorted((ROOT / "commerce").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "TransitionTable":
                kind_node, moves = node.args
                assert isinstance(kind_node, ast.Constant) and isinstance(moves, ast.Dict)
                for key in moves.keys:
                    assert isinstance(key, ast.Tuple) and isinstance(key.elts[1], ast.Constant)
                    code = f"{kind_node.value!s}_{key.elts[1].value!s}_not_allowed"
                    codes.append(
                        (code, frozenset({"status", "action"}), f"{path.relative_to(ROOT)}:{node.lineno}")
                    )
    return codes


COMMERCE_SITES = raise_sites("commerce") + transition_codes()
HANDLER_SITES = raise_sites("handlers")
# What `refusal_text` says from an error's parameters (handlers/texts/__init__.py): `left` (and its
# `unit`) as `units` (`3 份`, `3斤`); `n` / `before` in its `unit` as `n_units` / `before_units` and the
# unit's word for several (`units_word`: `boxes`); `at` (a join example's ` #4`, set by the service when
# several are open) is "" unless given; `example_id` (an organiser's usage's group buy: handlers.app
# names one of the chat's) is 12 unless given, `example_order` (an order a cancel could act on) 12-3.
DERIVED = {
    "at": frozenset(),
    "example_id": frozenset(),
    "example_order": frozenset(),
    "units": frozenset({"left"}),
    "n_units": frozenset({"n", "unit"}),
    "units_word": frozenset({"unit"}),
    "before_units": frozenset({"before", "unit"}),
    "held_amount": frozenset({"held", "unit"}),
    # a join's note asking another count (join_note_count*): `3 份` / `3斤`, and as typed after 我要: `3份`
    "count_amount": frozenset({"count", "unit"}),
    "count_typed": frozenset({"count", "unit"}),  # `3斤`, `3 份` (edit_limit_below_held)
    # a lower stock's clashes and the command that works (edit_stock_cut: handlers.texts.stock_cut)
    "problems": frozenset({"stock", "sold", "excess", "beyond", "target", "limit"}),
    "steps": frozenset({"excess", "terms"}),
    "names": frozenset({"waiting"}),  # a lower stock's waiting list (handlers.texts.stock_cut)
    # a new unit refused once people joined (edit_unit_joined*): its prices said in their units
    "per": frozenset({"unit"}),
    "price": frozenset({"now_price", "unit"}),
    "typed": frozenset({"typed_price", "new_unit"}),
    "why": frozenset({"gone"}),  # payout_nothing_now: where the commission went, in words
    "others": frozenset({"currency"}),  # payout_destination_*: the account kinds (PayNow in an SGD shop)
}


def derived(params: frozenset[str]) -> frozenset[str]:
    """An error's parameters and what `refusal_text` derives from them."""
    return params | {name for name, sources in DERIVED.items() if sources <= params}


def read_catalog(lang: str) -> Catalog:
    with catalog.po_path(lang).open("rb") as source:
        return read_po(source, locale=lang)


CATALOGS = {lang: read_catalog(lang) for lang in LANGUAGES}
PLURAL_FORMS = {"zh": 1, "en": 2}


def entries(lang: str) -> dict[str, Message]:
    return {
        message.id[0] if message.pluralizable else message.id: message
        for message in CATALOGS[lang]
        if message.id
    }


def forms(message: Message) -> tuple[str, ...]:
    return tuple(message.string) if message.pluralizable else (message.string,)


KEYS = sorted(entries("en"))
PLURALS = sorted(key for key, message in entries("en").items() if message.pluralizable)
STATUSES = (*OrderStatus, *GroupBuyStatus)
RAW_STATUSES = {status.value for status in STATUSES}


def test_the_source_scan_finds_what_it_should() -> None:
    codes = {code for code, _, _ in COMMERCE_SITES}
    assert {"sold_out", "limit_exceeded", "price_invalid", "no_open_group_buy", "order_already_paid"} <= codes
    assert {"group_buy_cancel_not_allowed", "order_refund_not_allowed", "member_no_order"} <= codes
    assert {"price_missing", "ends_invalid", "join_usage", "unknown_command"} <= {
        c for c, _, _ in HANDLER_SITES
    }


# -- (a) the same msgids and placeholders ----------------------------------------------------------------
def test_both_catalogs_have_the_same_keys() -> None:
    assert set(entries("zh")) == set(entries("en"))
    assert len(KEYS) > 150


@pytest.mark.parametrize("key", KEYS)
def test_both_catalogs_have_the_same_placeholders(key: str) -> None:
    zh, en = entries("zh")[key], entries("en")[key]
    assert zh.pluralizable == en.pluralizable, f"{key}: plural in one catalog only"
    assert {frozenset(placeholders(form)) for form in forms(zh) + forms(en)} == {
        frozenset(placeholders(forms(en)[0]))
    }


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_translated_and_compiled(lang: str) -> None:
    """Nothing empty or fuzzy (gettext would drop it), and the runtime reads exactly what the .po says."""
    runtime = catalog.translations(lang)
    for key, message in entries(lang).items():
        assert all(forms(message)) and not message.fuzzy, f"{lang} {key}: empty or fuzzy"
        if message.pluralizable:  # one thing, then many: the first form, then the last
            one, *_, many = forms(message) * 2
            assert [runtime.ngettext(key, key, 1), runtime.ngettext(key, key, 2)] == [one, many]
        else:
            assert runtime.gettext(key) == message.string


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_key_is_written_twice(lang: str) -> None:
    """Babel keeps one of two entries of a key and drops the other without a word: two branches that
    each added a key of the same name (s38: the console refund form's "—" option and a refusal) would
    show one of them in the other's place."""
    keys = [
        line.removeprefix('msgid "').removesuffix('"')
        for line in catalog.po_path(lang).read_text(encoding="utf-8").splitlines()
        if line.startswith('msgid "') and line != 'msgid ""'
    ]
    assert sorted({key for key in keys if keys.count(key) > 1}) == []


# -- (b) plural forms ----------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_entries_have_one_form_per_plural_of_the_language(lang: str) -> None:
    assert CATALOGS[lang].num_plurals == PLURAL_FORMS[lang]
    assert PLURALS, "no plural entry at all"
    for key in PLURALS:
        assert len(forms(entries(lang)[key])) == PLURAL_FORMS[lang], f"{lang} {key}"


@pytest.mark.parametrize("key", KEYS)
def test_count_is_the_plural_count_and_nothing_else(key: str) -> None:
    """`t(lang, key, count=n)` asks for a plural entry: `{count}` belongs to plural entries only."""
    uses_count = "count" in placeholders(forms(entries("en")[key])[0])
    assert uses_count == (key in PLURALS), f"{key}: {{count}} and msgid_plural go together"


@pytest.mark.parametrize(
    ("key", "params", "one", "many"),
    [
        ("orders_count", {}, "1 order", "2 orders"),
        ("units_count", {}, "1 unit", "5 units"),
        (
            "card_succeeded",
            {"price": "¥68"},
            "✅ Succeeded at ¥68 each: 1 unit",
            "✅ Succeeded at ¥68 each: 5 units",
        ),
    ],
)
def test_english_says_one_order_and_two_orders(key: str, params: dict[str, str], one: str, many: str) -> None:
    assert t("en", key, count=1, **params) == one
    assert t("en", key, count=int(many.split(" ")[-2]), **params) == many


def test_chinese_has_one_form_for_every_count() -> None:
    assert [t("zh", "orders_count", count=n) for n in (0, 1, 2)] == ["0 个订单", "1 个订单", "2 个订单"]


def test_a_plural_entry_without_its_count_and_a_count_on_a_plain_entry_fail_loudly() -> None:
    with pytest.raises(KeyError):
        t("en", "orders_count")
    with pytest.raises(KeyError):
        t("en", "sold_out", count=2, title="Mangoes")


# -- (c) refusals and statuses: never a raw value, never a key -------------------------------------------
def statuses_for(code: str) -> tuple[OrderStatus, ...] | tuple[GroupBuyStatus, ...]:
    return tuple(GroupBuyStatus) if code.startswith("group_buy_") else tuple(OrderStatus)


def assert_readable(text: str, lang: str, where: str) -> None:
    assert text and text not in KEYS, f"{where}: shows a key: {text!r}"
    assert "{" not in text and "}" not in text, f"{where}: a placeholder left: {text!r}"
    if lang == "zh":  # Chinese texts never contain the (English) enum values
        assert not [raw for raw in RAW_STATUSES if raw in text], f"{where}: a raw status in {text!r}"


@pytest.mark.parametrize(("code", "params", "where"), COMMERCE_SITES + HANDLER_SITES)
def test_every_refusal_has_a_message_in_both_languages(code: str, params: frozenset[str], where: str) -> None:
    assert has(code), f"{where}: no text for {code!r}"
    for lang in LANGUAGES:
        template = forms(entries(lang)[code])[0]  # a plural entry's forms share their placeholders
        missing = placeholders(template) - derived(params)
        assert not missing, (
            f"{where}: the {lang} text of {code!r} needs {missing} that the error does not carry"
        )
        filled: dict[str, object] = dict.fromkeys(params, "x")
        if "count" in params:  # a plural refusal (`t(lang, code, count=n)`): a number
            filled["count"] = 2
        for status in statuses_for(code) if "status" in params else (None,):
            if status is not None:
                filled["status"] = status.value
            text = refusal_text(lang, DomainError(code, **filled))
            assert_readable(text, lang, f"{where} ({lang}, {status})")
            if status is not None and "status" in placeholders(template):
                assert status_text(lang, status) in text
                leaked = t(lang, code, **filled)  # what the text read before: the raw value filled in
                assert text == leaked or status_text(lang, status) != status.value


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("status", STATUSES, ids=lambda s: f"{type(s).__name__}.{s.name}")
def test_every_status_is_said_in_words(lang: str, status: OrderStatus | GroupBuyStatus) -> None:
    said = status_text(lang, status)
    assert_readable(said, lang, f"{status!r}")
    assert "_" not in said
    if lang == "zh":
        assert said != status.value


def test_the_raw_status_check_would_catch_a_leak() -> None:
    with pytest.raises(AssertionError):
        assert_readable("订单 #1 现在不能付款（状态：refunded）", "zh", "leak")
    with pytest.raises(AssertionError):
        assert_readable("sold_out", "en", "key")


# -- one fallback rule, dates, the compiled files ----------------------------------------------------------
def test_unknown_languages_fall_back_to_english() -> None:
    assert t("fr", "sold_out", title="Mangoes") == "Sorry, Mangoes is sold out."
    assert t("zh-Hans-CN", "sold_out", title="芒果") == "抱歉，芒果 已经卖完了。"
    assert t("fr", "wx_choices", items="1 Join") == "Reply 1 Join"


def test_a_missing_key_is_an_error_not_a_text() -> None:
    assert not has("no_such_text")
    with pytest.raises(KeyError):
        t("zh", "no_such_text")


@pytest.mark.parametrize(
    ("at", "lang", "expected"),
    [
        (datetime(2026, 11, 23, 12, 0, tzinfo=ZoneInfo("UTC")), "en", "Mon 23 Nov 20:00"),
        (datetime(2026, 11, 23, 12, 0, tzinfo=ZoneInfo("UTC")), "zh", "11月23日 周一 20:00"),
        (datetime(2026, 9, 6, 1, 5, tzinfo=ZoneInfo("UTC")), "en", "Sun 6 Sep 09:05"),
        (datetime(2026, 9, 6, 1, 5, tzinfo=ZoneInfo("UTC")), "zh", "9月6日 周日 09:05"),
    ],
)
def test_dates_are_written_by_babel_for_the_reader(at: datetime, lang: str, expected: str) -> None:
    assert format_datetime(at, ZoneInfo("Asia/Shanghai"), lang) == expected


def test_a_missing_or_stale_mo_is_compiled_on_first_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(catalog.LOCALE_DIR, tmp_path / "locale", ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setattr(catalog, "LOCALE_DIR", tmp_path / "locale")
    catalog.reset()
    try:
        assert t("en", "sold_out", title="Mangoes") == "Sorry, Mangoes is sold out."
        mo = catalog.mo_path("en")
        assert mo.exists()

        po = catalog.po_path("en")
        po.write_text(
            po.read_text(encoding="utf-8").replace("is sold out.", "is all gone."), encoding="utf-8"
        )
        os.utime(po, (mo.stat().st_mtime + 5, mo.stat().st_mtime + 5))
        catalog.reset()
        assert t("en", "sold_out", title="Mangoes") == "Sorry, Mangoes is all gone."
    finally:
        catalog.reset()


def test_the_build_compiles_every_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(catalog.LOCALE_DIR, tmp_path / "locale", ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setattr(catalog, "LOCALE_DIR", tmp_path / "locale")
    assert build.main() == 0
    assert sorted(path.parent.parent.name for path in (tmp_path / "locale").rglob("tuan.mo")) == sorted(
        LANGUAGES
    )


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ('msgstr "抱歉，{title} 已经卖完了。"', 'msgstr "抱歉，{title 已经卖完了。"'),
        ('msgstr[0] "{count} 个订单"', 'msgstr[0] "{count} 个订单"\nmsgstr[1] "{count} 个订单"'),
    ],
    ids=["unclosed placeholder", "more plural forms than Chinese has"],
)
def test_the_build_refuses_a_broken_catalog(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, broken: str
) -> None:
    shutil.copytree(catalog.LOCALE_DIR, tmp_path / "locale", ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setattr(catalog, "LOCALE_DIR", tmp_path / "locale")
    po = catalog.po_path("zh")
    source = po.read_text(encoding="utf-8")
    assert source.count(text) == 1
    po.write_text(source.replace(text, broken), encoding="utf-8")
    with pytest.raises(ValueError):
        build.compile_po(po, "zh")
    assert build.main() == 1
