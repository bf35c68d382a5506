"""The `inboxbot` command: thin commands over the pipeline, the queue and the store.

This is the only module that prints for people or exits the process. Errors
inboxbot raises on purpose become one line on stderr: exit status 2 for a
configuration problem, 1 for anything else (a mailbox that cannot be reached,
a queue action that is not allowed).
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import secrets
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from inboxbot import __version__, config, logs, review, users
from inboxbot.errors import ConfigError, InboxbotError, MalformedMessage, TemplateError
from inboxbot.mail.parse import parse
from inboxbot.models import Outcome
from inboxbot.pipeline import Poller
from inboxbot.store import Store
from inboxbot.store.queue import get_draft, list_drafts, list_messages

log = logging.getLogger("inboxbot")


@dataclass
class Context:
    handler: logging.Handler

    def settings(self, path: str | None) -> config.Settings:
        settings = config.load(path)
        secrets = []
        if settings.mailbox.kind == "imap":
            secrets.append(settings.mailbox_password())
        if settings.smtp.host and (smtp_password := settings.smtp_password()):
            secrets.append(smtp_password)
        logs.mask(self.handler, secrets)
        return settings

    def open(self, path: str | None) -> tuple[config.Settings, Store]:
        settings = self.settings(path)
        return settings, Store.open(settings.store.url)


config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    envvar="INBOXBOT_CONFIG",
    help="The configuration file (or INBOXBOT_CONFIG); without one, the bundled demo.",
)
actor_option = click.option(
    "--as", "actor", default=lambda: getpass.getuser(), help="Who acts (default: your user name)."
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log debugging detail.")
@click.version_option(__version__, prog_name="inboxbot")
@click.pass_context
def cli(ctx: click.Context, verbose: bool) -> None:
    """Drafts replies to refund and dispute mail for a person to approve."""
    ctx.obj = Context(logs.setup(verbose=verbose))


@cli.command()
@click.option(
    "--once", is_flag=True, help="One pass, then exit (else keep polling on the schedule)."
)
@config_option
@click.pass_obj
def poll(obj: Context, once: bool, config_path: str | None) -> None:
    """Fetch new mail from the mailbox and draft replies."""
    settings, store = obj.open(config_path)
    poller = Poller(settings, store)
    try:
        if once:
            click.echo(poller.poll_once().summary())
        else:
            from inboxbot import scheduler

            scheduler.run(poller)
    finally:
        poller.close()


@cli.command()
@click.option("--once", is_flag=True, help="One pass over the approved drafts (required).")
@config_option
@click.pass_obj
def send(obj: Context, once: bool, config_path: str | None) -> None:
    """Send every approved draft that is due (by SMTP, or to the Drafts folder), then exit."""
    from inboxbot.outbox import Outbox

    if not once:
        raise click.UsageError("use --once; `inboxbot serve` sends on the schedule")
    settings, store = obj.open(config_path)
    click.echo(Outbox(settings, store).send_once().summary())


@cli.command()
@click.option(
    "--once", is_flag=True, help="One pass, then exit (else keep running on the schedule)."
)
@config_option
@click.pass_obj
def followups(obj: Context, once: bool, config_path: str | None) -> None:
    """Draft the follow-ups that are due and acknowledge new mail (if switched on)."""
    from inboxbot import scheduler

    settings, store = obj.open(config_path)
    job = scheduler.FollowupJob(settings, store)
    if once:
        from inboxbot.followups import run_once

        click.echo(run_once(store, job.drafter, settings, now=datetime.now(UTC)).summary())
        return
    every = settings.followup.check_minutes * 60
    scheduler.run_jobs([scheduler.Job("followups", job, every)])


@cli.command()
@config_option
@click.pass_obj
def serve(obj: Context, config_path: str | None) -> None:
    """Poll the mailbox on the schedule and serve the web UI until stopped."""
    from inboxbot.web import server

    settings, store = obj.open(config_path)
    admin = users.ensure_admin(store, os.environ)
    if admin is not None:
        log.info("created the manager %s from INBOXBOT_ADMIN_EMAIL", admin.email)
    elif users.count_users(store) == 0:
        log.warning(
            "nobody can log in yet: create the first manager with "
            "`inboxbot users add EMAIL --role manager` or INBOXBOT_ADMIN_EMAIL/_PASSWORD"
        )
    server.check_port(settings.web)
    poller = Poller(settings, store)
    log.info("polling %s every %d s", poller.settings.account, settings.schedule.poll_seconds)
    log.info("web UI on %s", server.url(settings.web))
    try:
        server.serve(poller, store)
    finally:
        poller.close()


# The demo's logins; their passwords are made anew each time the demo starts.
DEMO_USERS = (("manager@acme.example", "manager"), ("va@acme.example", "va"))


@cli.command()
@click.option("--no-web", is_flag=True, help="Draft the sample inbox and exit, without the web UI.")
@click.pass_obj
def demo(obj: Context, no_web: bool) -> None:
    """Draft replies for the bundled sample inbox, then serve the web UI to review them."""
    settings, store = obj.open(None)
    if not no_web:
        from inboxbot.web import server

        server.check_port(settings.web)
    poller = Poller(settings, store)
    try:
        report = poller.poll_once()
    except BaseException:
        poller.close()
        raise
    click.echo(f"inboxbot {__version__} demo: the sample inbox of {settings.shop.name}")
    click.echo(f"  mailbox: {settings.mailbox.path}")
    click.echo(f"  store:   {settings.store.url}\n")
    click.echo(f"  {'from':<34} {'label':<8} what happened")
    for row in reversed(list_messages(store, limit=1000)):
        label = row["label"] if row["status"] == "drafted" else "-"
        click.echo(f"  {_cut(row['from_address'], 34):<34} {label:<8} {_what(row)}")
    click.echo(f"\nThis run: {report.summary()}")
    pending = len(list_drafts(store, status="pending", limit=100_000))
    me = _command_name()
    click.echo(
        f"\n{pending} drafts wait for review. Work the queue:\n"
        f"  {me} queue list                        every draft, disputes first\n"
        f"  {me} queue show ID                     a draft beside the customer's mail\n"
        f"  {me} queue approve ID                  approve it as it stands\n"
        f"  {me} queue edit ID, reject ID --reason TEXT\n"
        f"  {me} messages list --status screened   mail that got no draft, and why"
    )
    if no_web:
        poller.close()
        return
    try:
        logins = [(email, role, _demo_login(store, email, role)) for email, role in DEMO_USERS]
        click.echo(f"\nOr in the browser: {server.url(settings.web)}  (Ctrl-C stops it)")
        for email, role, password in logins:
            click.echo(f"  {role:<8} Email {email:<22} Password {password}")
        sys.stdout.flush()
        server.serve(poller, store)
    finally:
        poller.close()


def _demo_login(store: Store, email: str, role: str) -> str:
    """A fresh password for one of the demo's users, made if it is not there yet."""
    password = secrets.token_urlsafe(12)
    try:
        users.add_user(store, email, password, role=role, name=f"Demo {role}", actor="demo")
    except users.UserError:
        users.set_password(store, email, password, actor="demo")
    return password


def _command_name() -> str:
    """How this user can run inboxbot: plain `inboxbot` only when it is on the PATH."""
    script = Path(sys.executable).parent / "inboxbot"
    found = shutil.which("inboxbot")
    if found and Path(found).resolve() == script.resolve():
        return "inboxbot"
    if script.exists():
        try:
            return str(script.relative_to(Path.cwd()))
        except ValueError:
            return str(script)
    return f"{Path(sys.executable).name} -m inboxbot"


@cli.command()
@config_option
@click.pass_obj
def check(obj: Context, config_path: str | None) -> None:
    """Check the configuration, reach the mailbox, open the store."""
    from inboxbot.drafting import drafter_for
    from inboxbot.pipeline import open_source

    settings, _ = obj.open(config_path)
    click.echo(f"configuration: ok ({config_path or 'built-in demo'})")
    source = open_source(settings)
    with source:
        describe = getattr(source, "describe", None)
        facts = describe() if describe else {"path": str(settings.mailbox.path)}
    for key, value in facts.items():
        click.echo(f"mailbox {key}: {' '.join(value) if isinstance(value, list) else value}")
    click.echo(f"store: ok ({settings.store.url})")
    names = drafter_for(settings).names()
    click.echo(f"templates: {', '.join(names)} ({settings.templates.path})")


@cli.group()
def templates() -> None:
    """Check the reply templates, or preview one for a mail."""


@templates.command("check")
@config_option
@click.pass_obj
def templates_check(obj: Context, config_path: str | None) -> None:
    """Render every template against sample mail; fail on any error."""
    from inboxbot.drafting import drafter_for
    from inboxbot.template_check import check_templates

    settings = obj.settings(config_path)
    drafter = drafter_for(settings)
    tried, problems = check_templates(drafter, settings)
    for problem in problems:
        click.echo(problem)
    names = len(drafter.names())
    if problems:
        raise TemplateError(f"{len(problems)} problems in {names} templates")
    click.echo(f"{names} templates, {tried} renderings: ok ({settings.templates.path})")


@templates.command("preview")
@click.argument("name")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@config_option
@click.pass_obj
def templates_preview(obj: Context, name: str, file: str, config_path: str | None) -> None:
    """Show template NAME drafted for the mail in FILE."""
    from inboxbot.drafting import drafter_for
    from inboxbot.template_check import preview

    settings = obj.settings(config_path)
    click.echo(preview(drafter_for(settings), settings, name, Path(file).read_bytes()), nl=False)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line per file.")
@config_option
@click.pass_obj
def triage(obj: Context, files: Sequence[str], as_json: bool, config_path: str | None) -> None:
    """Run the pipeline on .eml files; touches no mailbox and no store."""
    from inboxbot.stages import Stages  # scikit-learn: only the commands that classify load it

    settings = obj.settings(config_path)
    stages = Stages(settings)
    failed = False
    for name in files:
        try:
            outcome = stages.run([parse(Path(name).read_bytes())])[0]
        except MalformedMessage as err:
            failed = True
            result: dict[str, Any] = {"file": name, "error": str(err)}
        else:
            result = triage_result(name, outcome)
        if as_json:
            click.echo(json.dumps(result, ensure_ascii=False))
        else:
            _show_triage(result)
    if failed:
        sys.exit(1)


@cli.command()
@click.option(
    "--data",
    "data",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="JSONL rows of text and label.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@config_option
@click.pass_obj
def evaluate(obj: Context, data: str, as_json: bool, config_path: str | None) -> None:
    """Measure the shop's classifier on labelled rows it was not trained on."""
    from classifiers import evaluate as measure
    from classifiers import read_jsonl
    from classifiers.persist import load_or_train

    try:
        rows = read_jsonl(data)
    except ValueError as err:
        raise InboxbotError(f"{data}: {err}") from None
    settings = obj.settings(config_path)
    model = load_or_train(
        settings.classifier.model_path, triage_below=settings.classifier.triage_below
    )
    figures = measure(model, rows)
    if as_json:
        click.echo(json.dumps(figures))
        return
    click.echo(
        f"{len(rows)} rows: accuracy {figures['accuracy']:.3f}, macro-F1 {figures['macro_f1']:.3f}"
    )
    click.echo(f"  {'':<8} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
    for label, f in figures["per_class"].items():
        scores = f"{f['precision']:>9.3f} {f['recall']:>7.3f} {f['f1']:>6.3f} {f['support']:>8}"
        click.echo(f"  {label:<8} {scores}")
    labels = figures["confusion"]["labels"]
    click.echo(
        "  confusion (rows: true, columns: predicted) " + " ".join(f"{x:>8}" for x in labels)
    )
    for label, line in zip(labels, figures["confusion"]["matrix"], strict=True):
        click.echo(f"  {label:<42} " + " ".join(f"{n:>8}" for n in line))


@cli.command()
@click.option(
    "--since", type=click.DateTime(["%Y-%m-%d"]), help="First day (default: 30 days ago)."
)
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Last day (default: today).")
@click.option("--by", type=click.Choice(["day", "week"]), default="day", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Every figure as one JSON object.")
@config_option
@click.pass_obj
def report(
    obj: Context,
    since: datetime | None,
    until: datetime | None,
    by: str,
    as_json: bool,
    config_path: str | None,
) -> None:
    """Why customers ask for their money back and how fast they are answered, for a period."""
    from inboxbot import report_formats, reports

    settings, store = obj.open(config_path)
    now = datetime.now(UTC)
    span = reports.period(
        since.date() if since else None,
        until.date() if until else None,
        zone=settings.shop.zone,
        now=now,
        by=by,
    )
    found = reports.build(store, settings, span, now=now)
    if as_json:
        click.echo(json.dumps(report_formats.as_json(found), ensure_ascii=False, indent=1))
    else:
        click.echo(report_formats.text(found))


@cli.command()
@click.option(
    "--data",
    "data",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="JSONL rows of text and label (optionally subject) to learn from.",
)
@config_option
@click.pass_obj
def train(obj: Context, data: str, config_path: str | None) -> None:
    """Add labelled rows to the shop's labels and retrain the classifier on them."""
    from classifiers import read_jsonl
    from inboxbot import learning

    try:
        rows = read_jsonl(data)
    except ValueError as err:
        raise InboxbotError(f"{data}: {err}") from None
    settings, store = obj.open(config_path)
    added = learning.add_rows(settings, rows)
    click.echo(f"{added} new labelled rows of {len(rows)} kept in {learning.labels_file(settings)}")
    click.echo(learning.retrain(settings, store).summary())


@cli.command()
@click.argument("history", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--count", default=20, show_default=True, help="How many mails to ask about.")
@config_option
@click.pass_obj
def label(obj: Context, history: tuple[str, ...], count: int, config_path: str | None) -> None:
    """Label past mail (.eml files, Maildir folders) the classifier is least sure of.

    Reads the files only: nothing is drafted, sent or stored as mail. The labels
    are kept with the shop's labels, and the classifier is retrained on them.
    """
    from classifiers.persist import load_or_train
    from classifiers.sampling import least_sure
    from inboxbot import learning
    from inboxbot.screening import screen

    settings, store = obj.open(config_path)
    shop = settings.shop
    mails = []
    for path in _mail_files(history):
        try:
            email = parse(path.read_bytes())
        except (MalformedMessage, OSError) as err:
            click.echo(f"skipped {path}: {err}", err=True)
            continue
        if screen(email, own_addresses=shop.own_addresses, own_domain=shop.domain) is None:
            mails.append(email)
    if not mails:
        raise InboxbotError("no customer mail found in " + ", ".join(history))
    model = load_or_train(settings.classifier.model_path)
    items = [(m.subject, m.text) for m in mails]
    chosen = least_sure(model, items, count)
    keys = {"r": "refund", "d": "dispute", "o": "other"}
    rows = []
    for n, i in enumerate(chosen, start=1):
        guess = model.predict(subject=items[i][0], text=items[i][1])
        click.echo(f"\n[{n}/{len(chosen)}] {mails[i].subject or '(no subject)'}")
        click.echo(mails[i].new_text[:1200])
        click.echo(f"-- the classifier guesses {guess.name.value} ({guess.confidence:.2f})")
        answer = click.prompt(
            "refund, dispute, other, skip or quit",
            type=click.Choice(["r", "d", "o", "s", "q"]),
            show_choices=True,
        )
        if answer == "q":
            break
        if answer in keys:
            rows.append({"subject": items[i][0], "text": items[i][1], "label": keys[answer]})
    added = learning.add_rows(settings, rows)
    click.echo(f"{added} labels kept in {learning.labels_file(settings)}")
    if added:
        click.echo(learning.retrain(settings, store).summary())


def _mail_files(paths: Sequence[str]) -> list[Path]:
    """Every file under `paths`: .eml files, or the messages of Maildir folders."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        else:
            found.append(path)
    return found


@cli.group()
def queue() -> None:
    """Work the approval queue: list, show, approve, edit, reject."""


@queue.command("list")
@click.option("--status", help="Only drafts in this status (pending, approved, rejected …).")
@click.option("--label", type=click.Choice(["refund", "dispute", "other"]), help="Only this label.")
@click.option("--limit", default=200, show_default=True, help="At most this many drafts.")
@click.option("--json", "as_json", is_flag=True, help="A JSON array of drafts.")
@config_option
@click.pass_obj
def queue_list(
    obj: Context,
    status: str | None,
    label: str | None,
    limit: int,
    as_json: bool,
    config_path: str | None,
) -> None:
    """The drafts: pending first, disputes first among them, then oldest first."""
    _, store = obj.open(config_path)
    rows = list_drafts(store, status=status, label=label, limit=limit)
    if as_json:
        click.echo(json.dumps([queue_item(row) for row in rows], ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("no drafts")
        return
    now = datetime.now(UTC)
    click.echo(
        f"{'id':>5}  {'status':<9} {'label':<8} {'age':>5}  {'from':<28} {'order':<10} subject"
    )
    for row in rows:
        order = row["order_facts"].get("number", {}).get("value", "")
        flag = "  [template error]" if row["error"] else ""
        sender, subject = _cut(row["from_address"], 28), _cut(row["message_subject"], 50)
        click.echo(
            f"{row['id']:>5}  {row['status']:<9} {row['label']:<8} "
            f"{_age(now, row['created_at']):>5}  {sender:<28} {_cut(order, 10):<10} {subject}{flag}"
        )


@queue.command("show")
@click.argument("draft_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="The draft as JSON.")
@config_option
@click.pass_obj
def queue_show(obj: Context, draft_id: int, as_json: bool, config_path: str | None) -> None:
    """A draft beside the customer's mail, with the facts found in it."""
    _, store = obj.open(config_path)
    row = get_draft(store, draft_id)
    if row is None:
        raise InboxbotError(f"there is no draft {draft_id}")
    if as_json:
        click.echo(json.dumps(row, default=str, ensure_ascii=False, indent=1))
        return
    sender = (
        f"{row['from_name']} <{row['from_address']}>" if row["from_name"] else row["from_address"]
    )
    why = f"{row['label_source']} {row['confidence']:.2f}: {row['label_reason']}"
    click.echo(f"draft {row['id']}  [{row['status']}]  {row['label']} ({why})")
    if row["label_words"]:
        click.echo(f"  words: {row['label_words']}")
    click.echo(f"\nfrom:    {sender}\nsubject: {row['message_subject']}\n")
    click.echo(_indent(row["new_text"] or row["text"]))
    for name, fact in row["order_facts"].items():
        value = fact["value"]
        if isinstance(value, list):  # evidence: the attachments by kind
            value = ", ".join(f"{item['kind']}: {item['file']}" for item in value)
        elif isinstance(value, dict):
            value = f"{value['amount']} {value['currency'] or ''}".strip()
        click.echo(f'  {name:<15} {value}   (from "{fact["source"]}", {fact["confidence"]:.2f})')
    for a in row["attachments"]:
        click.echo(f"  attachment     {a['filename']} ({a['content_type']}, {a['size']} bytes)")
    click.echo(f"\n--- reply ({row['template']}) to {row['to_address']}: {row['subject']}")
    click.echo(row["body"] if row["body"] is not None else f"[no text: {row['error']}]")
    if row["status"] == "rejected":
        click.echo(f"--- rejected by {row['decided_by']}: {row['reject_reason']}")
    elif row["decided_by"]:
        click.echo(f"--- {row['status']} by {row['decided_by']} at {row['decided_at']}")
    _show_sending(row)


@queue.command("approve")
@click.argument("draft_id", type=int)
@actor_option
@config_option
@click.pass_obj
def queue_approve(obj: Context, draft_id: int, actor: str, config_path: str | None) -> None:
    """Approve a pending draft as it stands."""
    from inboxbot.followups import FollowupRule

    settings, store = obj.open(config_path)
    review.approve(store, draft_id, actor=actor, followups=FollowupRule.of(settings))
    click.echo(f"draft {draft_id} approved by {actor}")


@queue.command("edit")
@click.argument("draft_id", type=int)
@click.option(
    "--body-file",
    type=click.File("r", encoding="utf-8"),
    help="The new text ('-' for stdin); else $EDITOR opens.",
)
@actor_option
@config_option
@click.pass_obj
def queue_edit(
    obj: Context, draft_id: int, body_file: Any, actor: str, config_path: str | None
) -> None:
    """Change the text of a pending draft."""
    _, store = obj.open(config_path)
    if body_file is not None:
        body = body_file.read()
    else:
        row = get_draft(store, draft_id)
        if row is None:
            raise InboxbotError(f"there is no draft {draft_id}")
        body = click.edit(row["body"] or "", extension=".txt")
        if body is None:
            click.echo("no change")
            return
    review.edit(store, draft_id, actor=actor, body=body)
    click.echo(f"draft {draft_id} edited by {actor}")


@queue.command("reject")
@click.argument("draft_id", type=int)
@click.option("--reason", required=True, help="Why: a manager reads it to improve the templates.")
@actor_option
@config_option
@click.pass_obj
def queue_reject(
    obj: Context, draft_id: int, reason: str, actor: str, config_path: str | None
) -> None:
    """Reject a pending draft, saying why."""
    _, store = obj.open(config_path)
    review.reject(store, draft_id, actor=actor, reason=reason)
    click.echo(f"draft {draft_id} rejected by {actor}")


@queue.command("mark-sent")
@click.argument("draft_id", type=int)
@actor_option
@config_option
@click.pass_obj
def queue_mark_sent(obj: Context, draft_id: int, actor: str, config_path: str | None) -> None:
    """An uncertain reply did arrive (it is in Sent, or the customer answered it)."""
    _, store = obj.open(config_path)
    review.mark_sent(store, draft_id, actor=actor)
    click.echo(f"draft {draft_id} marked as sent by {actor}")


@queue.command("send-again")
@click.argument("draft_id", type=int)
@actor_option
@config_option
@click.pass_obj
def queue_send_again(obj: Context, draft_id: int, actor: str, config_path: str | None) -> None:
    """An uncertain reply did not arrive, or a failed one may go now: send it again."""
    _, store = obj.open(config_path)
    review.send_again(store, draft_id, actor=actor)
    click.echo(f"draft {draft_id} will be sent again (approved by {actor})")


def _show_sending(row: dict[str, Any]) -> None:
    """Where a reply stands in the outbox, and what to do about it."""
    status, error = row["status"], row.get("send_error")
    if status == "sent" and row.get("sent_via") == "drafts":
        click.echo(f"--- saved to the Drafts folder at {row['reply_sent_at']}: send it from there")
    elif status == "sent":
        click.echo(f"--- sent at {row['reply_sent_at']}")
    elif status == "failed":
        click.echo(f"--- not sent: {error}")
    elif status == "uncertain":
        click.echo(f"--- uncertain: {error}")
        click.echo(
            f"    if it arrived: inboxbot queue mark-sent {row['id']}; "
            f"if not: inboxbot queue send-again {row['id']}"
        )
    elif status == "approved" and error:
        click.echo(f"--- waiting to be sent (try {row['send_attempts'] + 1}): {error}")


@cli.group()
def messages() -> None:
    """The mail itself, including what got no draft and why."""


@messages.command("list")
@click.option(
    "--status", type=click.Choice(["drafted", "screened", "quarantined"]), help="Only this status."
)
@click.option("--limit", default=200, show_default=True, help="At most this many messages.")
@click.option("--json", "as_json", is_flag=True, help="A JSON array of messages.")
@config_option
@click.pass_obj
def messages_list(
    obj: Context, status: str | None, limit: int, as_json: bool, config_path: str | None
) -> None:
    """Messages newest first: drafted, screened (and why) or quarantined (and the error)."""
    _, store = obj.open(config_path)
    rows = list_messages(store, status=status, limit=limit)
    if as_json:
        click.echo(json.dumps(rows, default=str, ensure_ascii=False, indent=1))
        return
    for row in rows:
        why = row["error"] or (
            f"{row['skip_reason']}: {row['skip_detail']}" if row["skip_reason"] else ""
        )
        sender, subject = _cut(row["from_address"], 30), _cut(row["subject"], 40)
        click.echo(f"{row['id']:>5}  {row['status']:<11} {sender:<30} {subject:<40} {why}")


@cli.group("users")
def users_group() -> None:
    """The people who log in to the web UI: add, list, passwd, deactivate, activate."""


password_file_option = click.option(
    "--password-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Read the password from this file (mode 0600) instead of asking.",
)


@users_group.command("add")
@click.argument("email")
@click.option(
    "--role", required=True, type=click.Choice(["va", "manager"]), help="What they may do."
)
@click.option("--name", default="", help="The name the web UI shows.")
@password_file_option
@actor_option
@config_option
@click.pass_obj
def users_add(
    obj: Context,
    email: str,
    role: str,
    name: str,
    password_file: Path | None,
    actor: str,
    config_path: str | None,
) -> None:
    """Add an account; the password is asked twice unless --password-file is given."""
    from inboxbot import users

    _, store = obj.open(config_path)
    user = users.add_user(
        store, email, _new_password(password_file), role=role, name=name, actor=actor
    )
    click.echo(f"added {user.role} {user.email}")


@users_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="A JSON array of users.")
@config_option
@click.pass_obj
def users_list(obj: Context, as_json: bool, config_path: str | None) -> None:
    """Every account: managers first, then by e-mail."""
    from inboxbot import users

    _, store = obj.open(config_path)
    found = users.list_users(store)
    if as_json:
        rows = [
            {"id": u.id, "email": u.email, "name": u.name, "role": u.role.value, "active": u.active}
            for u in found
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not found:
        click.echo("no users")
        return
    for u in found:
        state = "" if u.active else "  (deactivated)"
        click.echo(f"{u.email:<36} {u.role.value:<8} {u.name}{state}")


@users_group.command("passwd")
@click.argument("email")
@password_file_option
@actor_option
@config_option
@click.pass_obj
def users_passwd(
    obj: Context, email: str, password_file: Path | None, actor: str, config_path: str | None
) -> None:
    """Set a new password; every session of that user ends."""
    from inboxbot import users

    _, store = obj.open(config_path)
    users.set_password(store, email, _new_password(password_file), actor=actor)
    click.echo(f"password of {email} changed; their sessions ended")


@users_group.command("deactivate")
@click.argument("email")
@actor_option
@config_option
@click.pass_obj
def users_deactivate(obj: Context, email: str, actor: str, config_path: str | None) -> None:
    """Stop an account from logging in, ending its sessions; its history stays."""
    from inboxbot import users

    _, store = obj.open(config_path)
    users.set_active(store, email, False, actor=actor)
    click.echo(f"{email} deactivated")


@users_group.command("activate")
@click.argument("email")
@actor_option
@config_option
@click.pass_obj
def users_activate(obj: Context, email: str, actor: str, config_path: str | None) -> None:
    """Let a deactivated account log in again."""
    from inboxbot import users

    _, store = obj.open(config_path)
    users.set_active(store, email, True, actor=actor)
    click.echo(f"{email} activated")


def _new_password(path: Path | None) -> str:
    """A new password from a 0600 file, or typed twice without echo."""
    if path is not None:
        return config.read_secret_file(path, key="--password-file")
    password: str = click.prompt("New password", hide_input=True, confirmation_prompt=True)
    return password


def triage_result(name: str, outcome: Outcome) -> dict[str, Any]:
    """The `triage --json` line for one file (a stable contract; see DESIGN.md)."""
    order = outcome.order
    amount = order.amount.value if order.amount else None
    draft = outcome.draft
    return {
        "file": name,
        "message_id": outcome.email.message_id,
        "label": outcome.label.name.value,
        "confidence": round(outcome.label.confidence, 4),
        "skip_reason": outcome.skip.reason.value if outcome.skip else None,
        "order": {
            "number": order.number.value if order.number else None,
            "date": order.date.value.isoformat() if order.date else None,
            "amount": str(amount.amount) if amount else None,
            "currency": amount.currency if amount else None,
            "payment_method": order.payment_method.value if order.payment_method else None,
            "product": order.product.value if order.product else None,
            "reason": order.reason.value if order.reason else None,
        },
        "decision": None,
        "template": draft.template if draft else None,
        "draft": {"subject": draft.subject, "body": draft.body}
        if draft and draft.body is not None
        else None,
    }


def queue_item(row: dict[str, Any]) -> dict[str, Any]:
    """One element of `queue list --json` (a stable contract; see DESIGN.md)."""
    return {
        "id": row["id"],
        "status": row["status"],
        "label": row["label"],
        "message_id": row["message_id"],
        "from": row["from_address"],
        "subject": row["message_subject"],
        "template": row["template"],
        "created_at": row["created_at"].isoformat(),
    }


def _show_triage(result: dict[str, Any]) -> None:
    if "error" in result:
        click.echo(f"{result['file']}: cannot parse: {result['error']}")
        return
    what = (
        f"no draft: {result['skip_reason']}"
        if result["skip_reason"]
        else f"draft {result['template']}"
    )
    click.echo(f"{result['file']}: {result['label']} ({result['confidence']:.2f}), {what}")
    facts = {k: v for k, v in result["order"].items() if v}
    if facts:
        click.echo("  " + ", ".join(f"{k} {v}" for k, v in facts.items()))
    if result["draft"]:
        click.echo(_indent(result["draft"]["body"]))


def _what(row: dict[str, Any]) -> str:
    if row["status"] == "screened":
        return f"no draft: {row['skip_reason']}"
    if row["status"] == "quarantined":
        return f"quarantined: {row['error']}"
    order = row["order_facts"].get("number", {}).get("value")
    return f"draft {row['draft']} ({row['template']})" + (f", order {order}" if order else "")


def _age(now: datetime, then: datetime) -> str:
    minutes = int((now - then).total_seconds() // 60)
    if minutes < 60:
        return f"{minutes}m"
    return f"{minutes // 60}h" if minutes < 48 * 60 else f"{minutes // 1440}d"


def _cut(text: str | None, width: int) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _indent(text: str) -> str:
    return "\n".join("  | " + line for line in text.splitlines())


def main(argv: Sequence[str] | None = None) -> None:
    """The `inboxbot` command."""
    try:
        cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="inboxbot",
            standalone_mode=False,
        )
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except ConfigError as err:
        click.echo(f"inboxbot: {err}", err=True)
        sys.exit(2)
    except InboxbotError as err:
        click.echo(f"inboxbot: {err}", err=True)
        sys.exit(1)


def run_py(argv: Sequence[str]) -> None:
    """`python run.py`: the demo with no arguments, `serve` with --config, else the command."""
    args = list(argv)
    if not args:
        main(["demo"])
    elif args[0] == "--config" or args[0].startswith("--config="):
        main(["serve", *args])
    else:
        main(args)
