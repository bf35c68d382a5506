"""`inboxbot templates check`: every template rendered against every kind of decision."""

from __future__ import annotations

import shutil
from pathlib import Path

from inboxbot import config
from inboxbot.config import DEFAULT_TEMPLATES, PolicySettings, ShopSettings, TemplateSettings
from inboxbot.drafting import Drafter, drafter_for
from inboxbot.template_check import REPLIES, check_templates, preview

ALL_LANGUAGES = ShopSettings(name="Acme Homewares", languages=["en", "de", "es", "fr"])


def settings_for(templates: Path, shop: ShopSettings = ALL_LANGUAGES) -> config.Settings:
    return config.load(None).model_copy(
        update={"templates": TemplateSettings(path=templates), "shop": shop}
    )


def test_the_shipped_templates_pass_in_every_language() -> None:
    settings = settings_for(DEFAULT_TEMPLATES)

    tried, problems = check_templates(drafter_for(settings), settings)

    assert problems == []
    # Each reply in 4 languages, for 3 labels, 3 orders, 10 decisions, with and without a name.
    assert tried == len(REPLIES) * 4 * 3 * 3 * 10 * 2


def test_it_names_a_template_that_fails_and_one_that_is_missing(tmp_path: Path) -> None:
    shutil.copytree(DEFAULT_TEMPLATES, tmp_path, dirs_exist_ok=True)
    (tmp_path / "partial_refund_fr.txt").write_text(
        "Bonjour,\n\n{% if decision.eligible %}{{ decision.voucher }}{% endif %}\n"
    )
    (tmp_path / "outside_window_es.txt").unlink()
    settings = settings_for(tmp_path)

    _, problems = check_templates(Drafter(tmp_path, shop=settings.shop), settings)

    assert problems == [
        "outside_window_es: no such template, though shop.languages lists 'es' "
        "(English is sent instead)",
        "template partial_refund_fr.txt, line 3: 'dict object' has no attribute 'voucher'",
    ]


def test_a_language_the_shop_does_not_write_is_not_required(tmp_path: Path) -> None:
    shutil.copytree(DEFAULT_TEMPLATES, tmp_path, dirs_exist_ok=True)
    for variant in tmp_path.glob("*_es.txt"):
        variant.unlink()
    settings = settings_for(tmp_path, ShopSettings(languages=["en", "de"]))

    assert check_templates(drafter_for(settings), settings)[1] == []


def test_it_names_a_reply_the_drafter_needs_that_has_no_file(tmp_path: Path) -> None:
    shutil.copytree(DEFAULT_TEMPLATES, tmp_path, dirs_exist_ok=True)
    (tmp_path / "duplicate_charge.txt").unlink()
    settings = settings_for(tmp_path, ShopSettings(languages=["en"]))

    _, problems = check_templates(drafter_for(settings), settings)

    assert problems == [f"duplicate_charge: no such template in {tmp_path}"]


def test_a_preview_drafts_one_template_for_one_mail(tmp_path: Path) -> None:
    """GIVEN a policy that wants a photo of any damage
    WHEN a German mail about a broken cup without one is previewed in need_information_de
    THEN the reply greets the customer in German and asks for exactly the photo."""
    policy = tmp_path / "policy.toml"
    policy.write_text("[refund]\nphoto_required_for_damage = true\n")
    settings = settings_for(DEFAULT_TEMPLATES).model_copy(
        update={"policy": PolicySettings(file=policy)}
    )
    raw = (
        b"From: Max Muster <max@example.de>\r\nTo: support@acme.example\r\n"
        b"Subject: Bestellung 4711\r\nDate: Fri, 20 Nov 2026 10:00:00 +0100\r\n\r\n"
        b"Hallo, die Tasse aus Bestellung 4711 kam zerbrochen an. Ich habe 24,90 EUR bezahlt.\r\n"
    )

    body = preview(drafter_for(settings), settings, "need_information_de", raw)

    assert body.startswith("Hallo Max,\n")
    assert "ein oder zwei Fotos vom Schaden" in body
    assert "Bestellnummer" not in body
