"""QR codes read back from a printed PDF as a phone would: the page
rasterised by Poppler's `pdftoppm`, then decoded by ZBar's `zbarimg`
(Debian's poppler-utils and zbar-tools, installed here when the tests run
as root, like `faketime` in tests/test_sync_clocks.py)."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

# The command and the Debian package that brings it.
_TOOLS = {
    "pdftoppm": "poppler-utils", "zbarimg": "zbar-tools",
    # The console's browser test (tests/test_console_browser.py).
    "chromium": "chromium", "chromedriver": "chromium-driver",
}


def tool(name: str) -> str:
    """The path of `name`, installed with apt-get first when missing and root."""
    found = shutil.which(name)
    if found:
        return found
    package = _TOOLS[name]
    if os.geteuid() != 0:
        pytest.fail(f"these tests need `{name}`: run `apt-get install -y {package}` "
                    "(or run the tests as root, which installs it)")
    # One installer at a time (pytest-xdist runs two workers).
    with open(Path(tempfile.gettempdir()) / "caravane-apt.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not shutil.which(name):
            env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
            install = ["apt-get", "install", "-y", "-qq", package]
            if subprocess.run(install, capture_output=True, env=env).returncode != 0:
                subprocess.run(["apt-get", "update", "-qq"], capture_output=True, env=env)
                subprocess.run(install, check=True, capture_output=True, env=env)
    found = shutil.which(name)
    if not found:
        pytest.fail(f"apt-get install {package} did not provide `{name}`")
    return found


def qr_codes(pdf: Path, page: int = 1) -> list[str]:
    """What the QR codes on a page of `pdf` say (none: an empty list)."""
    with tempfile.TemporaryDirectory() as folder:
        image = Path(folder) / "page"
        subprocess.run(
            [tool("pdftoppm"), "-r", "150", "-f", str(page), "-l", str(page), "-singlefile",
             "-png", str(pdf), str(image)],
            check=True, capture_output=True,
        )
        done = subprocess.run(
            [tool("zbarimg"), "--raw", "-q", "-Sdisable", "-Sqrcode.enable", f"{image}.png"],
            capture_output=True, text=True,
        )
    if done.returncode == 4:  # zbarimg: no code found
        return []
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()
