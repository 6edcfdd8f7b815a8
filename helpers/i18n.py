"""The language of every message a student sees: English or Korean, from one rule each.

A message is written once, in English, as a template: ``tr("{name}: all {count} checks
passed.", name=name, count=count)``. ``tr`` looks the template up in the catalogue of the
current language (``helpers/messages_ko.py`` for Korean; English is the template itself)
and then fills in the fields. So English output is exactly what the template says, and a
Korean message keeps the same numbers, names and code, only the words around them change.

Rules:

- ``tr(text)`` with no fields never calls ``format``: hints hold braces (``{"W1": ...}``).
- A text that is not in the catalogue comes back as it is. Computed text (``step(0.0)``,
  ``array [1, 2]``) and text that is already Korean therefore pass through ``tr`` unchanged,
  which is what lets ``judge_case`` translate hints, labels and expected/got descriptions
  at the one point where they are shown, while the check modules keep them as plain
  English data.
- Field values are not translated by ``tr`` (but for a ``deferred`` one, below); a caller
  that puts a word into a template translates it first (``what=tr(what)``).

The current language is a ``ContextVar``: the grader judges notebooks in threads, and a
thread (or a ``using`` block) sets its own language without touching the others. When
nothing has set it, it is the notebook's own: the build writes ``COURSE_LANGUAGE = "ko"``
(``declaration``) at the end of each notebook's first code cell, so a notebook knows its
language wherever it is opened and however it is run (JupyterLab from any folder, a renamed
copy, nbclient, Binder), and ``_default`` reads the variable that line sets in ``__main__``.
Where no notebook declares one (a script, a test), it is ``$COURSE_LANG`` if that is one of
``LANGUAGES``, else ``"en"``. That default is worked out at each call, never cached.

Messages made before their language is known — labels and joined hints built when a check
module is imported, what reading a submission finds before its notebooks' language is read —
are ``deferred(template, **fields)`` or ``join(a, b)``: a ``Text``, which is the English
string it always was (compares, prints and serialises as before) and which ``tr`` renders
anew, template by template, in the language current when it is shown.

The grader (``python -m grader --lang auto|en|ko``) judges and scores each notebook inside
``using(lang)``: with ``auto`` the notebook's own language, read from the same declaration
by ``notebook_language`` (the one rule; a notebook released before the declaration existed
falls back on its metadata ``course.language``). A submission's own messages (files not
graded, a missing lesson, an unreadable notebook) and its feedback file use the language of
the notebooks it hands in (``grader.submissions.language_of``), or the forced one.

Decisions beyond the design:

- A template whose Korean needs a different word order for a word that differs (``fires``
  / ``does not fire``) is split into two templates instead of passing the word as a field.
- ``what`` words (``"the result"``, ``"the distances"``) are translated where ``expect``
  puts them into a template; names such as ``w`` or ``grads['W1']`` are not in the
  catalogue and pass through.
- The grader's own words that reach a student through a lookup rather than a literal
  template (how a job ended: ``wall clock``, from ``grader.protocol.CAUSE_TEXT``; the
  integrity scan's findings, which stay English in the JSON for the instructor) are
  translated where the feedback quotes them (``grader.scoring.say_ending``,
  ``helpers.integrity.say``). What crosses a process boundary is data (a cause, an exit
  code, a line and cell), never English to be parsed back.
- Instructor-facing text (CLI errors and warnings, the summary table, CSV headers) and a
  value's reason made inside a student's process (``"TypeError while reading it"``) stay
  English.
- Strings in the check modules that are code, not prose (a call such as
  ``same_boundary(w, w)`` or a tuple of names such as ``(D, H)``), are shown as they are
  in both languages and need no catalogue entry (``tests/test_i18n.py`` says which).
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import re
import sys

LANGUAGES = ("en", "ko")


def known(language) -> str:
    """``language`` if it is one of the course's, else English (what a record or a
    notebook's metadata says is data, not trusted to name a language)."""
    return language if isinstance(language, str) and language in LANGUAGES else "en"

_current: contextvars.ContextVar[str | None] = contextvars.ContextVar("course_language", default=None)


# The line the build writes at the end of a notebook's first code cell (``authoring.build``):
# the notebook carries its own language, so it answers in it wherever it is opened and
# however it is run. The kernel reads the variable the line sets; the grader reads the line.
DECLARATION = "COURSE_LANGUAGE = {language!r}"
_DECLARED = re.compile(r"""^COURSE_LANGUAGE[ \t]*=[ \t]*["']([a-z]{2})["'][ \t]*(?:#.*)?$""", re.M)


def declaration(lang: str) -> str:
    """The line that makes a notebook speak ``lang``."""
    return DECLARATION.format(language=lang)


def declared(cells) -> str | None:
    """The language a notebook's code cells declare (the last declaration, as running them
    top to bottom leaves it), or None when they declare none or one not of the course's."""
    found = [m.group(1) for source in cells if isinstance(source, str) for m in _DECLARED.finditer(source)]
    return found[-1] if found and found[-1] in LANGUAGES else None


def notebook_language(cells, metadata=None) -> str:
    """THE rule for a notebook's language, used by the grader for every channel: what its code
    declares (``declaration``; the same fact the self-check reads in the kernel), else what a
    notebook released before the declaration existed records in ``metadata.course.language``,
    else English."""
    found = declared(cells)
    if found:
        return found
    course = metadata.get("course") if isinstance(metadata, dict) else None
    return known(course.get("language") if isinstance(course, dict) else None)


def chosen(lang: str, own: str) -> str:
    """The language to speak: the one forced (``--lang en|ko``), or with "auto" a notebook's or
    submission's ``own`` (``notebook_language``, ``grader.submissions.language_of``)."""
    return own if lang == "auto" else known(lang)


def _default() -> str:
    """The language of a kernel (or script) that no ``using`` has set: the notebook's own
    declaration (a variable of ``__main__``, where Jupyter runs a notebook's cells), else
    ``$COURSE_LANG``, else English."""
    main = sys.modules.get("__main__")
    own = getattr(main, "COURSE_LANGUAGE", None)
    if isinstance(own, str) and own in LANGUAGES:
        return own
    wanted = os.environ.get("COURSE_LANG", "")
    return wanted if wanted in LANGUAGES else "en"


def language() -> str:
    """The language messages are made in now."""
    return _current.get() or _default()


def use(lang: str) -> None:
    """Make ``lang`` the language of this thread (context) from now on."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; one of {', '.join(LANGUAGES)}")
    _current.set(lang)


@contextlib.contextmanager
def using(lang: str):
    """``with using("ko"):`` — messages made inside are Korean; the language before comes back after."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; one of {', '.join(LANGUAGES)}")
    token = _current.set(lang)
    try:
        yield lang
    finally:
        _current.reset(token)


def catalogue(lang: str) -> dict[str, str]:
    """English template -> template in ``lang`` (empty for English)."""
    if lang == "ko":
        from helpers.messages_ko import KO
        return KO
    return {}


def tr(text: str, **fields) -> str:
    """``text`` in the current language, with ``fields`` filled in (only when given).
    A ``Text`` (made when the check modules were imported) is rendered part by part."""
    if isinstance(text, Text) and not fields:
        return "".join(_render(template, part) for template, part in text.parts)
    return _render(text, fields)


def _render(text: str, fields: dict) -> str:
    lang = language()
    template = catalogue(lang).get(text, text) if lang != "en" else text
    if not fields:
        return template
    # a field that is itself a deferred message (" (line 3)") is rendered in the same language
    return template.format(**{k: tr(v) if isinstance(v, Text) else v for k, v in fields.items()})


class Text(str):
    """A message made before its language is known: its English text (so it compares,
    prints and concatenates as the English string it always was), plus the templates it
    was made from, which ``tr`` renders in the language current at that time.

    Check modules are imported once and their cases built then, but judged later in
    either language: a label with fields (``deferred``) or a hint joined from two
    sentences (``join``) must not be frozen into English at import."""

    parts: tuple

    def __new__(cls, parts):
        parts = tuple(parts)
        self = super().__new__(cls, "".join(t.format(**f) if f else t for t, f in parts))
        self.parts = parts
        return self

    def __reduce__(self):  # copy and pickle by parts (str's own way would rebuild it from the text)
        return (Text, (self.parts,))


def deferred(template: str, **fields) -> Text:
    """``template`` with ``fields``, rendered in whatever language is current when ``tr`` shows it."""
    return Text([(template, fields)])


def join(*pieces: str) -> Text:
    """Several messages as one (``join(HINT, " Here K = 6.")``), each translated on its own."""
    parts = []
    for piece in pieces:
        parts += piece.parts if isinstance(piece, Text) else [(piece, {})]
    return Text(parts)
