"""`inboxbot report`: the figures of the Reports page in a terminal, and as JSON for scripts."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from inboxbot.store import Store
from tests.integration.conftest import run_inboxbot
from tests.reportdata import Shop

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    """A shop in Berlin whose store holds known mail of November 2026."""
    url = f"sqlite:///{tmp_path / 'inboxbot.db'}"
    store = Store.open(url)
    shop = Shop(store)

    def at(text: str) -> datetime:
        return datetime.fromisoformat(text).replace(tzinfo=BERLIN)

    shop.mail(at("2026-10-31 23:30"))  # the day before the period
    shop.mail(at("2026-11-01 00:30"), reason="damaged", product="Lamp", amount=("12.50", "EUR"))
    shop.mail(at("2026-11-02 10:00"), reason="damaged", product="Lamp", amount=("20.00", "USD"))
    shop.mail(at("2026-11-03 10:00"), "dispute")
    shop.mail(at("2026-11-03 10:00"), "other")
    shop.mail(at("2026-11-03 10:00"), status="screened")
    shop.mail(at("2026-11-04 10:00"), status="quarantined")
    shop.mail(at("2026-12-01 00:30"))  # the day after
    store.close()
    for folder in ("cur", "new", "tmp"):
        (tmp_path / "mail" / folder).mkdir(parents=True)
    path = tmp_path / "inboxbot.toml"
    path.write_text(
        '[shop]\nname = "Acme"\naddress = "support@acme.example"\ntimezone = "Europe/Berlin"\n'
        f'[mailbox]\nkind = "maildir"\npath = "{tmp_path / "mail"}"\n'
        f'[store]\nurl = "{url}"\n'
    )
    return path


def test_report_json_holds_the_periods_totals_and_reasons(config_file):
    done = run_inboxbot(
        "report",
        "--since",
        "2026-11-01",
        "--until",
        "2026-11-30",
        "--config",
        str(config_file),
        "--json",
    )

    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    volume = {
        k: found["volume"][k] for k in ("refund", "dispute", "other", "screened", "quarantined")
    }
    assert volume == {"refund": 2, "dispute": 1, "other": 1, "screened": 1, "quarantined": 1}
    assert found["rates"] == {"refund": 0.5, "dispute": 0.25}
    assert found["reasons"][0]["amounts"] == [
        {"currency": "EUR", "amount": "12.50"},
        {"currency": "USD", "amount": "20.00"},
    ]
    assert found["volume"]["buckets"][0] == {
        "start": "2026-11-01",
        "refund": 1,
        "dispute": 0,
        "other": 0,
    }
    assert len(found["volume"]["buckets"]) == 30


def test_report_without_json_prints_a_short_summary(config_file):
    done = run_inboxbot(
        "report", "--since", "2026-11-01", "--until", "2026-11-30", "--config", str(config_file)
    )

    assert done.returncode == 0, done.stderr
    assert "4 customer mails, 1 screened, 1 quarantined" in done.stdout
    assert "damaged" in done.stdout and "12.50 EUR, 20.00 USD" in done.stdout


def test_report_refuses_a_period_that_ends_before_it_starts(config_file):
    done = run_inboxbot(
        "report", "--since", "2026-11-05", "--until", "2026-11-01", "--config", str(config_file)
    )

    assert done.returncode == 1
    assert "starts (2026-11-05) after it ends (2026-11-01)" in done.stderr
