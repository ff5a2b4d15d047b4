"""The English profile: word lists, the Porter stemmer and the page vocabulary."""

from __future__ import annotations

import re
from functools import cache

from nltk.stem.porter import PorterStemmer
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from . import LanguageProfile, PageVocabulary
from .en_abbreviations import ABBREVIATIONS

_PORTER = PorterStemmer()


@cache
def porter_stem(word: str) -> str:
    """Porter stem of a lower-case word (each distinct word is stemmed once
    per process: a collection repeats its words many times)."""
    return _PORTER.stem(word, to_lowercase=False)


#: Folded: "didn't" is "didn t", and its "t" marks the negation.
NEGATIONS = frozenset(
    "not no never nobody none nothing neither nor nowhere noone cannot cant without t "
    "dont didnt doesnt isnt wasnt arent werent hasnt havent hadnt wont wouldnt couldnt "
    "shouldnt aint".split()
)

NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion billions "
    "trillion trillions dozen dozens half quarter first second third fourth fifth sixth "
    "seventh eighth ninth tenth twice thrice".split()
)

#: Auxiliary verbs scikit-learn's stop words lack, titles ("Mr Trump" is
#: Trump), and what contractions leave after folding ("didn't" -> "didn t",
#: "we'll" -> "we ll").
PARTICLES = frozenset(
    "did does doing having shall ought mr mrs ms mx dr don didn doesn isn wasn aren weren "
    "hasn haven hadn wouldn couldn shouldn mustn needn shan ain ll re ve d m s".split()
)

#: Stop words that decide what a sentence states ("shares were up" / "down").
POLAR_WORDS = frozenset(
    "up down more less most least fewer before after above below over under against "
    "he she him her his hers they them their we us our i me my you your all some few many "
    "several only".split()
)

TITLE_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for with by from as is are vs via into onto over "
    "per than up out off".split()
)

PAGE = PageVocabulary(
    # Phrases about the web page itself, not the story.
    site_terms=re.compile(
        r"""(?ix)
        \b(?:
            subscri\w*|unsubscri\w*|newsletters?|sign(?:ed|ing)?[ -](?:up|in)|
            log(?:ged|ging)?[ -]?in|logout|log[ -]out|privacy\ (?:policy|notice|statement|settings)|
            terms\ (?:of|and)\ (?:use|service|conditions)|all\ rights\ reserved|
            copyright\ (?:©|\(c\)|\d{4})|advertisements?|sponsored\ content|click(?:ing)?\ here|
            tap\ here|share\ (?:this|on|via)|follow\ us|javascript|read\ more|
            related\ (?:articles?|stories|coverage|posts?)|bookmark\w*|permalink|paywall|
            notifications?|required\ fields?|credited\ from|image\ (?:source|credit)|
            photo\ credit|trusted\ source|(?:download|get)\ (?:the|our)\ app
        )\b
        | ©
        """
    ),
    # Web vocabulary that news also uses ("said on Twitter").
    web_terms=re.compile(
        r"""(?ix)
        \b(?:
            e-?mails?|cookies?|passwords?|comments?|repl(?:y|ies)|browsers?|website|webpage|
            homepage|username|account|captcha|feed|rss|blog|podcasts?|posted\ (?:by|in|on)|
            app\ store|google\ play|whatsapp|facebook|twitter|instagram|linkedin|pinterest|
            youtube|tiktok|telegram|reddit
        )\b
        | https?://
        | \bwww\.
        | \b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|in|co|uk|io|info|news|tv|au|ca)\b
        """
    ),
    # Every match of the two patterns above also matches this (a word starting
    # with one of these prefixes, a domain ending, or ©); most sentences do not,
    # and then the slower patterns are not run.
    trigger=re.compile(
        r"""(?x)
        \b(?:
            subscri|unsubscri|newsletter|sign|log|privacy\ |terms\ |all\ rights|copyright|
            advertisement|sponsored\ content|click|tap\ here|share\ |follow\ us|javascript|
            read\ more|related\ |bookmark|permalink|paywall|notification|required\ field|
            credited\ from|image\ |photo\ credit|trusted\ source|download\ |get\ |
            e-?mail|cookie|password|comment|repl|browser|web|homepage|username|account|captcha|
            feed|rss|blog|podcast|posted\ |app\ store|google\ play|whatsapp|facebook|twitter|
            instagram|linkedin|pinterest|youtube|tiktok|telegram|reddit|www\.
        )
        | https?://
        | \.(?:com|org|net|in|co|uk|io|info|news|tv|au|ca)\b
        | ©
        """
    ),
    reader=re.compile(r"(?i)\b(?:you|your|yours|you're|you’re|you'll|you’ll|you've|you’ve)\b"),
    commands=frozenset(
        "add leave click tap subscribe sign log follow share join download read watch listen "
        "register enter continue check visit like keep support see skip email contact view "
        "get signup comment reply login".split()
    ),
)

ENGLISH = LanguageProfile(
    code="en",
    name="English",
    abbreviations=ABBREVIATIONS,
    stop_words=frozenset(ENGLISH_STOP_WORDS),
    negations=NEGATIONS,
    number_words=NUMBER_WORDS,
    particles=PARTICLES,
    polar_words=POLAR_WORDS,
    title_small_words=TITLE_SMALL_WORDS,
    stem=porter_stem,
    page=PAGE,
)
