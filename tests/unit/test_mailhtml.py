"""The mail HTML sanitiser: an allowlist that keeps the words and drops every way to act."""

from __future__ import annotations

import pytest

from inboxbot.web.mailhtml import CSP, clean, mail_page

PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"

# (hostile HTML, text that must not survive)
DROPPED = [
    ("<script>alert(1)</script>hi", "script"),
    ("<script>alert(1)</script>hi", "alert"),
    ("<img src=x onerror=alert(2)>", "onerror"),
    ("<img src=x onerror=alert(2)>", 'src="x"'),
    ("<svg onload=alert(3)><circle/></svg>", "svg"),
    ("<svg onload=alert(3)></svg>", "onload"),
    ('<a href="javascript:alert(4)">click</a>', "javascript"),
    ('<a href=" JaVaScRiPt:alert(4)">click</a>', "alert"),
    ('<a href="data:text/html,<script>alert(5)</script>">x</a>', "data:"),
    ('<a href="vbscript:msgbox(1)">x</a>', "vbscript"),
    ('<img src="http://tracker.example/p.gif">', "tracker"),
    ('<img src="https://tracker.example/p.gif">', "tracker"),
    ('<img src="//tracker.example/p.gif">', "tracker"),
    ('<img src="cid:part1@example">', "cid:"),
    ("<iframe src='https://evil.example'></iframe>", "iframe"),
    ("<object data='x.swf'></object>", "object"),
    ("<embed src='x.swf'>", "embed"),
    ("<form action='https://evil.example'><input name=p></form>", "form"),
    ("<form action='https://evil.example'><input name=p></form>", "input"),
    ("<style>body{background:url(https://tracker.example/a)}</style>", "tracker"),
    ("<link rel=stylesheet href='https://tracker.example/a.css'>", "tracker"),
    ("<meta http-equiv=refresh content='0;url=https://evil.example'>", "evil"),
    ("<base href='https://evil.example/'>", "evil"),
    ('<p style="background:url(https://tracker.example/b)">x</p>', "tracker"),
    ('<div onclick="alert(6)">x</div>', "onclick"),
    ('<p title="x" onmouseover="alert(7)">x</p>', "onmouseover"),
    ('<table background="https://tracker.example/t.gif"><tr><td>x</td></tr></table>', "tracker"),
    ("<math><mtext>x</mtext></math>", "math"),
    ("<!-- a comment --><p>x</p>", "a comment"),
]


@pytest.mark.parametrize(("html", "gone"), DROPPED)
def test_it_drops_everything_that_could_run_or_load(html, gone):
    assert gone not in clean(html).lower()


# (mail HTML, what must still be there)
KEPT = [
    (
        "<p>Order <b>#1001</b> arrived <i>broken</i></p>",
        "<p>Order <b>#1001</b> arrived <i>broken</i></p>",
    ),
    ('<a href="https://shop.example/o/1">track</a>', 'href="https://shop.example/o/1"'),
    ('<a href="mailto:me@example.com">me</a>', 'href="mailto:me@example.com"'),
    ("<table><tr><td colspan=2>x</td></tr></table>", 'colspan="2"'),
    ('<span style="color: red">late</span>', 'style="color:red"'),
    ("<ul><li>lamp</li></ul>", "<li>lamp</li>"),
    (f'<img src="{PIXEL}" alt="photo">', f'src="{PIXEL}"'),
]


@pytest.mark.parametrize(("html", "kept"), KEPT)
def test_it_keeps_the_words_and_their_formatting(html, kept):
    assert kept in clean(html)


def test_links_open_nothing_of_ours_and_send_no_referrer():
    assert 'rel="noopener noreferrer nofollow"' in clean('<a href="https://x.example">x</a>')


def test_a_remote_image_leaves_no_source_and_is_hidden_by_the_page():
    page = mail_page('<p>hi</p><img src="http://tracker.example/p.gif" alt="pixel">')

    assert "tracker" not in page
    assert "img:not([src]) { display: none; }" in page


def test_the_page_policy_forbids_script_and_every_request_but_inline_images():
    directives = [d.strip() for d in CSP.split(";")]

    assert directives[0] == "sandbox"
    assert "default-src 'none'" in directives
    assert "img-src data:" in directives
    assert "script-src" not in CSP
