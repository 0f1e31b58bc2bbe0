#!/usr/bin/env python3
"""End-to-end test of the workshop room in a real browser.

Starts `tandem --room FILE --listen 127.0.0.1 --port 0` (offscreen, autosaving
every 300 ms into a throwaway recovery folder), opens the printed join address
in headless Chromium at phone size (390x844) through chromium-driver and
selenium, joins, adds a note with markup in it, and checks that the note
appears in the facilitator's document (its autosaved recovery file) with its
author, and as plain text on the page. Screenshots of the phone page in
English and German go to OUT_DIR for people to look at.

Then, with tandem-test-driver playing the facilitator (tests/driver/
roomcontrol.h), a participant votes from the phone: places and takes back
dots, sees only their own until the result, and the result is the notes'
votes in the document (screenshots of the vote and its result too).

Usage: test_room_browser.py TANDEM TEST_DRIVER SESSION OUT_DIR
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


def start_tandem(tandem, session, home, control=False):
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
    if control:
        env["TANDEM_TEST_ROOM_CONTROL"] = "1"
    process = subprocess.Popen(
        [tandem, "--room", session, "--listen", "127.0.0.1", "--port", "0"],
        stdin=subprocess.PIPE if control else subprocess.DEVNULL,
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


def facilitator(process, command):
    """Plays the facilitator of tandem-test-driver's room (tests/driver/roomcontrol.h)."""
    process.stdin.write(command + "\n")
    process.stdin.flush()
    deadline = time.monotonic() + bound(15)
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        if line.strip() in ("done: " + command, "refused: " + command):
            assert line.startswith("done: "), line
            return
    raise AssertionError("the facilitator's command %r was not carried out" % command)


def vote_text(driver):
    return driver.find_element(By.ID, "voteInfo").text


def tap(driver, note_index, label):
    """Taps + or - (by its accessible name) on the vote's note_index-th note."""
    item = driver.find_elements(By.CSS_SELECTOR, "#voteNotes li")[note_index]
    item.find_element(By.CSS_SELECTOR, "button[aria-label='%s']" % label).click()


def wait_for_votes(home, author):
    """The notes' votes in the autosaved document: {note text: dots of author}."""
    import yaml
    deadline = time.monotonic() + bound(20)
    while time.monotonic() < deadline:
        for path in glob.glob(os.path.join(home, "recovery", "**", "*.yaml"), recursive=True):
            with open(path, encoding="utf-8") as handle:
                session = yaml.safe_load(handle)
            blocks = (session.get("business_model") or {}).values()
            notes = [note for block in blocks for note in (block or [])]
            votes = {n["text"]: n["votes"][author] for n in notes
                     if author in (n.get("votes") or {})}
            if votes:
                return votes
        time.sleep(0.2)
    raise AssertionError("the vote's result did not reach the facilitator's document")


def vote_from_the_phone(driver_program, session, out_dir):
    """A participant places and takes back dots on the open block's notes
    (the presenter's first block, Key Partners),
    sees only their own until the facilitator shows the result, and the
    result is the notes' votes in the facilitator's document."""
    home = tempfile.mkdtemp(prefix="tandem-room-vote-")
    copy = os.path.join(home, "room.tandem.yaml")
    shutil.copyfile(session, copy)
    process, url = start_tandem(driver_program, copy, home, control=True)
    phone = None
    try:
        phone = browser("en-US")
        wait = WebDriverWait(phone, bound(15))
        phone.get(url)
        wait.until(lambda d: visible(d, "join"))
        phone.find_element(By.ID, "name").send_keys("Ada Park")
        phone.find_element(By.CSS_SELECTOR, "#joinForm button").click()
        wait.until(lambda d: visible(d, "room"))
        assert not visible(phone, "vote"), "no vote before the facilitator starts one"

        facilitator(process, "vote 3")
        wait.until(lambda d: visible(d, "vote") and "3 of 3 dots left" in vote_text(d))
        notes = phone.find_elements(By.CSS_SELECTOR, "#voteNotes li")
        assert len(notes) >= 2, "the vote shows the open block's notes"
        first = notes[0].text.split("\n")[0]
        tap(phone, 0, "Place a dot")
        wait.until(lambda d: "2 of 3 dots left" in vote_text(d))
        tap(phone, 0, "Place a dot")
        wait.until(lambda d: "1 of 3 dots left" in vote_text(d))
        tap(phone, 1, "Place a dot")
        wait.until(lambda d: "0 of 3 dots left" in vote_text(d))
        plus = phone.find_elements(By.CSS_SELECTOR, "#voteNotes li")[2].find_element(
            By.CSS_SELECTOR, "button[aria-label='Place a dot']")
        assert not plus.is_enabled(), "no dots left: + is off"
        tap(phone, 1, "Take a dot back")
        wait.until(lambda d: "1 of 3 dots left" in vote_text(d))
        assert "·" not in phone.find_element(By.ID, "voteNotes").text, \
            "only the participant's own dots before the result"
        phone.save_screenshot(os.path.join(out_dir, "room-phone-vote.png"))

        facilitator(process, "result")
        wait.until(lambda d: "The result" in vote_text(d))
        ranked = phone.find_elements(By.CSS_SELECTOR, "#voteNotes li")
        assert ranked[0].text.startswith(first) and "2 dots" in ranked[0].text, \
            "the result ranks the note with the dots first: %r" % ranked[0].text
        assert "yours 2" in ranked[0].text and "0 dots" in ranked[1].text
        phone.save_screenshot(os.path.join(out_dir, "room-phone-vote-result.png"))
        votes = wait_for_votes(home, "Ada Park")
        assert votes == {first: 2}, votes
        print("PASS: voted from the phone; the result is in the document:", votes)
    finally:
        if phone:
            phone.quit()
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=bound(10))
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(home, ignore_errors=True)


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
    tandem, driver_program, session, out_dir = sys.argv[1:5]
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
        assert "Ihre Notizen" in german.page_source, "the page speaks German"
        # The room follows the presenter, who starts at the first block.
        english_title = phone.find_element(By.ID, "blockTitle").text
        german_title = german.find_element(By.ID, "blockTitle").text
        assert (english_title, german_title) == ("Key Partners", "Schlüsselpartner"), \
            "each page names the block in its own language: %r" % [english_title, german_title]
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
    vote_from_the_phone(driver_program, session, out_dir)


if __name__ == "__main__":
    main()
