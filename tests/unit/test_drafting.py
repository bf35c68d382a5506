"""Drafting: sandboxed templates, strict variables, and the reply's threading headers."""

from __future__ import annotations

import re
import time
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from inboxbot.config import DEFAULT_TEMPLATES, ShopSettings
from inboxbot.drafting import (
    Drafter,
    choose_template,
    first_name,
    new_message_id,
    reply_subject,
    template_context,
    template_language,
)
from inboxbot.errors import TemplateError
from inboxbot.models import (
    Address,
    Attachment,
    Draft,
    Evidence,
    Fact,
    Label,
    LabelName,
    Money,
    OrderDetails,
    SkipReason,
)
from inboxbot.policy import Decision
from inboxbot.screening import OWN_MESSAGE_ID_PREFIX, screen
from tests.factories import make_email

REFUND = Label(LabelName.REFUND, 0.95, "rule", "asks for a refund", ("refund",))
DISPUTE = Label(LabelName.DISPUTE, 0.9, "rule", "contests a charge", ("chargeback",))
OTHER = Label(LabelName.OTHER, 0.7, "model", "neither refund nor dispute")
LABELS = {label.name.value: label for label in (REFUND, DISPUTE, OTHER)}

FULL_ORDER = OrderDetails(
    number=Fact("#1001", 0.99, "order #1001"),
    date=Fact(date(2026, 11, 2), 0.9, "on 2 November"),
    amount=Fact(Money(Decimal("49.90"), "EUR"), 0.9, "€49.90"),
    payment_method=Fact("paypal", 0.8, "paid with PayPal"),
    product=Fact("Ceramic vase", 0.95, "orders file"),
    reason=Fact("damaged", 0.8, "cracked"),
    evidence=Fact((Evidence("photo", "vase.jpg"),), 0.9, "vase.jpg"),
)
NO_ORDER = OrderDetails()
SHIPPED = sorted(p.name.removesuffix(".txt") for p in DEFAULT_TEMPLATES.glob("*.txt"))

GREETINGS = {"en": "Hello", "de": "Hallo", "es": "Hola", "fr": "Bonjour"}

SSTI = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    '{{ "{0.__class__}"|attr("format")(1) }}',
    "{{ self._TemplateReference__context }}",
    "{{ lipsum.__globals__ }}",
    "{% set x = [].pop %}{{ x() }}",
]


@pytest.fixture
def drafter(shop: ShopSettings) -> Drafter:
    return Drafter(DEFAULT_TEMPLATES, shop=shop)


@pytest.fixture
def write_templates(tmp_path: Path, shop: ShopSettings):
    """A Drafter over a folder holding the given templates (name → source)."""

    def write(**sources: str) -> Drafter:
        for name, source in sources.items():
            (tmp_path / f"{name}.txt").write_text(source, encoding="utf-8")
        return Drafter(tmp_path, shop=shop)

    return write


def context(shop: ShopSettings, order: OrderDetails = FULL_ORDER, **email: Any) -> dict[str, Any]:
    return template_context(make_email(**email), REFUND, order, shop=shop)


# --- which template ------------------------------------------------------------------------


def fact(value: Any) -> Fact[Any]:
    return Fact(value, 0.9, str(value))


def with_reason(reason: str) -> OrderDetails:
    return replace(FULL_ORDER, reason=fact(reason))


EUR = Money(Decimal("44.91"), "EUR")
GRANTED = Decision(True, 5, 25, refund=EUR)
WITH_FEE = Decision(True, 5, 25, refund=EUR, fee=Money(Decimal("4.99"), "EUR"))
REFUSED = Decision(False, 41, -11, alternative="store_credit")
UNKNOWN = Decision(None)


# (label, order, decision, confirmed by the orders file; template)
CHOICES = [
    (REFUND, NO_ORDER, Decision(None, missing=("order_number",)), False, "need_information"),
    (DISPUTE, NO_ORDER, Decision(None, missing=("order_number",)), False, "need_information"),
    (REFUND, FULL_ORDER, Decision(None, missing=("photo",)), True, "need_information"),
    (OTHER, NO_ORDER, Decision(None, missing=("order_number",)), False, "acknowledge_other"),
    (OTHER, FULL_ORDER, UNKNOWN, False, "acknowledge_other"),
    (REFUND, FULL_ORDER, GRANTED, False, "acknowledge_refund"),
    (REFUND, FULL_ORDER, UNKNOWN, True, "acknowledge_refund"),
    (REFUND, with_reason("changed_mind"), GRANTED, True, "refund_approved"),
    (
        REFUND,
        with_reason("damaged"),
        replace(GRANTED, alternative="replacement"),
        True,
        "exchange_offered",
    ),
    (
        REFUND,
        with_reason("size_fit"),
        replace(GRANTED, alternative="exchange"),
        True,
        "exchange_offered",
    ),
    (REFUND, with_reason("size_fit"), GRANTED, True, "refund_approved"),
    (REFUND, with_reason("changed_mind"), WITH_FEE, True, "partial_refund"),
    (REFUND, with_reason("changed_mind"), WITH_FEE, False, "acknowledge_refund"),
    (REFUND, FULL_ORDER, REFUSED, False, "outside_window"),
    (REFUND, FULL_ORDER, replace(REFUSED, final_sale=True), True, "outside_window"),
    (DISPUTE, FULL_ORDER, UNKNOWN, False, "acknowledge_dispute"),
    (DISPUTE, with_reason("duplicate_charge"), UNKNOWN, False, "duplicate_charge"),
    (REFUND, with_reason("duplicate_charge"), UNKNOWN, False, "duplicate_charge"),
    (OTHER, with_reason("duplicate_charge"), UNKNOWN, False, "duplicate_charge"),
    (REFUND, with_reason("unauthorised"), UNKNOWN, False, "acknowledge_dispute"),
    (DISPUTE, with_reason("fee"), UNKNOWN, False, "acknowledge_dispute"),
]


@pytest.mark.parametrize(("label", "order", "decision", "confirmed", "template"), CHOICES)
def test_it_grants_a_refund_only_for_a_confirmed_order_and_asks_for_what_is_missing(
    label, order, decision, confirmed, template
):
    assert choose_template(label, order, decision, confirmed=confirmed) == template


def test_it_ships_a_template_for_every_choice(drafter):
    chosen = {template for *_, template in CHOICES}

    assert chosen <= set(drafter.names())
    assert {name.rsplit("_", 1)[0] for name in SHIPPED if name.endswith("_de")} == chosen | {
        "refund_follow_up"
    }


# (language of the mail, shop's languages; template chosen)
LANGUAGES = [
    ("Hallo, meine Bestellung ist nicht angekommen. Bitte um Erstattung.", ["en", "de"], "_de"),
    ("Hola, mi pedido llegó roto y quiero un reembolso.", ["en", "de", "es", "fr"], "_es"),
    ("Bonjour, ma commande est arrivée cassée, je voudrais un remboursement.", ["en", "fr"], "_fr"),
    # A language the shop does not write: English.
    ("Bonjour, ma commande est arrivée cassée, je voudrais un remboursement.", ["en", "de"], ""),
    # A language without templates (Italian): English.
    ("Ciao, il mio ordine non è arrivato, vorrei un rimborso.", ["en", "it"], ""),
    ("Hello, my order has not arrived, I would like a refund please.", ["en", "de"], ""),
    # Too little text to tell: the shop's first language.
    ("#1001", ["de", "en"], ""),
    ("#1001", ["de"], "_de"),
]


@pytest.mark.parametrize(("text", "languages", "suffix"), LANGUAGES)
def test_it_replies_in_the_mails_language_when_the_shop_writes_it(shop, text, languages, suffix):
    drafter = Drafter(DEFAULT_TEMPLATES, shop=shop.model_copy(update={"languages": languages}))

    draft = drafter.draft(make_email(text=text, subject="Re: 1001"), REFUND, NO_ORDER)

    assert draft.template == "need_information" + suffix
    assert draft.body is not None and draft.error is None


def test_a_saved_language_variant_counts_as_a_template(tmp_path, shop):
    (tmp_path / "need_information.txt").write_text("Hello\n")
    drafter = Drafter(tmp_path, shop=shop.model_copy(update={"languages": ["en", "de"]}))
    drafter.use_saved({"need_information_de": (2, "Hallo\n")})

    draft = drafter.draft(
        make_email(text="Meine Bestellung ist nicht angekommen, bitte helfen Sie mir."),
        REFUND,
        NO_ORDER,
    )

    assert (draft.template, draft.body, draft.template_version) == (
        "need_information_de",
        "Hallo\n",
        2,
    )


# --- the shipped templates -----------------------------------------------------------------


@pytest.mark.parametrize("template", SHIPPED)
@pytest.mark.parametrize("order", [FULL_ORDER, NO_ORDER], ids=["full order", "nothing known"])
@pytest.mark.parametrize("label", sorted(LABELS))
def test_it_renders_every_shipped_template_without_gaps(drafter, shop, template, order, label):
    email = make_email(sender="Jane Doe <jane@example.com>")
    language = template_language(template)

    body = drafter.render(
        template, template_context(email, LABELS[label], order, shop=shop, language=language)
    )

    assert body.startswith(GREETINGS[language] + " Jane")
    assert "Acme Homewares" in body
    assert "None" not in body
    assert "{{" not in body and "{%" not in body and "}}" not in body
    assert "  " not in body and " ." not in body and " ," not in body
    assert body.endswith("\n") and not body.endswith("\n\n")


def test_it_greets_without_a_name_when_it_has_none(drafter, shop):
    email = make_email(sender="jane@example.com")

    body = drafter.render(
        "acknowledge_refund", template_context(email, REFUND, NO_ORDER, shop=shop)
    )

    assert body.startswith("Hello,\n")


def test_it_fills_the_order_facts_into_the_reply(drafter, shop):
    body = drafter.render("acknowledge_refund", context(shop))

    assert "order #1001" in body
    assert "€49.90" in body
    assert "PayPal account" in body


def test_it_drafts_a_reply_with_a_body_and_no_error(drafter):
    draft = drafter.draft(make_email(), REFUND, FULL_ORDER)

    assert isinstance(draft, Draft)
    assert draft.template == "acknowledge_refund"
    assert draft.error is None
    assert draft.body is not None and "Hello Jane," in draft.body


# --- templates that fail -------------------------------------------------------------------


def test_it_names_the_template_line_and_variable_that_is_missing(write_templates):
    drafter = write_templates(
        acknowledge_refund="Hello {{ customer.first_name }},\n\nTrack it here:\n"
        "{{ order.tracking_url }}\n"
    )

    draft = drafter.draft(make_email(), REFUND, FULL_ORDER)

    assert draft.body is None
    assert draft.error is not None
    assert draft.error.startswith("template acknowledge_refund.txt, line 4: ")
    assert "tracking_url" in draft.error


def test_it_names_an_undefined_top_level_variable(write_templates):
    drafter = write_templates(acknowledge_refund="Hello,\n\n{{ voucher_code }}\n")

    draft = drafter.draft(make_email(), REFUND, FULL_ORDER)

    assert draft.body is None
    assert draft.error == "template acknowledge_refund.txt, line 3: 'voucher_code' is undefined"


def test_it_names_the_line_of_a_syntax_error(write_templates):
    drafter = write_templates(acknowledge_refund="Hello,\n\nthanks.\n{% if %}\n")

    draft = drafter.draft(make_email(), REFUND, FULL_ORDER)

    assert draft.body is None
    assert draft.error is not None
    assert draft.error.startswith("template acknowledge_refund.txt, line 4: ")


def test_it_names_a_template_that_does_not_exist(write_templates):
    drafter = write_templates(acknowledge_other="Hello\n")

    draft = drafter.draft(make_email(), REFUND, FULL_ORDER)

    assert draft.body is None
    assert draft.error is not None and "acknowledge_refund.txt" in draft.error


@pytest.mark.parametrize("source", SSTI)
def test_it_never_executes_template_injection(write_templates, source):
    drafter = write_templates(acknowledge_refund=f"Hello,\n{source}\n")

    draft = drafter.draft(make_email(), REFUND, FULL_ORDER)

    assert draft.body is None
    assert draft.error is not None
    assert draft.error.startswith("template acknowledge_refund.txt, line 2: ")
    assert "unsafe" in draft.error


@pytest.mark.parametrize(
    "source",
    [
        "{{ 'a' * 10**9 }}",
        "{{ 10**9 * 'a' }}",
        "{{ ['a'] * 10**9 }}",
        "{{ 9**(9**9) }}",
        "{{ 9**64**64**64**64 }}",
        "{% set n = namespace(x=9) %}{% for i in range(40) %}{% set n.x = n.x * n.x %}"
        "{% endfor %}{{ n.x > 0 }}",
        "{{ range(10**9) | list }}",
        "{% macro again(n) %}{{ again(n) }}{% endmacro %}{{ again(1) }}",
    ],
)
def test_it_rejects_a_template_that_would_exhaust_memory_or_time_quickly(write_templates, source):
    drafter = write_templates(acknowledge_refund=source)

    started = time.monotonic()
    draft = drafter.draft(make_email(), REFUND, FULL_ORDER)

    assert time.monotonic() - started < 2
    assert draft.body is None
    assert draft.error is not None and draft.error.startswith("template acknowledge_refund.txt")


def test_it_computes_nine_to_the_nine_to_the_nine_from_left_to_right(write_templates):
    """Jinja reads `9**9**9` as (9**9)**9 = 9**81, a 78-digit number, not 9**387420489."""
    drafter = write_templates(acknowledge_refund="{{ 9**9**9 }}")

    started = time.monotonic()
    draft = drafter.draft(make_email(), REFUND, FULL_ORDER)

    assert time.monotonic() - started < 2
    assert draft.body == f"{9**81}\n"


def test_it_turns_any_render_failure_into_an_error_draft(write_templates):
    drafter = write_templates(acknowledge_refund="Hello,\n\n{{ 1 / 0 }}\n")

    draft = drafter.draft(make_email(), REFUND, FULL_ORDER)

    assert draft.body is None
    assert draft.error == (
        "template acknowledge_refund.txt, line 3: ZeroDivisionError: division by zero"
    )


def test_it_refuses_a_reply_longer_than_the_limit(write_templates):
    drafter = write_templates(acknowledge_refund="{% for i in range(20000) %}refund {% endfor %}")

    with pytest.raises(TemplateError, match="longer than"):
        drafter.render("acknowledge_refund", {})


# --- subject, names, ids -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "reply"),
    [
        ("Refund for order #1001", "Re: Refund for order #1001"),
        ("Re: Refund", "Re: Refund"),
        ("RE: Re: Refund", "Re: Refund"),
        ("AW: Rückerstattung", "Re: Rückerstattung"),
        ("SV: Re: Aw: Refund", "Re: Refund"),
        ("Re[2]: Refund", "Re: Refund"),
        ("Fwd: Re: Refund", "Re: Refund"),
        ("RE : Refund", "Re: Refund"),
        ("Resend my invoice", "Re: Resend my invoice"),
        ("Rework of order", "Re: Rework of order"),
        ("", "Re: your message"),
        ("   ", "Re: your message"),
        ("Re: ", "Re: your message"),
    ],
)
def test_it_prefixes_the_subject_with_a_single_re(subject, reply):
    assert reply_subject(subject) == reply


@pytest.mark.parametrize(
    ("display_name", "first"),
    [
        ("Jane Doe", "Jane"),
        ("Doe, Jane", "Jane"),
        ('"Doe, Jane"', "Jane"),
        ("Müller, Jürgen", "Jürgen"),
        ("Jean-Luc Picard", "Jean-Luc"),
        ("jane@example.com", ""),
        ("'jane.doe@example.com'", ""),
        ("", ""),
        ("   ", ""),
        ("J. Doe", ""),
        ("Support Team 2", "Support"),
    ],
)
def test_it_finds_the_first_name_to_greet(display_name, first):
    assert first_name(display_name) == first


def test_it_makes_unique_message_ids_in_the_shops_domain():
    ids = {new_message_id("acme.example") for _ in range(1000)}

    assert len(ids) == 1000
    for message_id in ids:
        assert re.fullmatch(
            rf"<{re.escape(OWN_MESSAGE_ID_PREFIX)}\d+\.[0-9a-f]{{16}}@acme\.example>", message_id
        )


def test_screening_knows_our_reply_when_it_comes_back():
    """A drafted reply, sent and then delivered to the shop's inbox again, is a loop."""
    ours = make_email(message_id=new_message_id("acme.example"), sender="Jane <jane@example.com>")

    skip = screen(ours, own_addresses={"support@acme.example"}, own_domain="acme.example")

    assert skip is not None and skip.reason == SkipReason.LOOP


def test_it_threads_the_reply_under_the_customers_message(drafter):
    email = make_email(
        message_id="<c3@mail.example.com>",
        references=("<c1@mail.example.com>", "<inboxbot.1.aa@acme.example>"),
    )

    draft = drafter.draft(email, REFUND, FULL_ORDER)

    assert draft.in_reply_to == "<c3@mail.example.com>"
    assert draft.references == (
        "<c1@mail.example.com>",
        "<inboxbot.1.aa@acme.example>",
        "<c3@mail.example.com>",
    )
    assert draft.reply_message_id.startswith(f"<{OWN_MESSAGE_ID_PREFIX}")
    assert draft.reply_message_id.endswith("@acme.example>")
    assert draft.subject == "Re: Refund please"


def test_it_does_not_repeat_the_customers_id_in_the_references(drafter):
    email = make_email(message_id="<c3@mail.example.com>", references=("<c3@mail.example.com>",))

    assert drafter.draft(email, REFUND, FULL_ORDER).references == ("<c3@mail.example.com>",)


def test_it_threads_nothing_when_the_customer_sent_no_message_id(drafter):
    draft = drafter.draft(make_email(message_id=None), REFUND, FULL_ORDER)

    assert draft.in_reply_to is None
    assert draft.references == ()


def test_it_replies_to_the_reply_to_address_over_from(drafter):
    email = make_email(reply_to=(Address("Jane at home", "jane.home@example.org"),))

    draft = drafter.draft(email, REFUND, FULL_ORDER)

    assert draft.to == Address("Jane at home", "jane.home@example.org")


def test_it_replies_to_the_sender_without_reply_to(drafter):
    assert drafter.draft(make_email(), REFUND, FULL_ORDER).to == Address(
        "Jane Doe", "jane@example.com"
    )


# --- the template context (TPL-2) ----------------------------------------------------------


def leaves(value: Any, path: str = "context") -> list[tuple[str, Any]]:
    """Every non-container value in nested dicts and lists, with where it sits."""
    if isinstance(value, dict):
        assert all(isinstance(key, str) for key in value), path
        return [leaf for key, item in value.items() for leaf in leaves(item, f"{path}.{key}")]
    if isinstance(value, list):
        return [leaf for i, item in enumerate(value) for leaf in leaves(item, f"{path}[{i}]")]
    return [(path, value)]


@pytest.mark.parametrize("order", [FULL_ORDER, NO_ORDER], ids=["full order", "nothing known"])
def test_it_hands_templates_plain_values_only(shop, order):
    """GIVEN a message with an attachment and every order fact (or none)
    WHEN the template context is built
    THEN every leaf is a str, int, float, bool or None: nothing with methods."""
    photo = Attachment("vase.jpg", "image/jpeg", 3, "0" * 64, b"\xff\xd8\xff")
    email = make_email(attachments=(photo,))

    found = leaves(template_context(email, REFUND, order, shop=shop))

    assert len(found) >= 12
    for path, value in found:
        assert value is None or type(value) in (str, int, float, bool), (path, type(value))


def test_it_gives_templates_the_attachment_names_and_order_as_text(shop):
    photo = Attachment("vase.jpg", "image/jpeg", 3, "0" * 64, b"\xff\xd8\xff")

    found = template_context(make_email(attachments=(photo,)), REFUND, FULL_ORDER, shop=shop)

    assert found["attachments"] == ["vase.jpg"]
    assert found["order"] == {
        "number": "#1001",
        "date": "2026-11-02",
        "amount": "49.90",
        "currency": "EUR",
        "amount_text": "€49.90",
        "payment_method": "paypal",
        "payment_method_text": "PayPal account",
        "product": "Ceramic vase",
        "reason": "damaged",
    }
    assert found["evidence"] == [{"kind": "photo", "file": "vase.jpg"}]
    assert found["customer"] == {
        "name": "Jane Doe",
        "first_name": "Jane",
        "address": "jane@example.com",
    }


def test_a_saved_template_replaces_the_file_even_after_the_file_was_rendered():
    drafter = Drafter(DEFAULT_TEMPLATES, shop=ShopSettings())
    context = {"customer": {"first_name": "Ana"}}
    with pytest.raises(TemplateError):  # the file needs more than this context has
        drafter.render("acknowledge_refund", context)
    drafter.use_saved({"acknowledge_refund": (2, "Hello {{ customer.first_name }}")})
    assert drafter.render("acknowledge_refund", context) == "Hello Ana\n"
    assert drafter.versions == {"acknowledge_refund": 2}
    drafter.use_saved({})
    with pytest.raises(TemplateError):
        drafter.render("acknowledge_refund", context)
    assert drafter.versions == {}
