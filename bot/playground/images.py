"""An image a member attaches in the playground: read from a multipart form, checked by its first bytes.

`POST /api/messages` takes a message with an image as multipart/form-data (what a browser's `FormData`
and `curl -F` send): the JSON body's fields as form fields, and the image as the file part `image`. The
image must be a PNG, JPEG, WebP or GIF by its magic bytes (whatever the client calls it: the type it
claims and the file name are not trusted) and at most `MAX_IMAGE_BYTES`. The hub keeps it like the files
the bot sends (`playground_files`) and serves it from this server; it is the photo of a group buy it
opens (a photo card). The standard library reads the form: it is one small, bounded body.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.parser import BytesHeaderParser

MAX_IMAGE_BYTES = 2 * 1024 * 1024
IMAGE_RULE = f"a PNG, JPEG, WebP or GIF image of at most {MAX_IMAGE_BYTES} bytes (2 MiB)"
_SIGNATURES = (  # (first bytes, type, extension); WebP is RIFF, its size, then WEBP
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
    (b"GIF87a", "image/gif", "gif"),
    (b"GIF89a", "image/gif", "gif"),
)


class BadForm(ValueError):
    """A multipart body that cannot be read (no boundary, a part without headers, no closing line)."""


class BadImage(ValueError):
    """An attached image the playground does not take; the message says why, naming the field."""


@dataclass(frozen=True)
class Image:
    """A checked image: its bytes, its type as its bytes say, and the name it is served under."""

    content: bytes
    mime: str
    extension: str

    @property
    def filename(self) -> str:
        return f"photo.{self.extension}"


@dataclass(frozen=True)
class Part:
    """One part of a multipart form: the field's name, the file name if it is a file, the bytes."""

    name: str
    filename: str | None
    content: bytes


def sniff(content: bytes) -> tuple[str, str] | None:
    """(type, extension) of an image by its magic bytes; None when it is none of the four."""
    for signature, mime, extension in _SIGNATURES:
        if content.startswith(signature):
            return mime, extension
    if len(content) >= 12 and content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp", "webp"
    return None


def checked_image(content: bytes) -> Image:
    """The image, or `BadImage` saying what is wrong with it."""
    if not content:
        raise BadImage(f"image is empty: it must be {IMAGE_RULE}")
    if len(content) > MAX_IMAGE_BYTES:
        raise BadImage(f"image is {len(content)} bytes: it must be {IMAGE_RULE}")
    kind = sniff(content)
    if kind is None:
        raise BadImage(f"image is not {IMAGE_RULE} (its first bytes say what it is)")
    return Image(content, *kind)


def is_multipart(content_type: str) -> bool:
    return content_type.split(";", 1)[0].strip().lower() == "multipart/form-data"


def parse_form(content_type: str, body: bytes) -> list[Part]:
    """The parts of a multipart/form-data body, in order; `BadForm` when it cannot be read."""
    boundary = _boundary(content_type)
    chunks = body.split(b"--" + boundary)
    if len(chunks) < 2:
        raise BadForm("the multipart body holds no part")
    parts: list[Part] = []
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):  # the closing delimiter
            return parts
        if not chunk.startswith(b"\r\n"):
            raise BadForm("a multipart delimiter is not followed by a line break")
        head, found, content = chunk[2:].partition(b"\r\n\r\n")
        if not found or not content.endswith(b"\r\n"):
            raise BadForm("a part of the multipart body has no headers or no end")
        parts.append(_part(head, content[:-2]))
    raise BadForm("the multipart body has no closing delimiter")


def _boundary(content_type: str) -> bytes:
    headers = BytesHeaderParser().parsebytes(f"content-type: {content_type}\r\n\r\n".encode(errors="replace"))
    boundary = headers.get_param("boundary")
    if not isinstance(boundary, str) or not boundary or len(boundary) > 70:
        raise BadForm("multipart/form-data needs a boundary of 1 to 70 characters")
    return boundary.encode(errors="replace")


def _part(head: bytes, content: bytes) -> Part:
    headers = BytesHeaderParser().parsebytes(head + b"\r\n\r\n")
    if headers.get_content_disposition() != "form-data":
        raise BadForm("a part of the form has no content-disposition: form-data")
    name = headers.get_param("name", header="content-disposition")
    if not isinstance(name, str) or not name:
        raise BadForm("a part of the form has no name")
    filename = headers.get_filename()
    return Part(name=name, filename=filename, content=content)
