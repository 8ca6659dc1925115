"""The API's documentation page, served offline: FastAPI's own pages load Swagger UI or ReDoc from a
CDN, so this is a plain server-rendered page listing the operations of the OpenAPI schema (which is
served beside it as `/api/v1/openapi.json`)."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from bot.console.render import render

METHODS = ("get", "post", "put", "patch", "delete")


def _schema_name(schema: dict[str, Any]) -> str:
    ref = schema.get("$ref") or next((s.get("$ref") for s in schema.get("anyOf", []) if "$ref" in s), "")
    if ref:
        return str(ref).rsplit("/", 1)[-1]
    if "anyOf" in schema:  # `int | None`: `integer | null`, as the schema says it may be null
        return " | ".join(str(s.get("type", "")) for s in schema["anyOf"] if s.get("type"))
    return str(schema.get("type", ""))


def operations(schema: dict[str, Any], prefix: str) -> list[dict[str, Any]]:
    """Each operation of the schema: method, full path, summary, description, parameters, body,
    answers."""
    found = []
    for path, item in schema.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            found.append(
                {
                    "method": method.upper(),
                    "path": prefix + path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "parameters": [
                        {
                            "name": p["name"],
                            "in": p.get("in", ""),
                            "required": bool(p.get("required")),
                            "type": _schema_name(p.get("schema", {})),
                        }
                        for p in op.get("parameters", [])
                    ],
                    "body": None if body is None else _schema_name(body),
                    "responses": [
                        {"status": status, "description": answer.get("description", "")}
                        for status, answer in sorted(op.get("responses", {}).items())
                    ],
                }
            )
    return found


def models(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The JSON shapes (components) with their fields."""
    shown = []
    for name, model in sorted(schema.get("components", {}).get("schemas", {}).items()):
        required = set(model.get("required", []))
        fields = [
            {
                "name": field,
                "type": _schema_name(spec) or _schema_name(spec.get("items", {})),
                "required": field in required,
                "description": spec.get("description", ""),
            }
            for field, spec in model.get("properties", {}).items()
        ]
        shown.append({"name": name, "fields": fields})
    return shown


def docs_page(request: Request, schema: dict[str, Any], prefix: str) -> HTMLResponse:
    return render(
        request,
        "api_docs.html",
        info=schema.get("info", {}),
        operations=operations(schema, prefix),
        models=models(schema),
        openapi_url=f"{prefix}/openapi.json",
        prefix=prefix,
    )
