"""The app starts on a real X display (Xvfb), on a demo store of 10,000 clients."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.mark.skipif(shutil.which("xvfb-run") is None and os.environ.get("CI") is None,
                    reason="xvfb-run is not installed (make test installs it)")
def test_the_app_starts_on_xvfb_with_ten_thousand_clients(tmp_path):
    store = tmp_path / "demo.db"
    env = {**os.environ, "PEKSOS_DESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "xcb"}
    subprocess.run([sys.executable, "-m", "peksos_desk", "demo", "--db", str(store), "--clients", "10000",
                    "--sessions", "20000"], check=True, capture_output=True, env=env, timeout=300)
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-m", "peksos_desk",
                             "--smoke", "--db", str(store)], capture_output=True, text=True, env=env, timeout=120,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"\d+ ms", result.stdout.strip().splitlines()[-1])
