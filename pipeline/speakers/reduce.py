"""One row per speaker, reduced from the rows in one pass, article by article: the state is one small
record per speaker (counts, the first and last dates, a few name forms and roles), none per article, so
memory stays flat in the number of articles. An article's rows come together (the tables are written article
by article), so "in how many articles" needs only the last article seen."""

from __future__ import annotations

from collections import Counter

from .article import with_surname
from .lexicon import titles
from .names import BODY_TYPES, bare_mention, gender_in_text, gender_of_first_name, key, strip_title
from .registry import base

MAX_FORMS = 8  # name forms and roles kept per speaker (the most frequent win)


class Speaker:
    __slots__ = (
        "names",
        "other_names",
        "types",
        "roles",
        "genders",
        "n_articles",
        "last_doc",
        "outlets",
        "n_statements",
        "n_figures",
        "first",
        "last",
        "order",
    )

    def __init__(self, order: int):
        self.names, self.types, self.roles, self.genders = Counter(), Counter(), Counter(), Counter()
        self.other_names = Counter()  # full names from rows that point to the speaker ("elle" -> its name)
        self.n_articles, self.last_doc, self.outlets = 0, None, set()
        self.n_statements = self.n_figures = 0
        self.first = self.last = None
        self.order = order

    @property
    def __dict__(self):  # the record's fields, for a look at its size
        return {s: getattr(self, s) for s in self.__slots__}


def _count(counter: Counter, value: str) -> None:
    counter[value] += 1
    if len(counter) > 4 * MAX_FORMS:  # keep the most frequent only
        for v, _ in counter.most_common()[MAX_FORMS:]:
            del counter[v]


class Speakers:
    """The reduction: ``add`` each article's rows (``{"articles": [...], "sources": [...], "statements":
    [...]}``, as the tables hold them), then ``speaker_rows``."""

    def __init__(self):
        self.state: dict[str, Speaker] = {}

    def _get(self, k: str) -> Speaker:
        if k not in self.state:
            self.state[k] = Speaker(len(self.state))
        return self.state[k]

    def add(self, tables: dict[str, list[dict]]) -> None:
        article = (tables.get("articles") or [{}])[0]
        published = (article.get("published") or "")[:10] or None
        outlet = article.get("outlet")
        for r in tables.get("sources", []):
            k = r.get("speaker_key")
            if not k:
                continue
            s = self._get(k)
            if s.last_doc != r["doc_id"]:
                s.last_doc = r["doc_id"]
                s.n_articles += 1
                if outlet:
                    s.outlets.add(outlet)
                if published:
                    s.first = min(s.first or published, published)
                    s.last = max(s.last or published, published)
            name, type_ = r.get("name"), r.get("source_type")
            if name and not bare_mention(r.get("mention")) and k.startswith(("person:", "org:")):
                name = _display(name, r.get("mention"), k)
                if name:
                    _count(s.names, name)
            elif not s.names and r.get("source_name") and k.startswith(("person:", "org:")):
                name = _display(r["source_name"], None, k)
                if name:
                    _count(s.other_names, name)
            if type_:
                _count(s.types, type_)
            role = r.get("role")
            if role and role not in titles() and not bare_mention(r.get("mention")):
                _count(s.roles, role)
            g = gender_in_text(r.get("mention"))
            if g:
                s.genders[g] += 1
        for r in tables.get("statements", []):
            k = r.get("speaker_key")
            if k:
                s = self._get(k)
                s.n_statements += 1
                s.n_figures += r.get("n_figures") or 0


def _display(name: str, mention: str | None, k: str) -> str | None:
    """The name as a display form of speaker ``k``, or None when it is another form (a short one): a
    person's surname in capitals in title case ("Catherine VAUTRIN" -> "Catherine Vautrin")."""
    if k.startswith("person:"):
        name = with_surname(strip_title(name), mention)
        name = " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in name.split())
        return name if key(name, "person") == base(k) else None  # namesakes: "Thomas Roux" for both
    return name if key(name, "organisation") == k else None


def _type(k: str, s: Speaker) -> str:
    if k.startswith("person:"):
        return "person"
    if k.startswith("org:"):
        bodies = [t for t, _ in s.types.most_common() if t in BODY_TYPES and t != "document"]
        return (
            bodies[0]
            if bodies
            else next((t for t, _ in s.types.most_common() if t in BODY_TYPES), "organisation")
        )
    return k.split("#")[-1].split(":")[0]  # an article's own: doc_id#type:label


def _gender(name: str, s: Speaker) -> str:
    """From the article's text first (titles, agreement, pronouns): one gender, or one at least three times
    as often as the other; else the first name's; else unknown."""
    f, m = s.genders["female"], s.genders["male"]
    if f and (not m or f >= 3 * m):
        return "female"
    if m and (not f or m >= 3 * f):
        return "male"
    if f or m:
        return "unknown"
    return gender_of_first_name(name) or "unknown"


def speaker_rows(speakers: Speakers) -> list[dict]:
    """The speakers table: most statements first, then most figures, then by key."""
    rows = []
    for k, s in speakers.state.items():
        if k.startswith(("person:", "org:")):
            forms = s.names or s.other_names
            name = forms.most_common(1)[0][0] if forms else k.split(":", 1)[1]
        else:
            name = s.names.most_common(1)[0][0] if s.names else _local_name(k, s)
        type_ = _type(k, s)
        rows.append(
            {
                "speaker_key": k,
                "name": name,
                "type": type_,
                "gender": _gender(name, s) if type_ == "person" else None,
                "roles": "; ".join(_roles(s.roles)) or None,
                "n_articles": s.n_articles,
                "n_outlets": len(s.outlets),
                "n_statements": s.n_statements,
                "n_figures": s.n_figures,
                "first_published": s.first,
                "last_published": s.last,
            }
        )
    rows.sort(key=lambda r: (-r["n_statements"], -r["n_figures"], r["speaker_key"]))
    return rows


def _roles(roles: Counter) -> list[str]:
    """The roles seen, most frequent first, without one a longer role says ("ministre" beside "ministre de
    la Santé")."""
    seen = [r for r, _ in roles.most_common(MAX_FORMS)]
    return [r for r in seen if not any(o.lower().startswith(r.lower() + " ") for o in seen)]


def _local_name(k: str, s: Speaker) -> str:
    """An unnamed speaker of one article: its role as written (``roles``), else the label of its key."""
    return s.roles.most_common(1)[0][0] if s.roles else k.split(":", 1)[1]
