"""A customer's HTML mail made safe to look at: an nh3 allowlist, then a sandboxed page.

Mail HTML is hostile input. What survives here is text formatting, tables,
lists and links to http, https and mailto; never script, style sheets,
frames, forms, objects, SVG, event handlers or remote images (a remote image
tells the sender that and when the mail was read). Images embedded in the mail
as `data:image/…` stay. The page is served with its own
`Content-Security-Policy: sandbox`, in an `<iframe sandbox>`, so even a gap in
this list could not run script or reach another site.
"""

from __future__ import annotations

import re

import nh3

TAGS = frozenset(
    {
        "a", "abbr", "address", "b", "bdi", "bdo", "big", "blockquote", "br", "caption",
        "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div",
        "dl", "dt", "em", "figcaption", "figure", "font", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp",
        "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr",
    }
)  # fmt: skip
# Removed with everything inside them: their content is code or chrome, not words.
DROP_WITH_CONTENT = frozenset(
    {"script", "style", "title", "noscript", "template", "iframe", "object", "embed", "svg", "math"}
)
ATTRIBUTES = {
    "*": {"style", "title", "dir", "lang", "align"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan", "valign", "width"},
    "th": {"colspan", "rowspan", "valign", "width", "scope"},
    "table": {"width", "cellpadding", "cellspacing", "border"},
    "col": {"span", "width"},
    "font": {"color"},
    "ol": {"start", "type"},
}
# Only properties that change how text looks; none of them can load anything.
STYLE_PROPERTIES = frozenset(
    {
        "color", "background-color", "font-weight", "font-style", "font-size", "text-align",
        "text-decoration", "vertical-align", "white-space", "padding", "margin", "border",
        "width", "max-width",
    }
)  # fmt: skip
LINK_SCHEMES = ("http:", "https:", "mailto:")
RE_INLINE_IMAGE = re.compile(r"data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+\Z")
# The sandboxed page's policy: no script, no requests at all except inline images.
CSP = (
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"
)

PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">
<style>
body {{ margin: 12px 16px; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #1d2430; background: #fff; overflow-wrap: anywhere; }}
img {{ max-width: 100%; height: auto; }}
img:not([src]) {{ display: none; }}  /* a remote image, dropped */
table {{ max-width: 100%; }}
pre {{ white-space: pre-wrap; }}
blockquote {{ margin: .5em 0; padding-left: .8em; border-left: 3px solid #d9dee7; color: #5b6575; }}
</style></head>
<body>{body}</body></html>
"""


def _keep(tag: str, attribute: str, value: str) -> str | None:
    """The attribute's value if it is safe to keep, else None (nh3 then drops it)."""
    if attribute == "href":
        return value if value.strip().lower().startswith(LINK_SCHEMES) else None
    if attribute == "src":
        return value if RE_INLINE_IMAGE.match(value.strip()) else None
    return value


_CLEANER = nh3.Cleaner(
    tags=set(TAGS),
    clean_content_tags=set(DROP_WITH_CONTENT),
    attributes={tag: set(names) for tag, names in ATTRIBUTES.items()},
    attribute_filter=_keep,
    filter_style_properties=set(STYLE_PROPERTIES),
    url_schemes={"http", "https", "mailto", "data"},
    link_rel="noopener noreferrer nofollow",
    strip_comments=True,
)


def clean(html: str) -> str:
    """The mail's HTML with only the allowlisted tags, attributes and URLs left."""
    return _CLEANER.clean(html)


def mail_page(html: str) -> str:
    """A whole page showing the cleaned mail, for the sandboxed frame."""
    return PAGE.format(body=clean(html))
