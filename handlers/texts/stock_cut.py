"""`edit_stock_cut`: a lower stock refused with every clash at once and the command that works, built from
the organiser's own (`修改 库存 12 阶梯 10:78`, after `踢出` when units must come off first), never one
putting back the stock she lowered (handlers.edits). Its parts are said here, in the reader's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from handlers.texts import t
from handlers.texts import units as unit_texts


def problems_and_steps(lang: str, params: dict[str, Any]) -> dict[str, Any]:
    """`params` with `problems` (each clash, `已经接龙 14 份，比库存 12 份多了 2 份；阶梯从 20 份开始…`) and
    `steps` (`先用“踢出 @名字”去掉多出的 2 份，再发：修改 库存 12 阶梯 10:78`) filled in. Its counts are said
    in the group buy's `unit` (said in `lang` already: handlers.texts.refusal_text); a count that is no
    number is shown as it came."""
    unit, at = str(params.get("unit") or ""), str(params.get("at") or "")

    def said(key: str, how: Callable[[str, int, str], str]) -> str:
        value = params.get(key)
        return how(lang, value, unit) if isinstance(value, int) else str(value)

    stock = said("stock", unit_texts.amount)
    parts = []
    if params.get("excess"):
        sold, excess = said("sold", unit_texts.units), said("excess", unit_texts.units)
        parts.append(t(lang, "stock_cut_sold", sold=sold, excess=excess, stock=stock))
    if params.get("beyond"):
        parts.append(t(lang, "stock_cut_tier", quantity=said("beyond", unit_texts.units), stock=stock))
    if params.get("target"):
        parts.append(t(lang, "stock_cut_target", target=said("target", unit_texts.units), stock=stock))
    if params.get("limit"):
        parts.append(t(lang, "stock_cut_limit", limit=said("limit", unit_texts.amount), stock=stock))
    example = t(lang, "stock_cut_example", at=at)
    terms = params.get("terms")
    for name, keyword, value in terms if isinstance(terms, tuple) else ():
        if name == "title":
            example += f" {value}"
            continue
        word = keyword or t(lang, f"stock_cut_word_{name}")
        example += f" {word} {value or t(lang, 'stock_cut_no_tiers')}"
    if params.get("excess"):
        steps = _steps_freeing(lang, params, said("excess", unit_texts.units), example)
    else:
        steps = t(lang, "stock_cut_send", example=example)
    return {
        **params,
        "problems": t(lang, "stock_cut_separator").join(parts),
        "steps": steps,
        "names": _waiting_names(lang, params.get("waiting"), unit),
    }


def _steps_freeing(lang: str, params: dict[str, Any], excess: str, example: str) -> str:
    """`先空出 2 份：“踢出 @名字”…；再发：修改 库存 12`, after what must come first: the waiting list
    cleared with `确认` (what she frees would move them in, rep102 #1: not once `cleared`), the target
    lowered to the stock where the group buy formed (a buyer's own -1 below it is refused, rep102 #2)."""
    unit, at = str(params.get("unit") or ""), str(params.get("at") or "")
    steps = []
    names = _waiting_names(lang, params.get("waiting"), unit)
    if names and not params.get("cleared"):
        confirm = f"{example} {t(lang, 'stock_cut_confirm_word')}"
        steps.append(t(lang, "stock_cut_step_clear", confirm=confirm, names=names))
    stock = params.get("stock")
    if not params.get("leave_frees", True) and isinstance(stock, int):
        command = f"{t(lang, 'stock_cut_example', at=at)} {t(lang, 'stock_cut_word_target')} {stock}"
        target = unit_texts.units(lang, stock, unit)
        steps.append(t(lang, "stock_cut_step_target", command=command, target=target))
    steps.append(t(lang, "stock_cut_step_free", excess=excess, at=at))
    first, *then = steps
    said = t(lang, "stock_cut_first", step=first)
    said += "".join(t(lang, "stock_cut_then", step=step) for step in then)
    return said + t(lang, "stock_cut_then_send", example=example)


def _waiting_names(lang: str, waiting: object, unit: str) -> str:
    """Those waiting, `Gus ×2、Dan ×1` ("" none)."""
    if not isinstance(waiting, tuple):
        return ""
    return t(lang, "list_separator").join(
        f"{name} {unit_texts.times(quantity, unit, lang)}" for name, quantity in waiting
    )
