"""Safe text: the one place where student-controlled text is made safe to show and to write.

Every output goes through here: a terminal line or a CSV cell (``visible``: invisible and
direction characters escaped; ``csv_cell``: no formula), a name from the file system
(``display``), Markdown (``markdown``: every markup character escaped), plain text for
Gradescope (``plain``), any text where a link would come alive (``unlinked``), and every
file the grader writes (``write_text_atomically``: whole or not at all). The wire
protocol's own cleaning (``grader.protocol._text``) sits with the protocol.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

MAX_NAME = 120               # characters of a name shown anywhere


# Characters that show as nothing, or change how the text around them shows: controls,
# format characters (bidi overrides U+202A-202E and isolates U+2066-2069, zero-width
# joiners, tags), line and paragraph separators, surrogates, private-use, unassigned,
# and every space but the ASCII one.
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"})


def _escape(c: str) -> str:
    return f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08x}"


def visible(text: str) -> str:
    """The one rule for showing student-controlled text: every invisible or
    direction-changing character (see ``_INVISIBLE``) escaped as ``\\u202e``, so a name
    can never render as another (``"\\u202eecila"`` must not look like ``alice``)."""
    return "".join(_escape(c) if c != " " and unicodedata.category(c) in _INVISIBLE else c
                   for c in str(text))


# What Markdown renderers (GitHub's, Gradescope's) and terminals turn into a live link:
# a scheme's "://", "www.", an e-mail address.
_LINK = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*):(?=//)|\b(www)\.(?=\w)|(?<=[\w.+-])@(?=[\w-]+\.\w)")
# A bare domain (``evil.com/login``, ``bit.ly/x``): renderers with "linkify" (VS Code's preview,
# many LMS editors) make it a link by its top-level domain. Only known ones, so that Python's
# dotted names (``np.asarray``, ``X.T``, ``self.w``) stay as they are.
_BARE_DOMAIN = re.compile(
    r"(?i)(?<=[a-z0-9-])\.(?=(?:com|org|net|io|ly|me|co|ai|dev|app|xyz|info|edu|gov|kr|uk|de|ru|cn|jp|us|biz"
    r"|site|online|link|click|gg|tk|to|sh|so|page|top|cc|tv|fm|am|ws|ms|gl|gd|be|it|fr|nl|ca|au|in)\b)")


def unlinked(text: str) -> str:
    """Student-controlled text with every would-be link made inert, the way security notes
    "defang" one: ``https://x.org`` -> ``https[:]//x.org``, ``www.x.org`` -> ``www[.]x.org``,
    ``a@x.org`` -> ``a[@]x.org``, ``evil.com/x`` -> ``evil[.]com/x``. A reader still sees the
    address; nothing renders it as a link."""
    text = _LINK.sub(lambda m: f"{m[1]}[:]" if m[1] else "www[.]" if m[2] else "[@]", str(text))
    return _BARE_DOMAIN.sub("[.]", text)


def display(name: str, limit: int = MAX_NAME) -> str:
    """A name from the file system, safe to show and write: bytes that were not UTF-8
    (surrogate escapes) replaced, invisible characters escaped (``visible``), at most
    ``limit`` characters. Applying it twice changes nothing."""
    text = os.fsencode(name).decode("utf-8", "replace") if isinstance(name, str) else str(name)
    text = visible(text)
    return text if len(text) <= limit else text[:limit - 9] + "…" + hashlib.sha1(text.encode()).hexdigest()[:8]


_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+!|~>$-])")  # $: no maths either


def markdown(value, limit: int = 2000) -> str:
    """A student-controlled string, inert inside a Markdown line or table cell: no
    markup (every Markdown character escaped, < and & as entities), no control or
    direction characters, no line breaks, no live link (``unlinked``), lone surrogates
    replaced, at most ``limit``."""
    text = unlinked(str(value))
    if len(text) > limit:
        text = text[:limit] + " …"
    text = utf8(text)
    text = visible(re.sub("[\r\n\t]", " ", text))  # the one rule for invisible characters
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return _MARKDOWN.sub(r"\\\1", text)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text) -> str:
    """A CSV cell a spreadsheet shows as text: ``visible``, and never read as a formula."""
    text = visible(text)
    return "'" + text if text.startswith(_FORMULA_START) else text


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def plain(value, limit: int) -> str:
    """A student-controlled string as inert plain text: valid UTF-8, no control or
    direction characters (line breaks become spaces), no live link (``unlinked``),
    at most ``limit`` characters."""
    text = utf8(unlinked(str(value)))
    text = _CONTROL.sub(" ", text.replace("\r\n", " ").replace("\n", " ").replace("\r", " "))
    return text if len(text) <= limit else text[:limit - 2] + " …"


def comment(value, limit: int = 2000) -> str:
    """A student-controlled string for plain text an LMS comment box shows: one line, no
    control or direction characters (``visible``), lone surrogates replaced, at most
    ``limit``; no markup escaped (plain text has none), but a URL is defanged (``http[:]//``,
    ``www[.]``) so no comment box makes it a live link."""
    text = str(value)
    if len(text) > limit:
        text = text[:limit] + " …"
    text = visible(re.sub("[\r\n\t]", " ", utf8(text)))
    text = re.sub(r"(?i)\b([a-z][a-z0-9+.-]*):(?=//)", r"\1[:]", text)
    return re.sub(r"(?i)\bwww\.", "www[.]", text)


def utf8(text: str) -> str:
    """``text`` with lone surrogates (bytes that were not UTF-8) replaced: writable as UTF-8."""
    return text.encode("utf-8", "replace").decode("utf-8")


def write_text_atomically(path: Path, text: str) -> Path:
    """Write ``text`` (lone surrogates replaced) to a temporary file beside ``path``, then
    rename it over ``path``: a reader never sees half a file, and whatever was planted at
    ``path`` (a file, a symlink) is replaced whole. If ``path`` is a folder, nothing is
    lost: the text goes to ``path`` + ``.1`` (or .2...) and the caller is told where.
    Files are readable by the instructor's group (umask as usual, not mkstemp's 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8", "replace")
    target = path
    n = 0
    while target.is_dir() and not target.is_symlink():
        n += 1
        target = path.with_name(f"{path.name}.{n}")
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    if target != path:
        print(f"warning: {path} is a folder; wrote {target} instead", file=sys.stderr)
    return target
