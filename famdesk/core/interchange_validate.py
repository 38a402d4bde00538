"""Checking an interchange document before anything is written.

Every problem is reported, each as a JSON path and a one-line reason, so a
worker can fix a file in one go. The checks never raise for bad input: any
JSON value (or Python object) yields a list of problems.

Validation is one pass over the document with plain Python checks, fast
enough for a 100,000-session file in a few seconds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from famdesk import vocabulary as v
from famdesk.core import interchange_schema as schema
from famdesk.core import rules
from famdesk.core.cpr import parse_cpr
from famdesk.core.errors import Code, CoreError, FieldError
from famdesk.core.interchange_schema import FORMAT_NAME, FORMAT_VERSION, Entity, Field


class InterchangeError(CoreError):
    """One refusal: where in the document (``field``/``path``), and what is wrong.

    Structural problems carry ``interchange.invalid`` with the English
    ``problem``; a broken rule carries that rule's code and params.
    """

    def __init__(
        self, path: str, problem: str, code: str = Code.INTERCHANGE_INVALID, **params: Any
    ):
        self.path = path
        self.problem = " ".join(str(problem).split())
        params.setdefault("problem", self.problem)
        super().__init__(code, self.problem, field=path, **params)

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


class DocumentInvalid(InterchangeError):
    """The first problem of an invalid document; ``errors`` holds all of them."""

    def __init__(self, errors: list[InterchangeError]):
        first = errors[0]
        params = {k: v for k, v in first.params.items() if k != "problem"}
        super().__init__(first.path, first.problem, first.code, **params)
        self.errors = errors


# --- describing values in messages ------------------------------------------------


def describe(value: object) -> str:
    """A short, one-line name for what was found."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {_short(value)}"
    if isinstance(value, str):
        return f"the text {_short(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _short(value: object, limit: int = 40) -> str:
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def key_path(path: str, key: object) -> str:
    """``path.key``, or ``path["key"]`` when the key is not a plain name."""
    if isinstance(key, str) and _IDENT_RE.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{_short(key if isinstance(key, str) else str(key), 80)}]"


_IDENT_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


# --- field checks: each returns the problem, or None -----------------------------------

#: A plain field's check: None, an English problem (the format's), or a rule's FieldError.
Check = Callable[[Any], str | FieldError | None]

_UID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_LOCAL_TIME_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
)
_BAD_CHAR_RE = re.compile("[\x00\ud800-\udfff]")


def check_uid(value: object) -> str | None:
    if type(value) is str and _UID_RE.fullmatch(value):
        return None
    if isinstance(value, str):
        return (
            f"not a uid: expected a lowercase UUID like 3f2b8c1e-5d4a-4c7b-9e21-0a6f1d2c3b4e, "
            f"got {_short(value)}"
        )
    return f"expected a uid (UUID text), got {describe(value)}"


def parse_date(value: object) -> date | None:
    """The date in a valid ``YYYY-MM-DD`` text, else None."""
    if type(value) is str and len(value) == 10 and _DATE_RE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def check_date(value: object) -> str | FieldError | None:
    if type(value) is str and len(value) == 10 and _DATE_RE.fullmatch(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return f"no such date {value}"
        return rules.date_problem("", day)
    return f"expected a date YYYY-MM-DD, got {describe(value)}"


def check_opt_date(value: object) -> str | FieldError | None:
    return None if value is None else check_date(value)


def parse_time(value: object) -> datetime | None:
    """The moment in a valid ISO 8601 time with offset, else None."""
    if type(value) is str and _TIME_RE.fullmatch(value):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def check_time(value: object) -> str | FieldError | None:
    if type(value) is str:
        if _TIME_RE.fullmatch(value):
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                return f"no such time {_short(value)}"
            return rules.date_problem("", moment)
        if _LOCAL_TIME_RE.fullmatch(value):
            return (
                "a time needs its UTC offset, like 2026-03-01T09:30:00+01:00, "
                f"got {describe(value)}"
            )
    return f"expected a time with offset like 2026-03-01T09:30:00+01:00, got {describe(value)}"


def check_opt_time(value: object) -> str | FieldError | None:
    return None if value is None else check_time(value)


def check_bool(value: object) -> str | None:
    return None if type(value) is bool else f"expected true or false, got {describe(value)}"


def _text_problem(value: object, max_len: int | None, required: bool) -> str | None:
    if type(value) is not str:
        return f"expected text, got {describe(value)}"
    if max_len is not None and len(value) > max_len:
        return f"too long: {len(value)} characters, at most {max_len}"
    if required and not value.strip():
        return "must not be empty"
    if _BAD_CHAR_RE.search(value):
        return "contains a character that cannot be stored (NUL or a lone surrogate)"
    return None


def text(max_len: int | None = None, required: bool = False) -> Check:
    return lambda value: _text_problem(value, max_len, required)


def opt_text(max_len: int | None = None) -> Check:
    return lambda value: None if value is None else _text_problem(value, max_len, False)


def enum(values: tuple[str, ...]) -> Callable[[object], str | None]:
    allowed = frozenset(values)
    listing = ", ".join(values)

    def check(value: object) -> str | None:
        if type(value) is str and value in allowed:
            return None
        return f"expected one of {listing}; got {describe(value)}"

    return check


def opt_enum(values: tuple[str, ...]) -> Check:
    inner = enum(values)

    def check(value: object) -> str | None:
        problem = None if value is None else inner(value)
        return None if problem is None else problem.replace("; got", ", or null; got")

    return check


def int_range(lo: int, hi: int) -> Check:
    def check(value: object) -> str | FieldError | None:
        if type(value) is int and lo <= value <= hi:
            return None
        if type(value) is int:
            return FieldError(
                "",
                f"must be {lo}-{hi}, got {value}",
                Code.NUMBER_OUT_OF_RANGE,
                {"min": lo, "max": hi},
            )
        return f"expected a whole number {lo}-{hi}, got {describe(value)}"

    return check


def opt_int_range(lo: int, hi: int) -> Check:
    inner = int_range(lo, hi)
    return lambda value: None if value is None else inner(value)


def _list_of(value: object) -> str | None:
    return None if type(value) is list else f"expected a list, got {describe(value)}"


def _skip(value: object) -> str | None:
    """Checked by the structure walk, not as a plain field."""
    return None


# --- the shape of each object: derived from interchange_schema -----------------------------

# Text lengths, required texts and characters are core.rules' (field_lengths.py):
# these specs check only that a value is text.

#: Required texts checked here rather than by core.rules.
_REQUIRED_HERE = frozenset({"instrument", "who"})


def _check_for(f: Field) -> Check:
    """The plain check of one field; structure (lists, objects) is walked separately."""
    kind = f.kind
    if kind == "ref" and f.nullable:
        return lambda value: None if value is None else check_uid(value)
    if kind in ("uid", "ref"):
        return check_uid
    if kind == "text":
        # Lengths and blank texts are core.rules' (one rule, one code); the
        # measurement's instrument is needed before the rules can look it up,
        # and who was told of a concern has no rule in core yet.
        if f.nullable:
            return opt_text()
        return text(required=f.required and f.name in _REQUIRED_HERE)
    if kind == "date":
        return check_opt_date if f.nullable else check_date
    if kind == "time":
        return check_opt_time if f.nullable else check_time
    if kind == "bool":
        return check_bool
    if kind == "int":
        assert f.lo is not None and f.hi is not None
        return opt_int_range(f.lo, f.hi) if f.nullable else int_range(f.lo, f.hi)
    if kind == "enum":
        return opt_enum(f.values) if f.nullable else enum(f.values)
    if kind in ("list", "uids", "numbers"):
        return _list_of
    return _skip


_SPECS: dict[tuple[str, int], dict[str, Check]] = {
    (e.name, version): {f.name: _check_for(f) for f in e.fields if f.since <= version}
    for e in schema.walk()
    for version in schema.VERSIONS
}


def spec(entity: Entity, version: int = FORMAT_VERSION) -> dict[str, Check]:
    """key -> check for ``entity``'s keys in a file of ``version``."""
    return _SPECS[(entity.name, version)]


PROFESSIONAL_FIELDS = tuple(k for k in schema.PROFESSIONAL.key_names() if k != "uid")
SITE_FIELDS = tuple(k for k in schema.PLACEMENT_SITE.key_names() if k != "uid")


def _known(value: object) -> set[str] | None:
    """An empty set to collect a list's uids into, or None if it is not a list."""
    return set() if type(value) is list else None


# --- the walk ---------------------------------------------------------------------------------


class Walk:
    """One validation pass; collects problems and where each uid first appeared."""

    def __init__(self, version: int = FORMAT_VERSION) -> None:
        self.version = version
        self.today = date.today()
        #: folded reference -> path of the family that has it
        self.references: dict[str, str] = {}
        #: (path, reference) of each family with a reference, first use only
        self.family_references: list[tuple[str, str]] = []
        self.errors: list[InterchangeError] = []
        #: uid -> (path of the object, entity name)
        self.uids: dict[str, tuple[str, str]] = {}
        #: professional uid -> (fields, family index of first appearance)
        self.professionals: dict[str, tuple[tuple[object, ...], int]] = {}
        #: The document's placement sites: uid -> type; None when the list is broken
        #: (references to sites are then not checked).
        self.sites: dict[str, object] | None = {}
        #: Whether ``placement_sites`` has been walked (it may follow the families).
        self.sites_seen = False
        #: (path, site uid) of each reference to a site, checked once the sites are known.
        self.site_refs: list[tuple[str, str]] = []
        #: (path, match values, the child's current placement) of each placed match.
        self.placed: list[tuple[str, dict[str, Any], dict[str, Any] | None]] = []
        #: (path, site object) of each valid site, in document order (for import).
        self.site_objects: list[tuple[str, dict[str, Any]]] = []
        #: (path, professional) of each collaborator uid's first appearance (for import).
        self.professional_objects: list[tuple[str, dict[str, Any]]] = []

    def err(self, path: str, problem: str | FieldError) -> None:
        """Report ``problem`` at ``path``: the format's English text, or a rule's error."""
        if isinstance(problem, FieldError):
            self.errors.append(
                InterchangeError(path, problem.message, problem.code, **problem.params)
            )
        else:
            self.errors.append(InterchangeError(path, problem))

    def rules(self, path: str, problems: list[FieldError]) -> None:
        """Report what core's rules found in the object at ``path``.

        A field whose form was already refused is not reported twice.
        """
        reported = {e.path for e in self.errors}
        for problem in problems:
            where = problem.at(path).field
            if where in reported or any(where.startswith(p + ".") for p in reported):
                continue
            reported.add(where)
            self.errors.append(
                InterchangeError(where, problem.message, problem.code, **problem.params)
            )

    def obj(self, value: object, path: str, entity: Entity) -> bool:
        """Check an object's keys and plain fields; False if it is not an object."""
        if type(value) is not dict:
            self.err(path, f"expected {entity.title} (an object), got {describe(value)}")
            return False
        spec = _SPECS[(entity.name, self.version)]
        if len(value) != len(spec) or value.keys() != spec.keys():
            self._keys(value, path, spec)
        for key, check in spec.items():
            if key in value:
                problem = check(value[key])
                if problem is not None:
                    self.err(f"{path}.{key}", problem)
        return True

    def _keys(
        self,
        value: dict[Any, Any],
        path: str,
        spec: dict[str, Check],
        optional: tuple[str, ...] = (),
    ) -> None:
        for key in spec:
            if key not in value and key not in optional:
                self.err(f"{path}.{key}", "required key is missing")
        for key in value:
            if key not in spec:
                self.err(key_path(path, key), "unknown key: not part of the famdesk format")

    def items(self, value: object, path: str) -> list[tuple[str, Any]]:
        """(path, item) for each element of a list field; nothing if it is not a list."""
        if type(value) is not list:
            return []
        return [(f"{path}[{i}]", item) for i, item in enumerate(value)]

    def uid(self, obj: dict[str, Any], path: str, entity: str) -> str | None:
        """Register an object's uid and report a duplicate; the uid if well-formed.

        A duplicate is still returned, so references to it are not reported a
        second time.
        """
        uid = obj.get("uid")
        if type(uid) is not str or not _UID_RE.fullmatch(uid):
            return None
        first = self.uids.get(uid)
        if first is not None:
            self.err(
                f"{path}.uid", f"duplicate uid {uid}: already used by the {first[1]} at {first[0]}"
            )
        else:
            self.uids[uid] = (path, entity)
        return uid

    def uid_list(self, value: object, path: str, allowed: set[str] | None, what: str) -> None:
        """A list of references, each to one of ``allowed``, none repeated.

        ``allowed`` is None when the list it comes from is itself broken (and
        already reported): then only the form of each uid is checked.
        """
        if type(value) is not list:
            return
        seen: set[str] = set()
        for i, ref in enumerate(value):
            problem = check_uid(ref)
            if problem is not None:
                self.err(f"{path}[{i}]", problem)
            elif ref in seen:
                self.err(f"{path}[{i}]", f"{ref} is listed twice")
            elif allowed is not None and ref not in allowed:
                self.err(f"{path}[{i}]", f"{ref} is not {what}")
            else:
                seen.add(ref)

    def document(self, doc: object) -> None:
        if type(doc) is not dict:
            self.err("$", f"expected a famdesk document (a JSON object), got {describe(doc)}")
            return
        if not self.header(doc):
            return
        if "placement_sites" in doc:
            self.placement_sites(doc["placement_sites"])
        families = doc.get("families")
        if type(families) is not list:
            if "families" in doc:
                self.err("$.families", f"expected a list, got {describe(families)}")
            return
        for i, family in enumerate(families):
            self.family(family, f"$.families[{i}]", i)

    def header(self, doc: dict[str, Any], *, keys: bool = True) -> bool:
        """Check the top-level keys (not the families); False if this is no famdesk file
        of a version this program reads. Sets ``version`` for the rest of the walk.

        ``keys`` False: leave the check of missing and unknown keys to ``top_keys``
        (a streamed file's keys after ``families`` are not read yet)."""
        fmt = doc.get("format")
        if fmt != FORMAT_NAME or type(fmt) is not str:
            problem = (
                "required key is missing"
                if "format" not in doc
                else (f'expected "{FORMAT_NAME}", got {describe(fmt)}')
            )
            self.err("$.format", f"{problem}: this is not a famdesk interchange file")
            return False
        version = doc.get("version")
        if type(version) is not int or version not in schema.VERSIONS:
            if "version" not in doc:
                self.err("$.version", "required key is missing")
            elif type(version) is int and version > FORMAT_VERSION:
                self.err(
                    "$.version",
                    f"version {version} is newer than this famdesk reads "
                    f"(version {FORMAT_VERSION}); update famdesk",
                )
            else:
                versions = " or ".join(str(n) for n in schema.VERSIONS)
                self.err("$.version", f"expected {versions}, got {describe(version)}")
            return False
        self.version = version
        if keys:
            self.top_keys(doc)
        if "exported_at" in doc:
            found = check_time(doc["exported_at"])
            if found is not None:
                self.err("$.exported_at", found)
        return True

    def top_keys(self, doc: dict[str, Any]) -> None:
        """Missing and unknown keys at the top level."""
        self._keys(doc, "$", _SPECS[("document", self.version)], optional=schema.DOCUMENT.optional)

    def placement_sites(self, sites: object) -> None:
        """The register of sites the document's matches name; each checked as the form does."""
        self.sites_seen = True
        path = "$.placement_sites"
        if type(sites) is not list:
            self.err(path, f"expected a list, got {describe(sites)}")
            self.sites = None
            return
        known: dict[str, object] = {}
        for p, site in self.items(sites, path):
            if not self.obj(site, p, schema.PLACEMENT_SITE):
                self.sites = None
                continue
            assert isinstance(site, dict)
            before = len(self.errors)
            uid = self.uid(site, p, "placement_site")
            self.rules(p, rules.check_placement_site(site))
            if uid is None:
                self.sites = None
            elif len(self.errors) == before:
                known[uid] = site.get("type")
                self.site_objects.append((p, site))
            else:
                known[uid] = site.get("type")
        if self.sites is not None:
            self.sites = known

    def finish(self) -> None:
        """The checks that need the whole document: references to sites, placed matches."""
        if self.version < 2:
            return
        if self.sites is not None:
            for path, uid in self.site_refs:
                if uid not in self.sites:
                    self.err(path, f"{uid} is not a site of this file's placement_sites")
        for path, values, placement in self.placed:
            chosen = values.get("chosen_site_uid")
            site_type = (
                self.sites.get(chosen)
                if self.sites is not None and isinstance(chosen, str)
                else None
            )
            problem = rules.match_placement_problem(
                values.get("status"),
                values.get("placed_on"),
                site_type if isinstance(site_type, str) else None,
                placement,
            )
            if problem is not None:
                self.rules(path, [problem])

    def family_safely(self, fam: object, path: str, index: int) -> None:
        """``family``, never raising for bad input (a bug shows as a problem)."""
        try:
            self.family(fam, path, index)
        except Exception as exc:
            self.err(
                path,
                f"internal error while checking this family ({type(exc).__name__}); "
                "please report this file's shape",
            )

    def family(self, fam: object, path: str, index: int) -> None:
        if not self.obj(fam, path, schema.FAMILY):
            return
        assert isinstance(fam, dict)
        self.uid(fam, path, "family")
        self.rules(path, rules.check_family(_parsed(fam)))
        reference = fam.get("reference")
        if type(reference) is str and reference.strip():
            key = rules.reference_key(reference)
            first = self.references.setdefault(key, path)
            if first == path:
                self.family_references.append((path, reference))
            if first != path:
                self.errors.append(
                    InterchangeError(
                        f"{path}.reference",
                        f"the reference {_short(reference)} is already used by the family at "
                        f"{first} (references are compared ignoring case)",
                        Code.FAMILY_REFERENCE_TAKEN,
                        reference=reference,
                    )
                )

        members = _known(fam.get("members"))
        for p, member in self.items(fam.get("members"), f"{path}.members"):
            uid = self.member(member, p)
            if uid is None:
                members = None
            elif members is not None:
                members.add(uid)
        professionals = _known(fam.get("professionals"))
        seen_here: set[str] = set()
        for p, prof in self.items(fam.get("professionals"), f"{path}.professionals"):
            uid = self.professional(prof, p, index, seen_here)
            if uid is None:
                professionals = None
            else:
                seen_here.add(uid)
        if professionals is not None:
            professionals |= seen_here
        goals = _known(fam.get("plans"))
        for p, plan in self.items(fam.get("plans"), f"{path}.plans"):
            if not self.plan(plan, p, members, goals):
                goals = None
        for p, session in self.items(fam.get("sessions"), f"{path}.sessions"):
            self.session(session, p, members, professionals, goals)
        for p, meas in self.items(fam.get("measurements"), f"{path}.measurements"):
            self.measurement(meas, p, members)

    def member(self, member: object, path: str) -> str | None:
        if not self.obj(member, path, schema.MEMBER):
            return None
        assert isinstance(member, dict)
        uid = self.uid(member, path, "member")
        cpr = member.get("cpr")
        if cpr is not None and "cpr" in member:
            if type(cpr) is not str:
                self.err(f"{path}.cpr", f"expected text or null, got {describe(cpr)}")
            else:
                try:  # stored as written: only the normal form DDMMYY-NNNN
                    parse_cpr(cpr)
                except ValueError as exc:
                    self.err(f"{path}.cpr", str(exc))
        placement = member.get("placement")
        values = _parsed(member)
        before = len(self.errors)
        if placement is not None:
            if not self.obj(placement, f"{path}.placement", schema.PLACEMENT):
                return uid
            assert isinstance(placement, dict)
            values["placement"] = _parsed(placement)
        middle = len(self.errors)
        self.rules(path, rules.check_member(values, today=self.today))
        # In document order: the member's own fields come before its placement.
        self.errors[before:] = self.errors[middle:] + self.errors[before:middle]
        if self.version >= 2:
            role = member.get("role")
            current = values.get("placement")
            birth = rules.member_birth_date(values)
            for p, conversation in self.items(member.get("conversations"), f"{path}.conversations"):
                self.conversation(conversation, p, role, birth)
            for p, match in self.items(member.get("matches"), f"{path}.matches"):
                self.match(match, p, role, current if isinstance(current, dict) else None)
        return uid

    def conversation(
        self, conversation: object, path: str, role: object, birth: date | None
    ) -> None:
        if not self.obj(conversation, path, schema.CONVERSATION):
            return
        assert isinstance(conversation, dict)
        self.uid(conversation, path, "conversation")
        self.rules(path, rules.check_conversation(
            _parsed(conversation), role=role if isinstance(role, str) else None,
            today=self.today, birth=birth,
        ))

    def match(
        self, match: object, path: str, role: object, placement: dict[str, Any] | None
    ) -> None:
        """A child's match: its parts' shapes, its sites (checked at the end), its rules."""
        if not self.obj(match, path, schema.MATCH):
            return
        assert isinstance(match, dict)
        self.uid(match, path, "match")
        values = _parsed(match)
        needs = match.get("needs")
        if "needs" in match and type(needs) is not dict:
            self.err(f"{path}.needs",
                     f"expected an object of ICS dimension: text, got {describe(needs)}")
            values["needs"] = {}
        elif type(needs) is dict:
            for key, text in needs.items():
                if type(text) is not str:
                    self.err(key_path(f"{path}.needs", key), f"expected text, got {describe(text)}")
        candidates = []
        for p, candidate in self.items(match.get("candidates"), f"{path}.candidates"):
            if self.obj(candidate, p, schema.CANDIDATE):
                assert isinstance(candidate, dict)
                candidates.append(candidate)
                site = candidate.get("site_uid")
                if isinstance(site, str) and check_uid(site) is None:
                    self.site_refs.append((f"{p}.site_uid", site))
        values["candidates"] = candidates
        chosen = match.get("chosen_site_uid")
        if type(chosen) is str and check_uid(chosen) is None:
            self.site_refs.append((f"{path}.chosen_site_uid", chosen))
        follow_ups = []
        for p, follow_up in self.items(match.get("follow_ups"), f"{path}.follow_ups"):
            if self.obj(follow_up, p, schema.FOLLOW_UP):
                assert isinstance(follow_up, dict)
                follow_ups.append(_parsed(follow_up))
        values["follow_ups"] = follow_ups
        breakdown = match.get("breakdown")
        if breakdown is not None and "breakdown" in match:
            values["breakdown"] = (
                _parsed(breakdown)
                if self.obj(breakdown, f"{path}.breakdown", schema.BREAKDOWN)
                and isinstance(breakdown, dict)
                else None
            )
        self.rules(path, rules.check_match(
            values, role=role if isinstance(role, str) else None, today=self.today
        ))
        if values.get("status") == "placed" and values.get("placed_on") is not None:
            self.placed.append((path, values, placement))
        return

    def professional(
        self, prof: object, path: str, family_index: int, in_family: set[str]
    ) -> str | None:
        if not self.obj(prof, path, schema.PROFESSIONAL):
            return None
        assert isinstance(prof, dict)
        self.rules(path, rules.check_professional(prof))
        uid = prof.get("uid")
        if type(uid) is not str or not _UID_RE.fullmatch(uid):
            return None
        fields = tuple(prof.get(k) for k in PROFESSIONAL_FIELDS)
        seen = self.professionals.get(uid)
        if seen is None:
            if uid not in self.uids:
                self.professionals[uid] = (fields, family_index)
                self.professional_objects.append((path, prof))
            self.uid(prof, path, "professional")
        elif uid in in_family:
            self.err(f"{path}.uid", f"professional {uid} is listed twice in this family")
        elif seen[0] != fields:
            first_path = self.uids[uid][0]
            differing = [
                k for k, a, b in zip(PROFESSIONAL_FIELDS, seen[0], fields, strict=True) if a != b
            ]
            self.err(
                f"{path}.uid",
                f"professional {uid} is shared with {first_path} but its "
                f"{', '.join(differing)} differ; a shared collaborator must be identical",
            )
        return uid

    def plan(
        self, plan: object, path: str, members: set[str] | None, family_goals: set[str] | None
    ) -> bool:
        """Check one plan; False when its goals could not all be read."""
        if not self.obj(plan, path, schema.PLAN):
            return False
        assert isinstance(plan, dict)
        self.uid(plan, path, "plan")
        self.uid_list(
            plan.get("member_uids"), f"{path}.member_uids", members, "a member of this family"
        )
        plan_goals = (
            [g for g in plan.get("goals") or [] if type(g) is dict]
            if type(plan.get("goals")) is list
            else []
        )
        values = _parsed(plan)
        self.rules(path, rules.check_plan(values, plan_goals))
        if plan.get("status") in ("agreed", "completed") and plan.get("agreed_on", 0) is None:
            self.err(
                f"{path}.agreed_on",
                f"a plan with status {plan['status']} needs the date it was agreed",
            )
        goals = _known(plan.get("goals"))
        for p, goal in self.items(plan.get("goals"), f"{path}.goals"):
            uid = self.goal(goal, p)
            if uid is None:
                goals = None
            elif goals is not None:
                goals.add(uid)
        if family_goals is not None and goals is not None:
            family_goals |= goals
        for p, review in self.items(plan.get("reviews"), f"{path}.reviews"):
            if not self.obj(review, p, schema.REVIEW):
                continue
            assert isinstance(review, dict)
            self.uid(review, p, "review")
            if "goal_scores" in review:
                self.goal_scores(review["goal_scores"], f"{p}.goal_scores", goals)
            review_values = _parsed(review)
            if type(review.get("goal_scores")) is not dict:
                review_values["goal_scores"] = {}
            self.rules(
                p,
                rules.check_review(review_values, plan_goals, agreed_on=values.get("agreed_on")),
            )
        return goals is not None

    def goal(self, goal: object, path: str) -> str | None:
        if not self.obj(goal, path, schema.GOAL):
            return None
        assert isinstance(goal, dict)
        uid = self.uid(goal, path, "goal")
        self.rules(path, rules.check_goal(_parsed(goal)))
        for sp, step in self.items(goal.get("steps"), f"{path}.steps"):
            if self.obj(step, sp, schema.STEP):
                assert isinstance(step, dict)
                self.uid(step, sp, "step")
                self.rules(sp, rules.check_step(_parsed(step)))
        return uid

    def goal_scores(self, scores: object, path: str, goals: set[str] | None) -> None:
        if type(scores) is not dict:
            self.err(path, f"expected an object of goal uid: score 0-10, got {describe(scores)}")
            return
        check = int_range(v.SCALE_MIN, v.SCALE_MAX)
        for key, score in scores.items():
            p = key_path(path, key)
            problem = check_uid(key)
            if problem is not None:
                self.err(p, problem)
                continue
            if goals is not None and key not in goals:
                self.err(p, f"{key} is not a goal of this plan")
            found = check(score)
            if found is not None:
                self.err(p, found)

    def session(
        self,
        session: object,
        path: str,
        members: set[str] | None,
        professionals: set[str] | None,
        goals: set[str] | None,
    ) -> None:
        if not self.obj(session, path, schema.SESSION):
            return
        assert isinstance(session, dict)
        self.uid(session, path, "session")
        get = session.get
        self.uid_list(get("member_uids"), f"{path}.member_uids", members, "a member of this family")
        self.uid_list(
            get("professional_uids"),
            f"{path}.professional_uids",
            professionals,
            "a professional of this family",
        )
        self.uid_list(get("goal_uids"), f"{path}.goal_uids", goals, "a goal of this family's plans")
        finalized = parse_time(get("finalized_at"))
        self.rules(path, rules.check_session(_parsed(session)))
        if self.version >= 2 and "concern_details" in session:
            self.concern_details(get("concern_details"), f"{path}.concern_details", get("concern"))
        addenda = get("addenda")
        if type(addenda) is list and addenda and get("finalized_at", 0) is None:
            self.err(
                f"{path}.addenda",
                "a session that is not finalized cannot have addenda; edit the note instead",
            )
        for p, addendum in self.items(addenda, f"{path}.addenda"):
            if not self.obj(addendum, p, schema.ADDENDUM):
                continue
            assert isinstance(addendum, dict)
            self.rules(p, rules.check_addendum(_parsed(addendum)))
            at = parse_time(addendum.get("at"))
            if at and finalized and at < finalized:
                self.err(
                    f"{p}.at",
                    f"written {addendum['at']}, before the note was finalized "
                    f"({get('finalized_at')})",
                )

    def concern_details(self, details: object, path: str, concern: object) -> None:
        """Present exactly when ``concern`` is true: what it was, and who was told."""
        if concern is False and details is not None:
            self.err(path, "must be null when concern is false")
            return
        if concern is True and details is None:
            self.err(path, "a session with a concern needs its details (what, who was told)")
            return
        if details is None or not self.obj(details, path, schema.CONCERN_DETAILS):
            return
        assert isinstance(details, dict)
        for p, told in self.items(details.get("told"), f"{path}.told"):
            self.obj(told, p, schema.CONCERN_NOTICE)

    def measurement(self, meas: object, path: str, members: set[str] | None) -> None:
        if not self.obj(meas, path, schema.MEASUREMENT):
            return
        assert isinstance(meas, dict)
        self.uid(meas, path, "measurement")
        member = meas.get("member_uid")
        if check_uid(member) is None and members is not None and member not in members:
            self.err(f"{path}.member_uid", f"{member} is not a member of this family")
        if "score" not in meas:
            return
        self.rules(path, rules.check_measurement(_parsed(meas), today=self.today))


#: Fields holding a date or a time, by the name they have in every object.
_DATE_KEYS = frozenset(
    {
        "start_date",
        "end_date",
        "birth_date",
        "since",
        "created_on",
        "agreed_on",
        "next_review",
        "target_date",
        "due_date",
        "date",
        "decided_on",
        "placed_on",
    }
)
_TIME_KEYS = frozenset({"start", "finalized_at", "at"})


def _parsed(obj: dict[str, Any]) -> dict[str, Any]:
    """``obj`` with its dates and times as Python values, for core's rules.

    A date or time that does not parse becomes None: its form is reported by
    the structure check already.
    """
    out = dict(obj)
    for key in _DATE_KEYS.intersection(obj):
        out[key] = parse_date(obj[key])
    for key in _TIME_KEYS.intersection(obj):
        out[key] = parse_time(obj[key])
    return out


def check_document(doc: object) -> tuple[list[InterchangeError], dict[str, tuple[str, str]]]:
    """All problems, and each uid's (path, entity) — for import's collision check."""
    walk = Walk()
    try:
        walk.document(doc)
        walk.finish()
    except Exception as exc:  # never raise for bad input; a bug here shows as a problem
        walk.err(
            "$",
            f"internal error while checking the document ({type(exc).__name__}); "
            "please report this file's shape",
        )
    return walk.errors, walk.uids


def validate_document(doc: object) -> list[InterchangeError]:
    """Every problem in ``doc`` (empty when it is a valid famdesk document)."""
    return check_document(doc)[0]


def parse_document(data: str | bytes) -> dict[str, Any]:
    """Read JSON text; a syntax error or a key given twice is an ``InterchangeError``.

    Only syntax is checked here: pass the result to ``validate_document``.
    NaN and Infinity are not JSON and are refused.
    """
    from famdesk.core.interchange_json import loads

    doc = loads(data)
    if not isinstance(doc, dict):
        raise InterchangeError(
            "$", f"expected a famdesk document (a JSON object), got {describe(doc)}"
        )
    return doc
