"""Compose the larger half of the shipped corpus from hand-written pieces.

Each language has its own greetings, sign-offs, asides and message bodies for
each label (see `GUIDE.md`); a mail is one body, often with a greeting, an
aside, a sign-off, and sometimes the quoted history of an earlier reply, a
forwarded header, the leftovers of HTML or a typo. The result is written to
`data/corpus_composed.jsonl`; a test checks the file is what this script writes.

    python -m classifiers.compose
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

from classifiers import pieces_payments, pieces_payments_intl
from classifiers.corpus import CORPUS_FILES, DATA, read_jsonl
from classifiers.pieces import EN, Pieces
from classifiers.pieces_intl import INTL

PIECES = {"en": EN, **INTL}
# More bodies, by language and label: mail about payments, cards, transfers and
# balances, most of it neither a refund nor a dispute.
MORE_BODIES = (pieces_payments.BODIES, pieces_payments_intl.BODIES)
OUTPUT = DATA / CORPUS_FILES[1]
SEED = 20261127
# Mail per language and label; English is most of a small shop's mail.
TARGETS = {"en": 700, "de": 100, "es": 80, "fr": 80, "it": 70, "nl": 70}
LABELS = ("refund", "dispute", "other")
NAMES = ["Sarah", "Tom", "J. Miller", "Anke", "Lucía", "Marc", "Giulia", "Pieter", "Dev", "Kim"]
ITEMS = {
    "en": ["mug", "lamp", "teapot", "rug", "cushion cover", "vase", "candle set", "throw"],
    "de": ["Tasse", "Lampe", "Teekanne", "Teppich", "Kissenbezug", "Vase", "Kerzenset"],
    "es": ["taza", "lámpara", "tetera", "alfombra", "funda de cojín", "jarrón"],
    "fr": ["tasse", "lampe", "théière", "tapis", "housse de coussin", "vase"],
    "it": ["tazza", "lampada", "teiera", "tappeto", "federa", "vaso"],
    "nl": ["mok", "lamp", "theepot", "vloerkleed", "kussenhoes", "vaas"],
}
CURRENCY = {"en": "£{}", "de": "{} €", "es": "{} €", "fr": "{} €", "it": "{} €", "nl": "€ {}"}


def fill(text: str, lang: str, rng: random.Random) -> str:
    """Put an order number, an amount, an item and a few days into a piece."""
    whole = rng.randint(8, 240)
    cents = rng.choice(["00", "50", "95", "99", "20"])
    amount = f"{whole}.{cents}" if lang in ("en",) else f"{whole},{cents}"
    other = f"{whole + rng.randint(3, 40)}.{cents}" if lang == "en" else f"{whole + 7},{cents}"
    return text.format(
        order=rng.choice(["#", "", "Nr. " if lang == "de" else "no. ", "A-"])
        + str(rng.randint(1000, 99999)),
        amount=CURRENCY[lang].format(amount),
        more=CURRENCY[lang].format(other),
        item=rng.choice(ITEMS[lang]),
        days=rng.randint(3, 30),
        name=rng.choice(NAMES),
        shop=rng.choice(["Acme Homewares", "Little Oak", "Kiln & Co", "Nordlicht"]),
    )


def typo(text: str, rng: random.Random) -> str:
    """One slip of the fingers: two letters swapped, one dropped, or one doubled."""
    words = text.split(" ")
    long = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not long:
        return text
    i = rng.choice(long)
    word = words[i]
    at = rng.randint(1, len(word) - 2)
    kind = rng.random()
    if kind < 0.4:
        word = word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]
    elif kind < 0.7:
        word = word[:at] + word[at + 1 :]
    else:
        word = word[:at] + word[at] + word[at:]
    words[i] = word
    return " ".join(words)


def bodies(lang: str, label: str) -> list[tuple[str, str]]:
    """Every (subject, body) of `label` written for `lang`."""
    found = list(PIECES[lang].bodies[label])
    for more in MORE_BODIES:
        found += more.get(lang, {}).get(label, [])
    return found


def compose(
    lang: str, label: str, pieces: Pieces, choices: list[tuple[str, str]], rng: random.Random
) -> tuple[str, str]:
    """One mail of `label` in `lang` from one of `choices`: (subject, text)."""
    subject, body = rng.choice(choices)
    parts: list[str] = []
    before, after = rng.sample(pieces.asides, 2)
    style = rng.random()
    if style < 0.7:
        parts.append(fill(rng.choice(pieces.greetings), lang, rng))
    if rng.random() < 0.3:
        parts.append(fill(before, lang, rng))
    parts.append(fill(body, lang, rng))
    if rng.random() < 0.25 and pieces.extras.get(label):
        parts.append(fill(rng.choice(pieces.extras[label]), lang, rng))
    if rng.random() < 0.2:
        parts.append(fill(after, lang, rng))
    if style < 0.8:
        parts.append(fill(rng.choice(pieces.signoffs), lang, rng))
    if rng.random() < 0.1:
        parts.append(rng.choice(pieces.devices))
    text = "\n\n".join(p for p in parts if p)
    if rng.random() < 0.15:
        text = typo(text, rng)
    if rng.random() < 0.08:
        text = text.lower()
    subject = fill(subject, lang, rng) if rng.random() < 0.8 else ""
    shape = rng.random()
    if shape < 0.15:
        # A reply to the shop: the earlier message quoted below the new text.
        quoted = fill(rng.choice(pieces.quoted), lang, rng)
        header = fill(rng.choice(pieces.quote_headers), lang, rng)
        lines = "\n".join("> " + line if line else ">" for line in quoted.split("\n"))
        text = f"{text}\n\n{header}\n{lines}"
        subject = (
            f"{pieces.reply_prefix}{subject or fill(rng.choice(pieces.shop_subjects), lang, rng)}"
        )
    elif shape < 0.2:
        # The customer forwards their own earlier mail with a line on top.
        top = fill(rng.choice(pieces.forward_notes), lang, rng)
        text = f"{top}\n\n{pieces.forward_header}\n{text}"
        subject = f"Fwd: {subject}" if subject else "Fwd:"
    elif shape < 0.26:
        # Text that came from an HTML mail: hard breaks, a logo, link leftovers.
        text = text.replace("\n\n", "\n \n") + rng.choice(
            ["\n\n[image: logo]", "\n\n<https://mail.example/unsubscribe>", "\n\n\u00a0"]
        )
    return subject, text


def rows() -> Iterator[dict[str, str]]:
    """Every composed row, in a fixed order."""
    rng = random.Random(SEED)
    # The rows written by hand come first; a composed row never repeats one.
    seen = {" ".join(row["text"].lower().split()) for row in read_jsonl(DATA / CORPUS_FILES[0])}
    for lang, target in TARGETS.items():
        pieces = PIECES[lang]
        for label in LABELS:
            choices = bodies(lang, label)
            made = tries = 0
            while made < target and tries < target * 20:
                tries += 1
                subject, text = compose(lang, label, pieces, choices, rng)
                key = " ".join(text.lower().split())
                if key in seen:
                    continue
                seen.add(key)
                made += 1
                yield {"text": text, "subject": subject, "label": label, "lang": lang}


def write(path: Path = OUTPUT) -> int:
    """Write the composed rows to `path`; the number of rows written."""
    lines = [json.dumps(row, ensure_ascii=False) for row in rows()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


if __name__ == "__main__":
    print(f"{write()} rows written to {OUTPUT}")
