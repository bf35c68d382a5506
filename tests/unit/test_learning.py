"""Learning the shop's mail: its labels, retraining on them, and `inboxbot train` / `label`."""

from __future__ import annotations

import json
import logging
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import insert

from inboxbot import config, learning
from inboxbot.cli import cli
from inboxbot.config import Settings
from inboxbot.models import Label, LabelName, MessageRef
from inboxbot.store import Store, utcnow
from inboxbot.store.ledger import record_message
from inboxbot.store.schema import training_labels
from tests.factories import make_email

ACCOUNT = "maildir:history"


def settings_for(tmp_path: Path, **classifier: object) -> Settings:
    keys = "".join(f"{key} = {json.dumps(value)}\n" for key, value in classifier.items())
    path = tmp_path / "inboxbot.toml"
    path.write_text(
        f'[mailbox]\nkind = "maildir"\npath = "{config.DEMO_MAILDIR}"\n'
        f'[store]\nurl = "sqlite:///{tmp_path / "inboxbot.db"}"\n'
        f'[classifier]\nmodel_path = "{tmp_path / "classifier.skops"}"\n{keys}'
    )
    return config.load(path, env={})


def add_message(store: Store, uid: int, text: str, subject: str = "") -> int:
    email = make_email(text=text, subject=subject, message_id=f"<h{uid}@example.com>")
    with store.write() as conn:
        message, _ = record_message(
            conn,
            MessageRef(ACCOUNT, "INBOX", 1, str(uid), uid),
            email,
            raw=b"Subject: x\r\n\r\nx\r\n",
            received_at=utcnow(),
            skip=None,
            label=Label(LabelName.OTHER, 0.5, "model", "unsure"),
            order=None,
            draft=None,
        )
        return message


def give_label(store: Store, message: int, label: str, kind: str) -> None:
    with store.write() as conn:
        conn.execute(
            insert(training_labels).values(
                message=message, label=label, kind=kind, actor="va", created_at=utcnow()
            )
        )


def test_it_takes_the_latest_label_of_each_message(store: Store) -> None:
    """GIVEN a message a VA confirmed as refund, then relabelled dispute, and another confirmed
    THEN the shop's rows hold the correction, once, and the other message."""
    first = add_message(store, 1, "You took 40 for a 32 order", subject="Order")
    second = add_message(store, 2, "Do you ship to Norway?")
    give_label(store, first, "refund", "confirmed")
    give_label(store, first, "dispute", "corrected")
    give_label(store, second, "other", "confirmed")

    assert learning.store_rows(store) == [
        {"subject": "Order", "text": "You took 40 for a 32 order", "label": "dispute"},
        {"subject": "", "text": "Do you ship to Norway?", "label": "other"},
    ]


def test_it_keeps_rows_once_whatever_their_spacing(tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    rows = [{"text": "Where is my parcel?", "label": "other"}]

    assert learning.add_rows(settings, rows) == 1
    assert learning.add_rows(settings, [{"text": "Where is  my parcel? ", "label": "other"}]) == 0
    assert learning.file_rows(settings) == [
        {"subject": "", "text": "Where is my parcel?", "label": "other"}
    ]


def test_it_holds_back_the_same_rows_every_time() -> None:
    rows = [{"text": f"mail number {n}", "label": "other"} for n in range(400)]

    held = [learning.held_back(row, 0.2) for row in rows]

    assert held == [learning.held_back(row, 0.2) for row in rows]
    assert 40 < sum(held) < 120


def test_it_retrains_only_when_the_labels_change(tmp_path: Path) -> None:
    """GIVEN labelled rows added with `inboxbot train --data`
    WHEN the classifier is retrained, then retrained again with nothing new
    THEN the first run trains with the shop's rows, the second changes nothing."""
    settings = settings_for(tmp_path, holdout=0.01)
    data = tmp_path / "shop.jsonl"
    rows = [
        {"text": "my plant arrived wilted, I'd like the money for it", "label": "refund"},
        {"text": "is the fern pet safe?", "label": "other"},
        {"text": "why is there a second payment for the fern?", "label": "dispute"},
    ]
    data.write_text("".join(json.dumps(row) + "\n" for row in rows))

    result = CliRunner().invoke(
        cli, ["train", "--data", str(data), "--config", str(tmp_path / "inboxbot.toml")]
    )

    assert result.exit_code == 0, result.output
    assert "3 new labelled rows of 3" in result.output
    assert "with 3 shop labels" in result.output
    store = Store.open(settings.store.url)
    try:
        again = learning.retrain(settings, store)
    finally:
        store.close()
    assert again.outcome == "unchanged"


def test_it_keeps_the_current_model_when_the_new_one_is_worse(tmp_path: Path, store: Store) -> None:
    """GIVEN shop labels that call shipping questions refunds, and held-back ones that
    call them other, as the corpus does
    WHEN the classifier is retrained
    THEN the new model does worse on the held-back labels and the current one stays."""
    settings = settings_for(tmp_path, holdout=0.5)
    places = "Norway Spain Chile Japan Canada Peru Malta Kenya Italy Iceland Greece Poland"
    questions = [f"Do you ship to {place}? And how long does it take?" for place in places.split()]
    rows = []
    for text in questions:
        row = {"subject": "", "text": text, "label": "other"}
        rows.append(row if learning.held_back(row, 0.5) else {**row, "label": "refund"})
    assert {row["label"] for row in rows} == {"refund", "other"}
    learning.add_rows(settings, rows)

    result = learning.retrain(settings, store)

    assert result.outcome == "rejected"
    assert result.new_f1 is not None and result.old_f1 is not None
    assert result.new_f1 < result.old_f1
    assert learning.retrain(settings, store).outcome == "unchanged"


def test_it_asks_about_the_least_sure_mail_and_drafts_nothing(tmp_path: Path) -> None:
    """GIVEN three past mails as .eml files
    WHEN a VA runs `inboxbot label` on them and answers two
    THEN the two labels are kept for retraining, and the store holds no draft."""
    history = tmp_path / "history"
    history.mkdir()
    for n, (subject, body) in enumerate(
        [
            ("Hello", "I have a question about my order 4411."),
            ("Order 12", "The vase came, the colour is a bit off."),
            ("Thanks", "Do you ship to Norway?"),
        ]
    ):
        (history / f"{n}.eml").write_bytes(
            f"From: Ann <ann{n}@example.com>\nTo: shop@example.com\nSubject: {subject}\n"
            f"Message-ID: <past{n}@example.com>\n\n{body}\n".encode()
        )
    settings = settings_for(tmp_path, holdout=0.01)

    result = CliRunner().invoke(
        cli,
        ["label", str(history), "--count", "2", "--config", str(tmp_path / "inboxbot.toml")],
        input="o\nr\n",
    )

    assert result.exit_code == 0, result.output
    assert result.output.count("the classifier guesses") == 2
    assert "2 labels kept" in result.output
    assert sorted(row["label"] for row in learning.file_rows(settings)) == ["other", "refund"]
    store = Store.open(settings.store.url)
    try:
        from inboxbot.store.queue import list_drafts

        assert list_drafts(store) == []
    finally:
        store.close()


@pytest.mark.parametrize("share", [0.1, 0.5])
def test_it_holds_back_about_the_share_asked(share: float) -> None:
    rows = [{"text": f"row {n}", "label": "other"} for n in range(1000)]

    held = sum(learning.held_back(row, share) for row in rows)

    assert abs(held / 1000 - share) < 0.06


def test_the_scheduled_job_retrains_on_a_vas_labels_in_a_child_process(tmp_path: Path) -> None:
    """GIVEN a message a VA confirmed as a refund
    WHEN the scheduled retrain job runs
    THEN the model file is rewritten with that label among its shop rows."""
    from classifiers.persist import load

    settings = settings_for(tmp_path, holdout=0.01)
    store = Store.open(settings.store.url)
    try:
        message = add_message(store, 1, "The chair I got has a wobbly leg, money back please")
        give_label(store, message, "refund", "confirmed")
    finally:
        store.close()

    learning.RetrainJob(settings)()

    assert load(settings.classifier.model_path).shop_rows == 1


def test_a_retrain_in_progress_ends_when_the_server_stops_it(tmp_path: Path, caplog) -> None:
    """GIVEN the scheduled retrain running in its child process
    WHEN the server shuts down and stops it
    THEN the child ends at once, which is logged as stopped, not as a failure."""
    settings = settings_for(tmp_path, holdout=0.01)
    Store.open(settings.store.url).close()
    job = learning.RetrainJob(settings)
    running = threading.Thread(target=job)
    caplog.set_level(logging.INFO, logger="inboxbot.learning")

    running.start()
    deadline = time.monotonic() + 30
    while job._child is None and time.monotonic() < deadline:
        time.sleep(0.01)
    job.stop()
    running.join(timeout=30)

    assert not running.is_alive()
    assert "the classifier retrain was stopped" in caplog.text
    assert "failed" not in caplog.text
