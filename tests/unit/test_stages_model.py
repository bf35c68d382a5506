"""The stages load the saved model instead of training, and follow it when a retrain replaces it."""

from __future__ import annotations

import os
from pathlib import Path

from classifiers import Classifier
from classifiers.persist import NO_LABELS, save
from inboxbot import config
from inboxbot.stages import Stages

MAILS = [("", "hello there, a question"), ("Order", "the lamp is lovely"), ("", "refund")]


def settings_with_model(tmp_path: Path) -> config.Settings:
    path = tmp_path / "inboxbot.toml"
    path.write_text(
        f'[mailbox]\nkind = "maildir"\npath = "{config.DEMO_MAILDIR}"\n'
        f'[classifier]\nmodel_path = "{tmp_path / "classifier.skops"}"\n'
    )
    return config.load(path, env={})


def tiny(refund: str, other: str) -> Classifier:
    rows = [{"text": refund, "label": "refund"}, {"text": other, "label": "other"}]
    return Classifier.train(rows)


def test_it_loads_the_saved_model_and_follows_a_retrain(tmp_path: Path) -> None:
    """GIVEN a model file holding a small model
    WHEN the stages start
    THEN they label with that model, not one trained afresh; and when a retrain
    replaces the file, the next batch labels with the new one."""
    settings = settings_with_model(tmp_path)
    first = tiny("refund please", "hello there")
    save(first, settings.classifier.model_path, labels=NO_LABELS, shop_rows=0)

    stages = Stages(settings)

    assert stages.classifier.predict_many(MAILS) == first.predict_many(MAILS)
    assert stages.reload_model() is False  # nothing changed
    second = tiny("the lamp", "a question")
    save(second, settings.classifier.model_path, labels="new", shop_rows=2)
    stamp = settings.classifier.model_path.stat().st_mtime + 5
    os.utime(settings.classifier.model_path, (stamp, stamp))

    assert stages.reload_model() is True
    assert stages.classifier.predict_many(MAILS) == second.predict_many(MAILS)


def test_it_keeps_its_model_when_the_new_file_is_damaged(tmp_path: Path) -> None:
    settings = settings_with_model(tmp_path)
    first = tiny("refund please", "hello there")
    save(first, settings.classifier.model_path, labels=NO_LABELS, shop_rows=0)
    stages = Stages(settings)

    settings.classifier.model_path.write_bytes(b"not a model")
    stamp = settings.classifier.model_path.stat().st_mtime + 5
    os.utime(settings.classifier.model_path, (stamp, stamp))

    assert stages.reload_model() is False
    assert stages.classifier.predict_many(MAILS) == first.predict_many(MAILS)
