#!/usr/bin/env python3
"""End-to-end test of the workshop room in a real browser.

Starts `tandem --room FILE --listen 127.0.0.1 --port 0` (offscreen, autosaving
every 300 ms into a throwaway recovery folder), opens the printed join address
in headless Chromium at phone size (390x844) through chromium-driver and
selenium, joins, adds a note with markup in it, and checks that the note
appears in the facilitator's document (its autosaved recovery file) with its
author, and as plain text on the page. Screenshots of the phone page in
English and German go to OUT_DIR for people to look at.

Usage: test_room_browser.py TANDEM SESSION OUT_DIR
Exit 77 (ctest: skipped) only when chromium, chromedriver or selenium is absent.
Talks to 127.0.0.1 only; every wait is bounded.
"""

import glob
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77
TIME_SCALE = float(os.environ.get("TANDEM_TIME_SCALE", "1"))


def skip(reason):
    print("SKIP: " + reason + " (packaging/install-deps.sh installs it)")
    sys.exit(SKIP)


try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:
    skip("python3-selenium is not installed")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"
if not CHROMIUM:
    skip("chromium is not installed")
if not os.path.exists(DRIVER):
    skip("chromium-driver is not installed")


def bound(seconds):
    return seconds * TIME_SCALE


def start_tandem(tandem, session, home):
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "TANDEM_RECOVERY_DIR": os.path.join(home, "recovery"),
        "TANDEM_AUTOSAVE_INTERVAL_MS": "300",
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_CACHE_HOME": os.path.join(home, "cache"),
        "LANG": "C.UTF-8", "LANGUAGE": "en",
    })
    process = subprocess.Popen(
        [tandem, "--room", session, "--listen", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    deadline = time.monotonic() + bound(30)
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith("Room open: "):
            url = line[len("Room open: "):].strip()
            assert url.startswith("http://127.0.0.1:"), url
            return process, url
    process.kill()
    raise AssertionError("tandem printed no 'Room open:' line")


def browser(language):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--window-size=390,844",
                     "--lang=" + language, "--no-proxy-server",
                     "--disable-background-networking", "--disable-sync"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2.0},
        "userAgent": "Mozilla/5.0 (Linux; Android 13) Mobile"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(bound(20))
    return driver


def visible(driver, element_id):
    return driver.find_element(By.ID, element_id).is_displayed()


def join_and_add(driver, url, name, note, join_shot=None):
    wait = WebDriverWait(driver, bound(15))
    driver.get(url)
    wait.until(lambda d: visible(d, "join"))
    code = driver.find_element(By.ID, "code").get_attribute("value")
    assert len(code) == 4, "the room code comes from the join address: %r" % code
    driver.find_element(By.ID, "name").send_keys(name)
    if join_shot:
        driver.save_screenshot(join_shot)
    driver.find_element(By.CSS_SELECTOR, "#joinForm button").click()
    wait.until(lambda d: visible(d, "room"))
    driver.find_element(By.ID, "noteText").send_keys(note)
    driver.find_element(By.ID, "addNote").click()
    wait.until(lambda d: note in d.find_element(By.ID, "myNotes").text)
    items = driver.find_elements(By.CSS_SELECTOR, "#myNotes li")
    assert not driver.find_elements(By.CSS_SELECTOR, "#myNotes b"), "markup must stay text"
    return items


def wait_for_recovered(home, text, author):
    deadline = time.monotonic() + bound(20)
    while time.monotonic() < deadline:
        for path in glob.glob(os.path.join(home, "recovery", "**", "*.yaml"), recursive=True):
            with open(path, encoding="utf-8") as handle:
                content = handle.read()
            if text in content and ("author: " + author) in content:
                return path
        time.sleep(0.2)
    raise AssertionError("the note did not reach the facilitator's document")


def main():
    tandem, session, out_dir = sys.argv[1:4]
    os.makedirs(out_dir, exist_ok=True)
    home = tempfile.mkdtemp(prefix="tandem-room-")
    # A copy: the editor locks the file it opens.
    copy = os.path.join(home, "room.tandem.yaml")
    shutil.copyfile(session, copy)
    process, url = start_tandem(tandem, copy, home)
    drivers = []
    try:
        phone = browser("en-US")
        drivers.append(phone)
        note = "Pop-up stall <b>at the station</b> & more"
        join_and_add(phone, url, "Ada Park", note,
                     join_shot=os.path.join(out_dir, "room-phone-join.png"))
        found = wait_for_recovered(home, "Pop-up stall <b>at the station</b>", "Ada Park")
        print("note in the facilitator's document:", os.path.basename(found))
        phone.save_screenshot(os.path.join(out_dir, "room-phone-en.png"))

        german = browser("de-DE")
        drivers.append(german)
        join_and_add(german, url, "Bo Chen", "Kaffee im Abo")
        assert "Deine Notizen" in german.page_source, "the page speaks German"
        german.save_screenshot(os.path.join(out_dir, "room-phone-de.png"))
        wait_for_recovered(home, "Kaffee im Abo", "Bo Chen")
        print("PASS: two participants joined from headless Chromium; screenshots in", out_dir)
    finally:
        for driver in drivers:
            driver.quit()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=bound(10))
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
