"""The one definition of every output table: columns, types, meanings, examples.

Writers, the README and the tests read the tables from here; nothing else lists columns.
Types are the pandas dtypes the writers use: "string", "Int64" (nullable int), "Float64", "boolean".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str
    meaning: str
    example: str


@dataclass(frozen=True)
class Table:
    name: str
    meaning: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"


def _c(name: str, dtype: str, meaning: str, example: str) -> Column:
    return Column(name, dtype, meaning, example)


DOC_ID = _c(
    "doc_id",
    "string",
    "The article's id: its `id` field, else its path relative to the input root "
    "(plus `:N` for the Nth record of a JSON/JSONL file).",
    "seeds/000_92f71f5ba4efbf6c.txt",
)
SENT_ID = _c("sent_id", "Int64", "Index of the sentence (0-based) in the article.", "3")
START = _c(
    "start_char", "Int64", "Start offset (0-based, in characters) into the article text as read.", "491"
)
END = _c("end_char", "Int64", "End offset (exclusive) into the article text as read.", "500")
SOURCE_KEY = _c(
    "source_key",
    "string",
    "The `source_key` (in sources.csv) of the attribution whose content holds this span, innermost first; "
    "empty when unattributed. Unique in the run: join on it.",
    "seeds/000_92f71f5ba4efbf6c.txt#s1",
)
SOURCE_NAME = _c(
    "source_name",
    "string",
    "Who the attribution names: the source's proper name, or the named speaker its pronoun, 'qui' or "
    "possessive stands for in the article, else its role, else the mention.",
    "NHK World",
)
SOURCE_TYPE = _c(
    "source_type",
    "string",
    "person, organisation, media, government, document or anonymous.",
    "media",
)
SOURCE_COLUMNS = (SOURCE_KEY, SOURCE_NAME, SOURCE_TYPE)
SPEAKER_KEY = _c(
    "speaker_key",
    "string",
    "Who speaks, one key per person or body across the run (its `speaker_key` in speakers.csv): a pronoun, "
    '"qui", a possessive, a description ("le ministre") or a short form ("M. Klein") keyed as the '
    "named speaker it refers to in the article; `person:` or `org:` and the name without title, accents or "
    "case. A speaker the article does not name has a key of its article only (`doc_id#type:role`); empty for "
    "a pronoun nothing names.",
    "person:mathieu klein",
)


def _key(name: str, letter: str, example: int) -> Column:
    return _c(
        name,
        "string",
        f"Unique in the run: `doc_id#{letter}N`, N the row's index in its article. Join on it.",
        f"seeds/000_92f71f5ba4efbf6c.txt#{letter}{example}",
    )


HEDGED = _c(
    "hedged",
    "boolean",
    'True when the clause is in the conditional or carries a hedge ("auraient participé", "présumé").',
    "False",
)

SPAN_COLUMNS = (SENT_ID, START, END)

COUNTED = ("entities", "figures", "dates", "sources", "statements")

ARTICLES = Table(
    "articles",
    "One row per article processed.",
    (
        DOC_ID,
        _c(
            "path",
            "string",
            "The file the article was read from, relative to the input root.",
            "seeds/000.txt",
        ),
        _c(
            "title",
            "string",
            "Title: front matter `title:`, the JSON `title`, the HTML title, or the first line "
            "when it stands apart.",
            "La Corée du Nord est-elle devenue ... ?",
        ),
        _c(
            "published",
            "string",
            "Publication date or datetime (ISO 8601) as given; relative dates resolve against it.",
            "2025-06-12",
        ),
        _c("url", "string", "The article's URL when known.", "https://example.org/a.html"),
        _c("outlet", "string", "The outlet that published the article (its `source` field).", "Géo"),
        _c("n_chars", "Int64", "Length of the text in characters.", "2545"),
        _c("n_tokens", "Int64", "Number of spaCy tokens.", "512"),
        _c("n_sentences", "Int64", "Number of sentences.", "18"),
        *(
            _c(f"n_{name}", "Int64", f"Number of rows for this article in {name}.csv.", "12")
            for name in COUNTED
        ),
    ),
)

ENTITIES = Table(
    "entities",
    "Named entities: people, organisations, places, other names.",
    (
        DOC_ID,
        _key("entity_key", "e", 7),
        _c("ent_id", "Int64", "Index of the entity in the article (0-based, text order).", "7"),
        *SPAN_COLUMNS,
        _c("text", "string", "The mention as written.", "Choïgou"),
        _c("label", "string", "PER, ORG, LOC or MISC.", "PER"),
        _c(
            "norm",
            "string",
            "Canonical form shared by the mentions of one entity in the article (the longest full mention).",
            "Sergueï Choïgou",
        ),
    ),
)

FIGURES = Table(
    "figures",
    "Every number that counts or measures something, normalised.",
    (
        DOC_ID,
        _key("figure_key", "f", 0),
        _c("fig_id", "Int64", "Index of the figure in the article (0-based, text order).", "0"),
        *SPAN_COLUMNS,
        _c(
            "text",
            "string",
            "The number phrase as written (number, multiplier, attached unit symbol).",
            "2 000 à 5 000",
        ),
        _c("value", "Float64", "The value; empty for a range or a vague magnitude.", "25000.0"),
        _c(
            "low",
            "Float64",
            "Lower bound (equals value for an exact figure; empty when open below).",
            "2000.0",
        ),
        _c(
            "high",
            "Float64",
            "Upper bound (equals value for an exact figure; empty when open above).",
            "5000.0",
        ),
        _c("qualifier", "string", "approx, more_than, less_than, at_least, at_most, or empty.", "approx"),
        _c("unit", "string", "What is counted or the unit, as a lower-case lemma.", "travailleur"),
        _c("per", "string", 'For a rate, the period or base ("par mois" -> mois).', "mois"),
        _c("kind", "string", "count, money, percent, measure or age.", "count"),
        _c(
            "in_title",
            "boolean",
            "True in the article's title (which repeats the lead's figures): filter them out to count once.",
            "False",
        ),
        *SOURCE_COLUMNS,
        HEDGED,
    ),
)

DATES = Table(
    "dates",
    "Temporal expressions (TimeML TIMEX3), normalised and resolved.",
    (
        DOC_ID,
        _key("date_key", "d", 2),
        _c("date_id", "Int64", "Index of the expression in the article (0-based, text order).", "2"),
        *SPAN_COLUMNS,
        _c("text", "string", "The expression as written, without its preposition.", "Fin 2024"),
        _c("type", "string", "DATE, TIME, DURATION or SET.", "DATE"),
        _c(
            "value",
            "string",
            "TIMEX3 value (ISO 8601 style: 2024-06, P3M, PXM, PRESENT_REF, XXXX-06).",
            "2024",
        ),
        _c("mod", "string", "TIMEX3 mod: START, MID, END, APPROX, ... or empty.", "END"),
        _c("bound", "string", "since, from, until or between when a preposition bounds an interval.", "from"),
        _c(
            "period_start",
            "string",
            "First day (or minute) the expression covers, ISO 8601, inclusive.",
            "2024-09-01",
        ),
        _c(
            "period_end",
            "string",
            "Last day (or minute) the expression covers, ISO 8601, inclusive.",
            "2024-12-31",
        ),
        _c(
            "anchor",
            "string",
            "What a relative expression was resolved against: `published` (the "
            "publication date) or `unresolved` (no publication date); empty for absolute ones.",
            "published",
        ),
        *SOURCE_COLUMNS,
        HEDGED,
    ),
)

SOURCES = Table(
    "sources",
    "Attributions: who says what, through which cue.",
    (
        DOC_ID,
        _key("source_key", "s", 0),
        _c("source_id", "Int64", "Index of the attribution in the article (0-based, text order).", "0"),
        SENT_ID,
        _c(
            "cue_kind",
            "string",
            "selon (selon, d'après, de source ...), verb (reporting verb) or quote.",
            "selon",
        ),
        _c("cue", "string", "The cue as written.", "Selon"),
        _c("cue_start_char", "Int64", "Start offset of the cue.", "1902"),
        _c("cue_end_char", "Int64", "End offset of the cue.", "1907"),
        _c("start_char", "Int64", "Start offset of the source mention (empty when none is stated).", "1908"),
        _c("end_char", "Int64", "End offset of the source mention.", "1990"),
        _c(
            "mention",
            "string",
            "The whole source mention.",
            "le ministre russe de la Défense Sergueï Choïgou",
        ),
        SOURCE_NAME,
        _c("name", "string", "The proper name inside or referred to by the mention.", "Sergueï Choïgou"),
        _c("name_label", "string", "The entity label of the name (PER, ORG, ...).", "PER"),
        _c("role", "string", "The role or descriptor in the mention.", "ministre russe de la Défense"),
        SOURCE_TYPE,
        SPEAKER_KEY,
        _c("relayed_by", "string", "A second source that relayed the information.", "Géo"),
        _c("content_start_char", "Int64", "Start offset of what is attributed.", "1992"),
        _c("content_end_char", "Int64", "End offset of what is attributed.", "2140"),
        HEDGED,
    ),
)

STATEMENTS = Table(
    "statements",
    "Who said what, how sure: one row per attribution (what it covers, its source, its cue, its hedging, the "
    "figures and dates it holds), and one per hedged sentence that no attribution covers (the article's own "
    "voice, empty source).",
    (
        DOC_ID,
        _key("statement_key", "t", 3),
        _c("statement_id", "Int64", "Index of the statement in the article (0-based, text order).", "3"),
        SENT_ID,
        _c(
            "start_char",
            "Int64",
            "Start offset of the statement: what is attributed, or the sentence.",
            "1992",
        ),
        _c("end_char", "Int64", "End offset of the statement.", "2140"),
        _c(
            "text",
            "string",
            "The statement as written.",
            "près de 5 000 travailleurs nord-coréens œuvrent ...",
        ),
        *SOURCE_COLUMNS,
        SPEAKER_KEY,
        _c("source_role", "string", "The source's role or descriptor.", "ministre russe de la Défense"),
        _c("cue", "string", "The cue as written (selon, a déclaré, «).", "Selon"),
        _c("cue_kind", "string", "selon, verb or quote; empty for the article's own voice.", "selon"),
        _c(
            "speech",
            "string",
            "direct (the source's words, in quotation marks) or indirect (reported); empty for the "
            "article's own voice.",
            "indirect",
        ),
        HEDGED,
        _c(
            "hedge_reason",
            "string",
            "Why it is hedged, `;`-separated: unnamed source (selon des informations), conditional "
            "(aurait, serait), hedge word (présumé), hedge verb (il semble), hedge phrase (sans doute).",
            "conditional",
        ),
        _c("n_figures", "Int64", "Figures attributed to this statement (or in the sentence).", "2"),
        _c("n_dates", "Int64", "Dates attributed to this statement (or in the sentence).", "0"),
        _c("fig_ids", "string", "Their `fig_id`s, space-separated.", "3 4"),
        _c("date_ids", "string", "Their `date_id`s, space-separated.", "1"),
    ),
)

ERRORS = Table(
    "errors",
    "Every input record that could not be processed, and why.",
    (
        _c("path", "string", "The file, relative to the input root.", "data/broken.jsonl"),
        _c(
            "record",
            "Int64",
            "The record's position in the file (1-based line or list index), empty for a whole file.",
            "3",
        ),
        _c("stage", "string", "read (decoding, parsing, validation) or process (the NLP pipeline).", "read"),
        _c("component", "string", "For stage process: the pipeline component that failed.", "news_sources"),
        _c("error", "string", "Error class.", "MissingText"),
        _c("message", "string", "What went wrong, in one line.", "record has no text field"),
    ),
)

SPEAKERS = Table(
    "speakers",
    "Who is quoted: one row per speaker across the run (reduced from sources.csv, statements.csv and "
    "articles.csv once every article is done), most statements first.",
    (
        _c("speaker_key", "string", "The speaker's key, as in sources.csv and statements.csv.", "org:cgt"),
        _c(
            "name",
            "string",
            'Display name: the full name as most often written (never a pronoun, "qui" or a bare role when '
            "an article names the speaker); for a speaker no article names, its role or mention.",
            "Mathieu Klein",
        ),
        _c("type", "string", "person, organisation, government, media, document or anonymous.", "person"),
        _c(
            "gender",
            "string",
            'For a person: female or male when the articles mark it (a title "Mme", agreement "la ministre", '
            '"elle"), else from the first name (models/speakers/first_names.tsv), else unknown; empty for '
            "others.",
            "male",
        ),
        _c("roles", "string", "The roles seen, most frequent first, `; `-separated.", "maire de Nancy"),
        _c("n_articles", "Int64", "Articles quoting the speaker.", "3"),
        _c("n_outlets", "Int64", "Outlets (articles' `outlet`) quoting the speaker.", "2"),
        _c("n_statements", "Int64", "Statements (attributions) made by the speaker.", "7"),
        _c("n_figures", "Int64", "Figures the speaker is the source of.", "4"),
        _c("first_published", "string", "Publication date of the first article quoting them.", "2025-01-02"),
        _c("last_published", "string", "Publication date of the last article quoting them.", "2025-03-11"),
    ),
)

TABLES: dict[str, Table] = {
    t.name: t for t in (ARTICLES, ENTITIES, FIGURES, DATES, SOURCES, STATEMENTS, ERRORS)
}
# tables reduced from the others once every article is done (not written article by article)
RUN_TABLES: dict[str, Table] = {SPEAKERS.name: SPEAKERS}
ALL_TABLES: dict[str, Table] = {**TABLES, **RUN_TABLES}


def markdown() -> str:
    """The schema as Markdown tables, for the README (``pipeline schema``)."""
    out = []
    for t in ALL_TABLES.values():
        out += [
            f"#### `{t.name}.csv`",
            "",
            t.meaning,
            "",
            "| column | type | meaning | example |",
            "|---|---|---|---|",
        ]
        out += [f"| `{c.name}` | {c.dtype} | {c.meaning} | `{c.example}` |" for c in t.columns]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
