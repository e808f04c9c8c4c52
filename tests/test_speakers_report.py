"""The report's "Who is quoted" page and one page per speaker (issue 24), in headless Chromium."""

import pytest
from test_report import ARTIFACTS, browser, console_errors  # noqa: F401 (the fixture)
from test_speakers_rows import VAUTRIN

pytestmark = pytest.mark.model

SECOND = (
    "Mme Catherine VAUTRIN a estimé que 3 000 soignants manquaient. La CGT a dénoncé la réforme. "
    "Le docteur Camille Roux a affirmé que 40 % des urgences fermaient la nuit."
)


@pytest.fixture(scope="module")
def speakers_run(tmp_path_factory):
    from pipeline.cli import main

    root = tmp_path_factory.mktemp("speakers")
    inputs = root / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(
        "---\ntitle: Hôpital\npublished: 2025-03-11\nsource: Le Monde\n---\n" + VAUTRIN, encoding="utf-8"
    )
    (inputs / "b.txt").write_text(
        "---\ntitle: Urgences\npublished: 2025-01-02\nsource: Libération\n---\n" + SECOND, encoding="utf-8"
    )
    out = root / "out"
    assert main(["extract", str(inputs), "--out", str(out), "--quiet"]) == 0
    assert main(["report", str(out)]) == 0
    return out


def test_who_is_quoted_page(speakers_run, browser, capsys):  # noqa: F811
    from selenium.webdriver.common.by import By

    browser.set_window_size(1280, 1400)
    browser.get((speakers_run / "report" / "index.html").as_uri())
    browser.find_element(By.LINK_TEXT, "Who is quoted").click()
    assert browser.title == "Who is quoted"
    rows = browser.find_elements(By.CSS_SELECTOR, "#speakers tbody tr")
    cells = [[td.text for td in r.find_elements(By.TAG_NAME, "td")][:6] for r in rows]
    assert cells[:3] == [
        ["Catherine Vautrin", "person", "female", "ministre de la Santé", "2", "5"],
        ["CGT", "organisation", "", "", "2", "3"],
        ["Camille Roux", "person", "unknown", "docteur", "1", "1"],
    ]
    shares = browser.find_element(By.ID, "gender-share").text
    assert "female 1 (50 %)" in shares and "unknown 1 (50 %)" in shares
    assert "person" in browser.find_element(By.ID, "type-share").text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "speakers-1280.png"
    browser.save_screenshot(str(shot))
    # one page per speaker: statements over time, each linking to the article view
    browser.find_element(By.LINK_TEXT, "Catherine Vautrin").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Catherine Vautrin"
    said = browser.find_elements(By.CSS_SELECTOR, "#said tbody tr")
    assert [r.find_element(By.TAG_NAME, "td").text for r in said] == ["2025-01-02"] + ["2025-03-11"] * 4
    assert "3 000" in said[0].text
    browser.save_screenshot(str(ARTIFACTS / "speaker-page-1280.png"))
    said[0].find_element(By.CSS_SELECTOR, "a").click()
    assert browser.find_element(By.TAG_NAME, "h1").text == "Urgences"
    assert console_errors(browser) == []
    with capsys.disabled():
        print(f"\nscreenshots of the speakers pages: {shot}")
