"""Where the ``summarizer`` command starts (the console script and ``python -m``).

An interrupt can arrive at any moment, also while Python is still importing
the command. Until :func:`summarizer.cli.main` takes over (and ends an
interrupted run with one line and exit code 130), Ctrl-C writes that line
and exits at once instead of printing a traceback. Only this module, which
nothing but the command imports, changes the handler at import time.
"""

import os
import signal
import sys


def _interrupted_while_starting(signum: int, frame: object) -> None:
    try:
        os.write(2, b"summarizer: interrupted\n")
    finally:
        os._exit(130)


signal.signal(signal.SIGINT, _interrupted_while_starting)


def run() -> None:
    """Run the command and exit with its exit code."""
    from .cli import main

    signal.signal(signal.SIGINT, signal.default_int_handler)  # main() handles it now
    sys.exit(main())
