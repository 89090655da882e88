"""The console in a real browser: Debian's Chromium driven by Selenium
against a real `caravane-server` process (installed with apt-get when
missing and root, like the QR tools).  The first admin is made by the
command line; then everything happens in the browser.

`CARAVANE_CONSOLE_SCREENSHOTS=1` also writes docs/screenshots/console/."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.wait import WebDriverWait

from tests.console_support import PASSWORD
from tests.qr_support import tool
from tests.sync_helpers import ROOT, ServerProcess

SCREENSHOTS = ROOT / "docs" / "screenshots" / "console"
VIEWER_PASSWORD = "lecteur du programme"  # noqa: S105 - a test officer's


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    url = f"sqlite:///{tmp_path_factory.mktemp('console') / 'server.sqlite3'}"
    subprocess.run(
        [sys.executable, "-m", "server.cli", "admin", "create-officer", "--database-url", url,
         "--login", "amina", "--name", "Amina El Idrissi", "--password", PASSWORD],
        cwd=ROOT, check=True, capture_output=True,
    )
    process = ServerProcess(url).start()
    yield process
    process.kill()


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = tool("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=fr"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(tool("chromedriver")))
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def _shot(driver: webdriver.Chrome, name: str) -> None:
    if os.environ.get("CARAVANE_CONSOLE_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))


def _click(driver: webdriver.Chrome, by: str, what: str) -> None:
    """Click what loads a new page, and wait until it has replaced this one."""
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(by, what).click()
    WebDriverWait(driver, 10).until(expected_conditions.staleness_of(page))


def _log_in(driver: webdriver.Chrome, base: str, login: str, password: str) -> None:
    driver.get(base + "/console/login")
    driver.find_element(By.ID, "login").send_keys(login)
    driver.find_element(By.ID, "password").send_keys(password)
    _click(driver, By.ID, "submit")


def test_first_admin_creates_a_viewer_who_is_refused_the_officers_page(
    server: ServerProcess, browser: webdriver.Chrome
) -> None:
    base = server.url
    browser.get(base + "/console/")
    assert browser.current_url.startswith(base + "/console/login")
    _shot(browser, "fr-01-login")
    _log_in(browser, base, "amina", PASSWORD)
    assert "amina (Administrateur)" in browser.find_element(By.ID, "whoami").text
    _shot(browser, "fr-02-home")

    _click(browser, By.LINK_TEXT, "Agents")
    browser.find_element(By.ID, "new-login").send_keys("karim.viewer")
    browser.find_element(By.ID, "new-name").send_keys("Karim Lecteur")
    Select(browser.find_element(By.ID, "new-role")).select_by_value("viewer")
    browser.find_element(By.ID, "new-password").send_keys(VIEWER_PASSWORD)
    browser.find_element(By.ID, "new-confirm").send_keys(VIEWER_PASSWORD)
    _click(browser, By.ID, "add-officer")
    assert "Agent karim.viewer ajouté." in browser.find_element(By.CLASS_NAME, "notice").text
    rows = browser.find_elements(By.CSS_SELECTOR, "#officers tbody tr")
    assert {row.get_attribute("data-login") for row in rows} == {"amina", "karim.viewer"}
    _shot(browser, "fr-03-officers")

    # The same pages in Arabic, right to left.
    _click(browser, By.CSS_SELECTOR, "button[name=lang][value=ar]")
    html = browser.find_element(By.TAG_NAME, "html")
    assert (html.get_attribute("dir"), html.get_attribute("lang")) == ("rtl", "ar")
    assert browser.find_element(By.TAG_NAME, "h1").text == "الموظفون"
    _shot(browser, "ar-03-officers")
    _click(browser, By.LINK_TEXT, "الرئيسية")
    _shot(browser, "ar-02-home")
    _click(browser, By.CSS_SELECTOR, "button[name=lang][value=fr]")

    _click(browser, By.ID, "logout")
    assert "Vous êtes déconnecté." in browser.find_element(By.CLASS_NAME, "notice").text
    browser.get(base + "/console/login?lang=ar")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    _shot(browser, "ar-01-login")
    browser.get(base + "/console/login?lang=fr")

    _log_in(browser, base, "karim.viewer", VIEWER_PASSWORD)
    assert "karim.viewer (Lecteur)" in browser.find_element(By.ID, "whoami").text
    assert not browser.find_elements(By.LINK_TEXT, "Agents")  # not offered to a viewer
    browser.get(base + "/console/officers")
    assert "Cette page est réservée à d'autres rôles." in browser.find_element(
        By.CLASS_NAME, "error").text
    _click(browser, By.CSS_SELECTOR, "button[name=lang][value=ar]")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
    assert "هذه الصفحة مخصصة لأدوار أخرى." in browser.find_element(By.CLASS_NAME, "error").text


def test_the_pages_fit_a_phone(server: ServerProcess, browser: webdriver.Chrome) -> None:
    browser.set_window_size(390, 844)
    try:
        browser.get(server.url + "/console/login?lang=fr")
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= 390
        _shot(browser, "fr-04-login-phone")
    finally:
        browser.set_window_size(1366, 768)
