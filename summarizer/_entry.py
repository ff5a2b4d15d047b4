"""Where the ``summarizer`` command starts (the console script and ``python -m``).

Ctrl-C (SIGINT) and SIGTERM end the command at any moment, from the first
import on, with one line on standard error and exit code 130 or 143: the
handler installed here kills the worker processes, writes the line and exits
at once. Exiting from the handler, rather than raising an exception into
whatever code was running, is what makes it reliable: an exception raised in
a destructor or a fork hook is ignored by Python, and one raised while a
module imports becomes an ImportError. Only this module, which nothing but
the command imports, installs the handler.
"""

import os
import signal
import sys


def _quit(signum: int, frame: object) -> None:
    interrupted = signum == signal.SIGINT
    try:
        multiprocessing = sys.modules.get("multiprocessing")
        if multiprocessing is not None:  # workers may be running: they end now
            workers = multiprocessing.active_children()
            for process in workers:
                process.kill()
            for process in workers:
                process.join(1.0)  # reaped, not left as zombies
    finally:
        os.write(2, b"summarizer: interrupted\n" if interrupted else b"summarizer: terminated\n")
        os._exit(130 if interrupted else 143)


signal.signal(signal.SIGINT, _quit)
signal.signal(signal.SIGTERM, _quit)


def run() -> None:
    """Run the command and exit with its exit code."""
    import logging

    from .cli import main

    # The PDF library reports every oddity of a damaged file through logging;
    # the command already says in one line what became of the file.
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    sys.exit(main())
