"""Word lists of the language the pipeline reads (English), in one place.

* ``STOP_WORDS``: words too common to carry a topic (scikit-learn's English
  list); left out of the TF-IDF terms and counted as function words by the
  sentence classifier.
* ``NEGATIONS``: words that turn a statement into its opposite, in their
  folded form (case and punctuation folded, so "didn't" is "didn t" and its
  "t" marks the negation).
* ``NUMBER_WORDS``: numbers written as words; a sentence with another
  number states another fact.
* ``FUNCTION_WORDS``: the stop words that carry no fact of their own: stop
  words without the negations and number words (which scikit-learn's list
  includes), plus the auxiliary verbs it lacks ("did", "does") and what
  contractions leave after folding ("didn", "ll").

Lists are folded (lower case), like the words they are compared with.
"""

from __future__ import annotations

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

STOP_WORDS: frozenset[str] = frozenset(ENGLISH_STOP_WORDS)

NEGATIONS: frozenset[str] = frozenset(
    "not no never nobody none nothing neither nor nowhere noone cannot cant without t "
    "dont didnt doesnt isnt wasnt arent werent hasnt havent hadnt wont wouldnt couldnt "
    "shouldnt aint".split()
)

NUMBER_WORDS: frozenset[str] = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion billions "
    "trillion trillions dozen dozens half quarter first second third fourth fifth sixth "
    "seventh eighth ninth tenth twice thrice".split()
)

#: Auxiliary verbs scikit-learn's list lacks, and what contractions leave after
#: folding: "didn't" -> "didn t", "we'll" -> "we ll".
_AUXILIARIES = frozenset(
    "did does doing having shall ought don didn doesn isn wasn aren weren hasn haven hadn "
    "wouldn couldn shouldn mustn needn shan ain ll re ve d m s".split()
)

FUNCTION_WORDS: frozenset[str] = (STOP_WORDS | _AUXILIARIES) - NEGATIONS - NUMBER_WORDS
