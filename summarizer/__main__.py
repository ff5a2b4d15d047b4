"""``python -m summarizer`` runs the command."""

from ._entry import run

run()
