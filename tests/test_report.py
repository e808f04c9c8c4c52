"""The report (issue 16): values as people read them, the article view, the figure groups measured on our
clusters, and the report opened in a real browser (headless Debian chromium through selenium)."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import time
from itertools import combinations
from pathlib import Path

import pytest
from markupsafe import Markup

from pipeline.report import values
from pipeline.report.article import Mark, blocks, render

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CLUSTERS = ROOT / "tests" / "data" / "report" / "clusters.jsonl"
ARTIFACTS = ROOT / "build" / "test-artifacts" / "report"
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
NBSP = "\u00a0"

# --- values as people read them ----------------------------------------------------------------------------

FIGURES = [  # (value, low, high, qualifier, unit, per) -> reads
    ((25000.0, 25000.0, 25000.0, None, "travailleur", None), "25 000 travailleurs"),
    ((25000.0, 25000.0, 25000.0, "approx", "travailleur", None), "environ 25 000 travailleurs"),
    ((None, 2000.0, 5000.0, None, "drone", "mois"), "entre 2 000 et 5 000 drones par mois"),
    ((412.5e6, 412.5e6, 412.5e6, None, "euro", None), "412,5 millions d'euros"),
    ((1.2e6, 1.2e6, 1.2e6, None, "euro", None), "1,2 million d'euros"),
    ((3.2, 3.2, 3.2, None, "%", None), "3,2 %"),
    ((300.0, 300.0, None, "more_than", "habitation", None), "plus de 300 habitations"),
    ((None, 2e6, None, "approx", "obus", None), "au moins 2 millions d'obus"),  # no text: its bound
    ((42.195, 42.195, 42.195, None, "km", None), "42,195 km"),
    ((1700.0, 1700.0, 1700.0, "approx", "euro", "habitant"), "environ 1 700 euros par habitant"),
    ((1.0, 1.0, 1.0, None, "cheval", None), "1 cheval"),
    ((3.0, 3.0, 3.0, None, "cheval", None), "3 chevaux"),
    # issue 23: a share (kind percent, a unit other than "%") as a part of a whole, a factor in "fois", a
    # vague magnitude in its own words
    ((1 / 3, 1 / 3, 1 / 3, None, "tgv", None, "percent", "un TGV sur trois"), "1 tgv sur 3"),
    ((0.2, 0.2, 0.2, None, "français", None, "percent", "Un Français sur cinq"), "1 français sur 5"),
    ((0.2, 0.2, 0.2, None, None, None, "percent", "Deux sur dix"), "1 sur 5"),
    (
        (0.6, 0.6, 0.6, "approx", "salarié", None, "percent", "six salariés sur dix"),
        "environ 3 salariés sur 5",
    ),
    (
        (0.1, 0.1, None, "more_than", "patient", None, "percent", "un patient sur 10"),
        "plus de 1 patient sur 10",
    ),
    (
        (1e-4, None, 1e-4, "less_than", "patient", None, "percent", "un patient sur 10 000"),
        "moins de 1 patient sur 10 000",
    ),
    ((0.75, 0.75, 0.75, None, "fois", None, "percent", "Trois fois sur quatre"), "3 fois sur 4"),
    ((0.75, 0.75, 0.75, None, None, None, "percent", "3/4"), "3 sur 4"),
    ((0.7, 0.7, 0.7, None, None, None, "percent", "14/20"), "7 sur 10"),
    ((169 / 176, 169 / 176, 169 / 176, None, None, None, "percent", "169/176"), "169 sur 176"),
    ((0.4142, 0.4142, 0.4142, None, "foyer", None, "percent", None), "41,42 % des foyers"),
    ((None, 0.01, 0.1, None, None, None, "percent", "1/100 à < 1/10"), "entre 1 sur 100 et 1 sur 10"),
    ((12.5, 12.5, 12.5, None, "%", None, "percent", "12,5 %"), "12,5 %"),
    ((3.0, 3.0, 3.0, None, "fois", None, "count", "trois"), "3 fois"),
    ((1.0, 1.0, 1.0, None, "fois", None, "count", "une"), "1 fois"),
    ((2.5, 2.5, 2.5, None, "fois", None, "count", "2,5"), "2,5 fois"),
    ((None, 10.0, None, "more_than", "fois", None, "count", "plus de dix"), "plus de 10 fois"),
    ((None, 2.0, 3.0, None, "fois", None, "count", "deux ou trois"), "entre 2 et 3 fois"),
    ((None, 2e6, None, "approx", "obus", None, "count", "des millions"), "des millions d'obus"),
    ((None, 2000.0, None, "approx", "réfugié", None, "count", "Des milliers"), "des milliers de réfugiés"),
    (
        (None, 20000.0, None, "approx", None, None, "count", "Des dizaines de milliers"),
        "des dizaines de milliers",
    ),
    ((None, 200.0, None, "approx", "personne", None, "count", "des centaines"), "des centaines de personnes"),
    ((None, 300.0, None, "more_than", "habitation", None, "count", "plus de 300"), "plus de 300 habitations"),
]


@pytest.mark.parametrize("args, reads", FIGURES, ids=[r for _, r in FIGURES])
def test_figure_reads(args, reads):
    assert values.figure(*args).replace(NBSP, " ") == reads


@pytest.mark.parametrize(
    "start, end, reads",
    [
        ("2024-09-01", "2024-12-31", "2024-09-01 → 2024-12-31"),
        ("2024-03-02", "2024-03-02", "2024-03-02"),
        ("2024-10-20T06:00", "2024-10-20T11:59", "2024-10-20 06:00 → 2024-10-20 11:59"),
    ],
)
def test_period_reads(start, end, reads):
    assert values.period(start, end) == reads


# --- the article view --------------------------------------------------------------------------------------


def test_blocks_title_run_into_first_paragraph():
    text = "Un titre ? Le premier paragraphe.\n\nLe second.\n"
    assert [(text[s:e], k) for s, e, k in blocks(text, "Un titre ?")] == [
        ("Un titre ?", "title"),
        ("Le premier paragraphe.", "p"),
        ("Le second.", "p"),
    ]


def test_marks_nest_and_cross():
    """A source mention holding an entity, a date crossing the entity's end: every tag is closed in order
    and the crossing span is reopened (its second piece has class 'cont'), text unchanged."""
    text = "Selon la chaîne NHK World, 25 000 travailleurs."
    marks = [
        Mark(6, 25, "src", {"data-src": "0"}),
        Mark(16, 25, "ent"),
        Mark(20, 28, "date"),
        Mark(27, 33, "fig", {"id": "fig-0"}, "<b>card</b>"),
    ]
    html = str(render(text, None, marks))
    assert html.count("<mark") == html.count("</mark>")
    assert 'class="date cont"' in html and 'class="fig"' in html and "card" in html
    stripped = Markup(html.replace('<span class="card" role="tooltip"><b>card</b></span>', "")).striptags()
    assert stripped == text


# --- end to end: extract, build the report -----------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    """The seed extracted to tables, then ``pipeline report`` on them (both through the command line)."""
    from pipeline.cli import main

    out = tmp_path_factory.mktemp("report") / "out"
    assert main(["extract", str(SEEDS), "--out", str(out), "--quiet"]) == 0
    assert main(["report", str(out)]) == 0
    return out


@pytest.mark.model
def test_report_files(seed_run):
    report = seed_run / "report"
    assert (report / "index.html").exists() and (report / "static" / "report.css").exists()
    assert (report / "figure_groups.csv").read_text(encoding="utf-8").startswith("group_id,")
    pages = list((report / "articles").glob("*.html"))
    assert len(pages) == 1
    page = pages[0].read_text(encoding="utf-8")
    assert "NHK World" in page and "no source" in page
    assert "entre 2\u00a0000 et 5\u00a0000 drones par mois" in page
    for html in (page, (report / "index.html").read_text(encoding="utf-8")):  # offline: no CDN
        assets = re.findall(r'<(?:script|link|img)[^>]+(?:src|href)="([^"]+)"', html)
        assert assets and not [a for a in assets if "//" in a]


@pytest.mark.model
def test_report_from_texts_jsonl_and_parquet(tmp_path):
    """A run made elsewhere: Parquet tables and texts.jsonl beside them, the inputs gone."""
    from pipeline.cli import main
    from pipeline.readers import read_inputs
    from pipeline.report import build, write_texts

    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    out = tmp_path / "out"
    assert main(["extract", str(src), "--out", str(out), "--format", "parquet", "--quiet"]) == 0
    assert write_texts(read_inputs([src]), out) == 1
    shutil.rmtree(src)
    index = build(out)
    page = next((out / "report" / "articles").glob("*.html")).read_text(encoding="utf-8")
    assert 'class="fig"' in page and "texts.jsonl" in index.read_text(encoding="utf-8")


@pytest.mark.model
def test_show_is_the_article_view(seed_text):
    import pipeline

    doc = pipeline.parse(seed_text)
    html = pipeline.show(doc, jupyter=False)
    assert html.startswith('<div class="pr">') and "<style>" in html and "<p>" in html
    assert html.count('<mark class="fig" id=') == len(doc.spans["figures"]) > 0 and "NHK World" in html


def test_report_without_a_run(tmp_path, capsys):
    from pipeline.cli import main

    assert main(["report", str(tmp_path)]) == 2
    assert "no run in" in capsys.readouterr().err


# --- figure groups, measured on the clusters ---------------------------------------------------------------


def measure_groups(out: Path) -> dict:
    """Pairwise precision/recall of 'same group' over all figure pairs of the clusters, and precision/recall
    of the conflict flag per figure, against the clusters' gold labels."""
    from pipeline.report import data, groups

    gold_of: dict[tuple[str, str], str] = {}
    for line in CLUSTERS.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        for text, label in art["gold"]:
            gold_of[(art["id"], text)] = label
    from pipeline.report.texts import load_texts

    run = data.load(out)
    texts, _ = load_texts(out, [str(CLUSTERS)], {a["doc_id"] for a in run.articles})
    rows = groups.group_figures(run, texts)
    figs = run.figures
    gold = [gold_of.get((f["doc_id"], f["text"]), f"{f['doc_id']}#{f['id']}") for f in figs]
    pred = [f.get("group_id") if f.get("group_id") is not None else f"alone{i}" for i, f in enumerate(figs)]
    things = {}
    for g in gold:
        things.setdefault(g.split("/")[0], set()).add(g)
    gold_conflict = [len(things[g.split("/")[0]]) > 1 for g in gold]
    conflict_groups = {g["group_id"] for g in rows if g["conflict"]}
    pred_conflict = [f.get("group_id") in conflict_groups for f in figs]
    tp = fp = fn = 0
    for i, j in combinations(range(len(figs)), 2):
        same_gold, same_pred = gold[i] == gold[j], pred[i] == pred[j]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    ctp = sum(g and p for g, p in zip(gold_conflict, pred_conflict, strict=True))
    cfp = sum(p and not g for g, p in zip(gold_conflict, pred_conflict, strict=True))
    cfn = sum(g and not p for g, p in zip(gold_conflict, pred_conflict, strict=True))

    def prf(tp, fp, fn):
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return round(p, 3), round(r, 3), round(2 * p * r / (p + r) if p + r else 0.0, 3)

    return {
        "figures": len(figs),
        "pairs": {"tp": tp, "fp": fp, "fn": fn, "prf": prf(tp, fp, fn)},
        "conflicts": {"tp": ctp, "fp": cfp, "fn": cfn, "prf": prf(ctp, cfp, cfn)},
        "missed": sorted({gold[i] for i in range(len(figs)) if gold_conflict[i] and not pred_conflict[i]}),
        "false_conflicts": sorted(
            {gold[i] for i in range(len(figs)) if pred_conflict[i] and not gold_conflict[i]}
        ),
    }


@pytest.mark.model
def test_groups_on_clusters(tmp_path, capsys):
    from pipeline.cli import main

    out = tmp_path / "clusters"
    assert main(["extract", str(CLUSTERS), "--out", str(out), "--quiet"]) == 0
    m = measure_groups(out)
    with capsys.disabled():
        print(f"\nfigure groups on tests/data/report/clusters.jsonl: {json.dumps(m, ensure_ascii=False)}")
    assert m["pairs"]["prf"][2] >= 0.8
    assert m["conflicts"]["prf"][2] >= 0.8


# --- in a real browser -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        pytest.skip(
            "no /usr/bin/chromium or /usr/bin/chromedriver (apt-get install chromium chromium-driver)"
        )
    webdriver = pytest.importorskip(
        "selenium.webdriver", reason="selenium is not installed (pip install .[test])"
    )
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="report-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1280,1400",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def console_errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


@pytest.mark.model
def test_index_lists_the_seed_figures(seed_run, browser, capsys):
    import pandas as pd
    from selenium.webdriver.common.by import By

    started = time.perf_counter()
    browser.get((seed_run / "report" / "index.html").as_uri())
    loaded = time.perf_counter() - started
    nav = browser.execute_script(
        "var t = performance.getEntriesByType('navigation')[0]; return t ? t.loadEventEnd : null;"
    )
    with capsys.disabled():
        print(f"\nindex load: {loaded:.3f} s (webdriver get), loadEventEnd {nav} ms")
    figures = pd.read_csv(seed_run / "figures.csv", dtype=str, keep_default_na=False)
    rows = browser.find_elements(By.CSS_SELECTOR, "#figures tbody tr")
    listed = [r.find_elements(By.TAG_NAME, "td")[1].text for r in rows]
    assert sorted(listed) == sorted(figures["text"].str.replace("\u00a0", " "))
    assert "NHK World" in browser.find_element(By.ID, "figures").text
    # the filter keeps only the matching rows
    box = browser.find_element(By.CSS_SELECTOR, 'input[data-table="figures"]')
    box.send_keys("NHK")
    assert browser.find_element(By.ID, "figures-count").text == "1"
    assert console_errors(browser) == []


@pytest.mark.model
def test_seed_page_shows_the_source_of_25_000(seed_run, browser, capsys):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    page = next((seed_run / "report" / "articles").glob("*.html"))
    browser.get(page.as_uri())
    figs = browser.find_elements(By.CSS_SELECTOR, ".article mark.fig")
    mark = next(m for m in figs if m.text.replace("\u00a0", " ") == "25 000")
    card = mark.find_element(By.XPATH, "following-sibling::span[@class='card'][1]")
    assert not card.is_displayed()
    ActionChains(browser).move_to_element(mark).perform()
    assert card.is_displayed()
    assert "NHK World" in card.text and "media" in card.text and "chaîne japonaise" in card.text
    assert "Selon" in card.text and "hedged" in card.text
    linked = browser.find_elements(By.CSS_SELECTOR, ".article mark.src.linked")
    assert [m.text for m in linked] == ["la chaîne japonaise NHK World"]
    statement = browser.find_elements(By.CSS_SELECTOR, ".article mark.stmt.linked")
    assert statement and "25 000 travailleurs" in statement[0].text.replace("\u00a0", " ")
    mark.click()  # selected: the card stays when the pointer leaves
    ActionChains(browser).move_to_element(browser.find_element(By.TAG_NAME, "h2")).perform()
    assert "selected" in mark.get_attribute("class") and card.is_displayed()
    mark.click()  # unselected: hidden once the pointer and the focus leave
    ActionChains(browser).move_to_element(browser.find_element(By.TAG_NAME, "h2")).perform()
    browser.execute_script("arguments[0].blur();", mark)
    assert not card.is_displayed()
    # a figure without a source says so
    deux = next(m for m in figs if m.text == "deux")
    deux.click()
    deux_card = deux.find_element(By.XPATH, "following-sibling::span[@class='card'][1]")
    assert "no source" in deux_card.text
    deux.click()
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'});", mark)
    mark.click()  # the screenshot shows the card of "25 000"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "seed-page.png"
    browser.save_screenshot(str(shot))
    with capsys.disabled():
        print(f"\nscreenshot of the seed's page: {shot}")
    assert console_errors(browser) == []


def test_readme_lists_the_figure_groups_columns():
    from pipeline.report.groups import FIGURE_GROUPS

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Report", 1)[1].split("\n## ", 1)[0]
    assert [c for c in FIGURE_GROUPS.names if f"| `{c}` |" not in section] == []


# --- the notebook loop and a CSV's own text column (issue 20) ----------------------------------------------

FIRE = "Selon les pompiers, 1 200 hectares ont brûlé samedi dans le Var."


def marked_figures(browser, out: Path) -> tuple[str, list[str]]:
    """The article page's text and its figures as marked, seen in the browser."""
    from selenium.webdriver.common.by import By

    pages = list((out / "report" / "articles").glob("*.html"))
    assert len(pages) == 1
    browser.get(pages[0].as_uri())
    text = browser.find_element(By.CSS_SELECTOR, ".article").text
    figures = [m.text for m in browser.find_elements(By.CSS_SELECTOR, ".article mark.fig")]
    assert console_errors(browser) == []
    return text, figures


@pytest.fixture(scope="module")
def fire_csv(tmp_path_factory):
    folder = tmp_path_factory.mktemp("csv")
    path = folder / "export.csv"
    path.write_text(f'id,contenu\r\nfeu,"{FIRE}"\r\n', encoding="utf-8")
    return path


@pytest.mark.model
def test_report_of_a_saved_tables_folder(fire_csv, tmp_path, browser):
    import pipeline
    from pipeline.cli import main

    out = pipeline.extract([fire_csv], text_column="contenu").save(tmp_path / "saved")
    assert main(["report", str(out)]) == 0
    text, figures = marked_figures(browser, out)
    assert "1 200 hectares ont brûlé" in text.replace(NBSP, " ") and "tables only" not in text
    assert [f.replace(NBSP, " ") for f in figures] == ["1 200"]


@pytest.mark.model
def test_report_of_a_text_column_csv_run(fire_csv, tmp_path, browser):
    from pipeline.cli import main

    out = tmp_path / "out"
    assert main(["extract", str(fire_csv), "--text-column", "contenu", "--out", str(out), "--quiet"]) == 0
    assert main(["report", str(out)]) == 0
    text, figures = marked_figures(browser, out)
    assert "1 200 hectares ont brûlé" in text.replace(NBSP, " ") and "tables only" not in text
    assert [f.replace(NBSP, " ") for f in figures] == ["1 200"]


# --- the index readable at 1280 px, dates in words, plurals (issue 20) -------------------------------------

DATES_IN_WORDS = [  # (type, value, mod) -> reads: the words, then the TIMEX3 value
    (("DURATION", "P1M", None), "un mois (P1M)"),
    (("DURATION", "PXM", None), "quelques mois (PXM)"),
    (("DATE", "PRESENT_REF", None), "maintenant (PRESENT_REF)"),
    (("DATE", "PAST_REF", None), "dans le passé (PAST_REF)"),
    (("DATE", "FUTURE_REF", None), "à l'avenir (FUTURE_REF)"),
    (("DURATION", "P3D", None), "trois jours (P3D)"),
    (("DURATION", "P1W", None), "une semaine (P1W)"),
    (("DURATION", "P2Y", "APPROX"), "environ deux ans (P2Y, APPROX)"),
    (("DURATION", "PXY", None), "quelques années (PXY)"),
    (("DURATION", "PT2H", None), "deux heures (PT2H)"),
    (("DURATION", "P18M", None), "18 mois (P18M)"),
    (("SET", "P1M", None), "chaque mois (P1M)"),
    (("DATE", "XXXX-WXX-1", None), "XXXX-WXX-1"),  # no words for it: the value alone
]


@pytest.mark.parametrize("args, reads", DATES_IN_WORDS, ids=[r for _, r in DATES_IN_WORDS])
def test_dates_in_words_beside_their_timex3_value(args, reads):
    assert values.date(*args) == reads


def test_counts_say_one_error(tmp_path):
    from pipeline.report import build
    from pipeline.writers import TableWriters

    out = tmp_path / "out"
    with TableWriters(out) as w:
        w.write("articles", [{"doc_id": "a", "n_chars": 3}])
        w.write("errors", [{"path": "b.txt", "stage": "read", "error": "EmptyFile", "message": "empty"}])
    counts = dict.fromkeys(("entities", "figures", "dates", "sources", "statements"), 0)
    counts.update(articles=1, errors=1)
    (out / "run.json").write_text(json.dumps({"counts": counts}), encoding="utf-8")
    html = build(out).read_text(encoding="utf-8")
    counted = dict((w, int(n)) for n, w in re.findall(r"<li><b[^>]*>(\d+)</b>([^<]+)</li>", html))
    assert counted["article"] == 1 and counted["error"] == 1
    assert counted["entities"] == 0 and counted["figures"] == 0
    assert "Errors (1)" not in html and "1 error, 0 notes" in html


@pytest.mark.model
def test_index_is_readable_at_1280_px(seed_run, browser, capsys):
    from selenium.webdriver.common.by import By

    browser.set_window_size(1280, 1400)
    browser.get((seed_run / "report" / "index.html").as_uri())
    width = browser.execute_script("return document.documentElement.clientWidth")
    assert width <= 1280
    # no scroll box inside the page: nothing but the page itself scrolls
    boxes = browser.execute_script(
        "return [...document.querySelectorAll('body *')].filter(e => {"
        " const s = getComputedStyle(e); return /(auto|scroll)/.test(s.overflow + s.overflowX + s.overflowY)"
        " && (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1); }).length"
    )
    assert boxes == 0
    assert browser.execute_script("return document.documentElement.scrollWidth") <= width  # nothing cut
    for table in ("articles", "figures", "groups", "statements"):  # every column within the window
        right = browser.execute_script(
            f"return document.getElementById('{table}').getBoundingClientRect().right"
        )
        assert right <= width, table
    group = browser.find_element(By.XPATH, "//table[@id='figures']//th[last()]")
    assert group.text.startswith("group") and group.rect["x"] + group.rect["width"] <= width
    # titles wrap sensibly: at most two lines
    line = browser.execute_script(
        "return parseFloat(getComputedStyle(document.querySelector('#articles td')).lineHeight)"
    )
    for a in browser.find_elements(By.CSS_SELECTOR, "#articles td:first-child a"):
        assert a.rect["height"] <= 2 * line + 2, a.text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "index-1280.png"
    browser.set_window_size(1280, 2400)
    browser.save_screenshot(str(shot))
    with capsys.disabled():
        print(f"\nscreenshot of the index at 1280 px: {shot}")
    assert console_errors(browser) == []


@pytest.mark.model
def test_shares_factors_and_vague_magnitudes_read_as_written(nlp):
    """Issue 23, from extract to the report's reading: a share is a part of a whole, a factor "fois", a vague
    magnitude its words."""
    import pipeline
    from pipeline.report.data import from_frames

    tables = pipeline.extract_text(
        "Seul un TGV sur trois circulait mardi. Pyongyang a livré des millions d'obus. "
        "Les prix ont été multipliés par trois. Six salariés sur dix travaillent le dimanche."
    )
    run = from_frames(dict(tables.items()))
    assert [(f["text"], f["reads"].replace(NBSP, " ")) for f in run.figures] == [
        ("un TGV sur trois", "1 tgv sur 3"),
        ("des millions", "des millions d'obus"),
        ("trois", "3 fois"),
        ("Six salariés sur dix", "3 salariés sur 5"),
    ]
