"""The rendered page in headless Chromium: highlights, badges, hover titles, script, screenshot.

Needs selenium and Debian's ``chromium`` + ``chromium-driver``
(``apt-get install -y chromium chromium-driver``); skipped with the reason when
one of them is absent. Everything runs offline from a file:// URL.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.browser

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")

from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402


def _binary(preferred: str, name: str) -> str | None:
    return preferred if os.path.exists(preferred) else shutil.which(name)


CHROMIUM = _binary("/usr/bin/chromium", "chromium")
CHROMEDRIVER = _binary("/usr/bin/chromedriver", "chromedriver")

# Flags that keep Chromium from phoning home or needing a display or a sandbox.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,1600",
)


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (apt-get install -y chromium)")
    if CHROMEDRIVER is None:
        pytest.skip("chromedriver is not installed (apt-get install -y chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    drv.set_page_load_timeout(120)
    try:
        yield drv
    finally:
        drv.quit()


@pytest.fixture(scope="module")
def report() -> Any:
    """A generated report with a wrong total (a failing check) and injected spam."""
    import govinfo_nlp
    from govinfo_nlp_dev.synthetic.generator import generate_report

    synthetic = generate_report(2, layout="pipe", faults=("wrong_total", "spam_agency"))
    parsed = govinfo_nlp.parse(synthetic.text, format=synthetic.format)
    assert parsed.facts and parsed.reconciliation, "the generated report should have claims"
    assert any(not c.holds for c in parsed.checks), "wrong_total should make a check fail"
    return parsed


@pytest.fixture(scope="module")
def page(driver: Any, report: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    from govinfo_nlp.view import render_html

    path = tmp_path_factory.mktemp("view") / "report.html"
    path.write_text(render_html(report), encoding="utf-8")
    driver.get(path.as_uri())
    return driver


def test_highlights_exist_for_every_fact(page: Any, report: Any) -> None:
    marks = page.find_elements(By.CSS_SELECTOR, "mark.fact")
    assert sorted(int(m.get_attribute("data-fact")) for m in marks) == list(
        range(len(report.facts))
    )
    placed = [m for m in marks if "unplaced" not in m.get_attribute("class")]
    assert placed and all(m.is_displayed() for m in placed)
    label = placed[0].find_element(By.CSS_SELECTOR, ".label")
    assert label.text.lower() == report.facts[int(placed[0].get_attribute("data-fact"))].type


def test_badges_show_the_verdict_word(page: Any, report: Any) -> None:
    badges = page.find_elements(By.CSS_SELECTOR, "span.badge[data-rec]")
    assert len(badges) == len(report.reconciliation)
    for badge in badges:
        rec = report.reconciliation[int(badge.get_attribute("data-rec"))]
        word = rec.verdict.replace("_", " ")
        assert badge.text == word
        assert f"verdict-{rec.verdict.replace('_', '-')}" in badge.get_attribute("class")
    # Colour-coded: different verdicts get different backgrounds.
    colours = {
        b.get_attribute("data-verdict"): b.value_of_css_property("background-color")
        for b in page.find_elements(By.CSS_SELECTOR, ".legend span.badge")
    }
    assert len(set(colours.values())) == 4


def test_hover_shows_provenance(page: Any, report: Any) -> None:
    mark = page.find_element(By.CSS_SELECTOR, "pre.text mark.fact")
    ActionChains(page).move_to_element(mark).perform()
    fact = report.facts[int(mark.get_attribute("data-fact"))]
    title = mark.get_attribute("title")
    assert f"fact {mark.get_attribute('data-fact')}: {fact.type}" in title
    assert f"method: {fact.method}" in title and "confidence:" in title

    cell = page.find_element(By.CSS_SELECTOR, "table.grid td.failed")
    page.execute_script("arguments[0].scrollIntoView()", cell)
    ActionChains(page).move_to_element(cell).perform()
    title = cell.get_attribute("title")
    assert cell.get_attribute("data-field") in title
    assert "failed checks:" in title and "≠" in title


def test_failed_cells_are_highlighted(page: Any, report: Any) -> None:
    failing = {f for c in report.checks if not c.holds for f in c.fields}
    cells = page.find_elements(By.CSS_SELECTOR, "table.grid td.failed")
    assert {c.get_attribute("data-field") for c in cells} == failing
    ok = page.find_element(By.CSS_SELECTOR, "table.grid td.value:not(.failed)")
    assert cells[0].value_of_css_property("background-color") != ok.value_of_css_property(
        "background-color"
    )


def test_spam_never_runs_and_script_does(page: Any) -> None:
    # Our one inline script ran (the CSP allows it): the legend toggles a type off and on.
    key = page.find_element(By.CSS_SELECTOR, ".legend .key[data-type]")
    fact_type = key.get_attribute("data-type")
    key.click()
    dimmed = page.find_elements(By.CSS_SELECTOR, "mark.fact.dim")
    assert dimmed and all(m.get_attribute("data-type") == fact_type for m in dimmed)
    key.click()
    assert not page.find_elements(By.CSS_SELECTOR, "mark.fact.dim")
    assert len(page.find_elements(By.TAG_NAME, "script")) == 1


def test_nothing_failed_to_load(page: Any) -> None:
    # A blocked or failed resource (or a CSP violation) is logged as SEVERE.
    severe = [e for e in page.get_log("browser") if e.get("level") == "SEVERE"]
    assert not severe, severe


def test_screenshot(page: Any, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    assert page.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a blank page is a few kB; a rendered report is far more
