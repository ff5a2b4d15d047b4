"""Chromium for the report's browser tests and its screenshot script
(``docs/make_report_screenshot.py``): where it is, and how it is launched."""

from __future__ import annotations

import os
import shutil

#: Chromium's flags for a closed network: no background connections.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def find_chromium() -> str | None:
    """The Chromium to drive: ``$SUMMARIZER_CHROMIUM``, else the first of the
    usual names on the path; None when there is none."""
    return os.environ.get("SUMMARIZER_CHROMIUM") or next(
        filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None
    )
