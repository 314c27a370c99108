"""Web pages rendered by a real browser: headless Chromium (one kept alive per process, see cdp.py) with the real
Bootstrap 5 and Bulma 1 style sheets and the bootstrap-icons font, in light, dark and high-contrast themes.

The page is pasted into the browser chrome of browser.py, so it takes part in whole-screen composition (wallpaper,
panel, background windows, overlays, crops) like every other template. The truth is read from the rendered page
itself while the shot is taken: every visible word's box (a Range per word, kept only when elementFromPoint shows
it is not covered, by a modal's backdrop or a cookie banner for example), its colour and background (text with
WCAG contrast < 1.8 is not recorded), the controls with their labels and states, and how many list items are
really visible. The facts come from the page's content, and captions quote only recorded lines.

Icons: each page uses one icon family (ICONS maps a meaning such as "delete" or "print" to its name in each):
the bootstrap-icons font, @mdi/svg (inline SVG or <img>), or the Papirus / Breeze / Adwaita themes of
/usr/share/icons (GLANCE_ICON_THEMES) as file:// images; a family whose files are missing is skipped. Icons sit in
toolbars, icon-only buttons (aria-label = meaning), nav bars and lists; every icon nothing covers is recorded as a
control ("icon" with its meaning, or "icon button" with its accessible name), an "icons" fact keeps family and file
names, and a phrase fact lets captions name up to three icon-only buttons ("a toolbar with delete and print buttons").

Assets: `npm install bootstrap@5 bulma@1 bootstrap-icons @mdi/svg` in GLANCE_WEB_ASSETS (default ~/.cache/glance/web-assets);
browser: Debian's chromium (GLANCE_CHROMIUM to point elsewhere).

Images: python -m training.data.web_real --out CORPUS --n 3000 --split train --seed 5   (appends to
<split>.extra.jsonl, resumable; rerun generate.py to merge, as for xvfb.py)."""
import argparse
import html
import io
import json
import os
import random
import re
import sys
import time

from PIL import Image

from . import vocab as V
from .browser import browser, page
from .scene import _lum
from .web_a import site_name

ASSETS = os.environ.get("GLANCE_WEB_ASSETS") or os.path.expanduser("~/.cache/glance/web-assets")
FONTS = ["system-ui", "Cantarell", "Noto Sans", "Liberation Sans", "Lato", "DejaVu Sans", "Arimo", "Carlito",
         "FreeSans", "Nimbus Sans", "Noto Serif", "Liberation Serif"]
_STATE = {}


def e(s):
    return html.escape(str(s), quote=True)


# ---------------------------------------------------------------------------------------------------- icon sets
# One icon family per page. A meaning (what the icon says: "delete", "print") maps to its name in each family:
# (bootstrap-icons glyph, @mdi/svg file, freedesktop names tried in order in Papirus / Breeze / Adwaita).
# A family whose files are missing is skipped, and a meaning a family lacks is simply not drawn with an icon.
ICON_THEMES = os.environ.get("GLANCE_ICON_THEMES") or "/usr/share/icons"
ICONS = {
    "delete": ("trash", "delete", ["edit-delete", "user-trash"]), "edit": ("pencil", "pencil", ["document-edit", "edit-entry"]),
    "search": ("search", "magnify", ["edit-find", "system-search"]),
    "settings": ("gear", "cog", ["configure", "preferences-system", "emblem-system", "preferences-other"]),
    "home": ("house", "home", ["go-home", "user-home"]), "mail": ("envelope", "email", ["mail-unread", "mail-message"]),
    "calendar": ("calendar3", "calendar", ["view-calendar", "x-office-calendar"]),
    "download": ("download", "download", ["download", "folder-download"]),
    "upload": ("upload", "upload", ["upload", "cloud-upload", "document-send", "send-to"]),
    "share": ("share", "share-variant", ["document-share", "emblem-shared", "send-to"]),
    "print": ("printer", "printer", ["document-print"]), "refresh": ("arrow-clockwise", "refresh", ["view-refresh"]),
    "play": ("play-fill", "play", ["media-playback-start"]), "pause": ("pause-fill", "pause", ["media-playback-pause"]),
    "user": ("person-circle", "account-circle", ["user-identity", "avatar-default", "im-user", "user"]),
    "cart": ("cart", "cart", ["amarok_cart_view", "amarok_cart_add"]),
    "notifications": ("bell", "bell", ["notifications", "preferences-desktop-notification", "stock_bell"]),
    "star": ("star", "star", ["starred", "rating", "emblem-favorite"]), "folder": ("folder", "folder", ["folder"]),
    "lock": ("lock", "lock", ["object-locked", "system-lock-screen", "changes-prevent"]),
    "warning": ("exclamation-triangle", "alert", ["dialog-warning"]),
    "info": ("info-circle", "information", ["dialog-information"]), "error": ("x-circle", "alert-circle", ["dialog-error"]),
    "add": ("plus", "plus", ["list-add"]), "close": ("x-lg", "close", ["window-close"]),
    "save": ("floppy", "content-save", ["document-save"]), "send": ("send", "send", ["mail-send", "document-send"]),
    "menu": ("list", "menu", ["application-menu", "open-menu"]), "back": ("arrow-left", "arrow-left", ["go-previous"]),
    "next": ("arrow-right", "arrow-right", ["go-next"]), "copy": ("copy", "content-copy", ["edit-copy"]),
    "attach": ("paperclip", "paperclip", ["mail-attachment"]), "reply": ("reply", "reply", ["mail-reply-sender"]),
    "volume": ("volume-up", "volume-high", ["audio-volume-high"]),
    "fullscreen": ("fullscreen", "fullscreen", ["view-fullscreen"]), "filter": ("funnel", "filter", ["view-filter"]),
    "help": ("question-circle", "help-circle", ["help-contents", "help-browser", "help-about"]),
    "log out": ("box-arrow-right", "logout", ["system-log-out"]), "phone": ("telephone", "phone", ["call-start"]),
    "location": ("geo-alt", "map-marker", ["mark-location", "find-location"]),
    "inbox": ("inbox", "inbox", ["mail-folder-inbox", "folder-documents"]),
    "done": ("check-circle", "check-circle", ["emblem-ok", "object-select", "dialog-ok", "checkmark"]),
    "bookmark": ("bookmark", "bookmark", ["bookmark-new", "bookmarks"]), "more": ("three-dots-vertical", "dots-vertical", ["view-more"]),
}
FAMILY_OVERRIDES = {"adwaita": {"delete": ["user-trash"], "mail": ["mail-unread"]}}
FAMILY_WEIGHTS = {"bootstrap-icons": 3, "mdi": 3, "papirus": 2, "breeze": 2, "adwaita": 2}


def _svg_tone(path):
    """'dark' for a one-colour icon drawn for light backgrounds, 'light' for dark ones, None for a colourful icon."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            s = f.read(4000)
    except OSError:
        return None
    if "ColorScheme-Text" in s and "fill:currentColor" in s.replace(" ", ""):
        m = re.search(r"\.ColorScheme-Text\s*\{\s*color:\s*#([0-9a-fA-F]{6})", s)
        if m:
            return "dark" if _lum(tuple(int(m.group(1)[i:i + 2], 16) for i in (0, 2, 4))) < 0.3 else "light"
    return None


def _theme_icon(family, names):
    """(file, tone, file for dark backgrounds or None) of the first of names the installed theme has, or None."""
    r = ICON_THEMES
    for n in names:
        if family == "papirus":
            for sub in ("actions", "places", "status", "apps", "panel", "emblems", "mimetypes", "devices"):
                p = os.path.join(r, "Papirus", "24x24", sub, n + ".svg")
                if os.path.exists(p):
                    tone = _svg_tone(p)
                    alt = p.replace("/Papirus/", "/Papirus-Dark/")
                    return p, tone, alt if tone == "dark" and os.path.exists(alt) else None
        elif family == "breeze":
            for sub in ("actions", "places", "status", "emblems", "mimetypes", "apps", "devices"):
                p = os.path.join(r, "breeze", sub, "22", n + ".svg")
                if os.path.exists(p):
                    tone = _svg_tone(p)
                    alt = p.replace("/breeze/", "/breeze-dark/")
                    alt = alt if tone == "dark" and os.path.exists(alt) and _svg_tone(alt) == "light" else None
                    return p, tone, alt
        elif family == "adwaita":
            for sub in ("actions", "places", "status", "legacy", "ui", "emblems", "mimetypes", "categories"):
                p = os.path.join(r, "Adwaita", "scalable", sub, n + "-symbolic.svg")
                if os.path.exists(p):
                    return p, "dark", None  # symbolic: #2e3436, inverted on dark backgrounds
            for sub in ("legacy", "places", "status", "mimetypes", "emblems"):
                p = os.path.join(r, "Adwaita", "48x48", sub, n + ".png")
                if os.path.exists(p):
                    return p, None, None  # full colour
    return None


def _mdi_path(name):
    d = os.path.join(ASSETS, "node_modules", "@mdi", "svg")
    p = os.path.join(d, "svg", name + ".svg")
    if os.path.exists(p):
        return p
    if "mdi_meta" not in _STATE:  # a name of another version: meta.json lists every icon with its aliases
        try:
            with open(os.path.join(d, "meta.json"), encoding="utf-8") as f:
                _STATE["mdi_meta"] = {a: m["name"] for m in json.load(f) for a in [m["name"]] + m.get("aliases", [])}
        except (OSError, ValueError):
            _STATE["mdi_meta"] = {}
    alias = _STATE["mdi_meta"].get(name)
    p = os.path.join(d, "svg", "%s.svg" % alias)
    return p if alias and os.path.exists(p) else None


def icon_families():
    """{family: {meaning: spec}} for the families whose files are here (at least 20 meanings each)."""
    if "icon_families" in _STATE:
        return _STATE["icon_families"]
    fams = {}
    css = os.path.join(ASSETS, "node_modules", "bootstrap-icons", "font", "bootstrap-icons.min.css")
    if os.path.exists(css):
        fams["bootstrap-icons"] = {m: {"kind": "font", "name": v[0]} for m, v in ICONS.items()}
    mdi = {}
    for m, v in ICONS.items():
        p = _mdi_path(v[1])
        if p:
            with open(p, encoding="utf-8") as f:
                d = re.search(r'<path[^>]*\sd="([^"]+)"', f.read())
            if d:
                mdi[m] = {"kind": "svg", "name": os.path.basename(p)[:-4], "path": p, "d": d.group(1)}
    fams["mdi"] = mdi
    for fam in ("papirus", "breeze", "adwaita"):
        got = {}
        for m, v in ICONS.items():
            hit = _theme_icon(fam, FAMILY_OVERRIDES.get(fam, {}).get(m, v[2]))
            if hit:
                got[m] = {"kind": "img", "name": os.path.basename(hit[0]).rsplit(".", 1)[0], "path": hit[0],
                          "tone": hit[1], "alt": hit[2]}
        fams[fam] = got
    fams = {k: v for k, v in fams.items() if len(v) >= 20}
    _STATE["icon_families"] = fams
    return fams


class IconSet:
    """The icons of one family on one page: html(meaning) is the icon's markup ('' when the family lacks it); every
    icon carries data-icon=meaning so that the truth can be read back from the rendered page."""

    def __init__(self, family, rng):
        self.family, self.icons = family, icon_families().get(family, {})
        self.as_img = family in ("papirus", "breeze", "adwaita") or (family == "mdi" and rng.random() < 0.3)

    def has(self, meaning):
        return meaning in self.icons

    def html(self, meaning, extra_style=""):
        s = self.icons.get(meaning)
        if s is None:
            return ""
        if s["kind"] == "font":
            return '<i class="bi bi-%s" data-icon="%s"%s></i>' % (s["name"], e(meaning),
                                                                  ' style="%s"' % extra_style if extra_style else "")
        st = "width:1.25em;height:1.25em;vertical-align:-.25em;" + extra_style
        if s["kind"] == "svg" and not self.as_img:
            return ('<svg data-icon="%s" viewBox="0 0 24 24" fill="currentColor" style="%s"><path d="%s"/></svg>' % (
                e(meaning), st, s["d"]))
        tone = s.get("tone", "dark")  # @mdi/svg files are black paths
        return '<img data-icon="%s" alt="" src="file://%s" style="%s"%s%s>' % (
            e(meaning), e(s["path"]), st, ' data-tone="%s"' % tone if tone else "",
            ' data-alt="file://%s"' % e(s["alt"]) if s.get("alt") else "")


# Runs in the page before it is shot: a one-colour icon image drawn for light backgrounds that sits on a dark one
# is swapped for its dark-theme file (Papirus-Dark, breeze-dark) or inverted, as a theme-aware site would do. Where no
# element has a background of its own the page's canvas is white (its root's transparent colour had been read as black:
# breeze's icons swapped for their light breeze-dark files on a white page, stop 55).
ICON_SCRIPT = r"""<script>(() => {
 const lum = c => { const m = (c || '').match(/[\d.]+/g); if (!m) return 1; const f = v => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
   return 0.2126 * f(+m[0]) + 0.7152 * f(+m[1]) + 0.0722 * f(+m[2]); };
 const bg = el => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor, m = c.match(/[\d.]+/g);
   if (m && (m.length < 4 || +m[3] > 0.5)) return c; } return 'rgb(255,255,255)'; };
 for (const im of document.querySelectorAll('img[data-tone]')) {
  const dark = lum(bg(im)) < 0.3;
  if (dark === (im.dataset.tone === 'dark')) { if (im.dataset.alt) im.src = im.dataset.alt; else im.style.filter = 'invert(1)';
   im.dataset.tone = dark ? 'light' : 'dark'; }
 }
})()</script>"""


# ---------------------------------------------------------------------------------------------------- UI kits
class Kit:
    """The few components the pages need, written once per CSS framework."""

    def __init__(self, name, theme, rng, icons=None):
        self.name, self.theme, self.rng = name, theme, rng
        self.ic = icons or IconSet("bootstrap-icons", rng)

    def head(self, title, font):
        css = {"bootstrap": "bootstrap/dist/css/bootstrap.min.css", "bulma": "bulma/css/bulma.min.css"}[self.name]
        nm = os.path.join(ASSETS, "node_modules")
        extra = "body{font-family:%s,sans-serif}" % font if font != "system-ui" else ""
        if self.theme == "high contrast":
            extra += ("*{background-color:#000!important;color:#fff!important;border-color:#fff!important;"
                      "box-shadow:none!important}a,a *{color:#ffff00!important}"
                      "button,.btn,.button{border:2px solid #fff!important}"
                      "img[data-icon],svg[data-icon],svg[data-icon] *{background-color:transparent!important}")
        attr = {"light": "light", "dark": "dark", "high contrast": "dark"}[self.theme]
        root = 'data-bs-theme="%s"' % attr if self.name == "bootstrap" else 'data-theme="%s"' % attr
        return ('<!doctype html><html %s><head><meta charset="utf-8"><title>%s</title>'
                '<link rel="stylesheet" href="file://%s/%s"><link rel="stylesheet" href="file://%s/bootstrap-icons/'
                'font/bootstrap-icons.min.css"><style>%s</style></head>' % (root, e(title), nm, css, nm, extra))

    def icon(self, meaning, style=""):
        """The page's icon for meaning ('' when its family has none)."""
        return self.ic.html(meaning, style)

    def glyph(self, name, meaning, style=""):
        """A bootstrap-icons glyph whatever the page's family (pictures the other families lack: products...)."""
        return '<i class="bi bi-%s" data-icon="%s"%s></i>' % (name, e(meaning), ' style="%s"' % style if style else "")

    def icon_button(self, meaning, kind="light", label=None):
        """An icon-only button whose accessible name (aria-label) is its meaning; '' when the family lacks it."""
        if not self.ic.has(meaning):
            return ""
        lab = e(label or meaning.capitalize())
        if kind == "nav":
            return ('<button class="btn btn-sm nav-link px-2" aria-label="%s">%s</button>' % (lab, self.icon(meaning))
                    if self.name == "bootstrap" else '<a class="navbar-item" aria-label="%s">%s</a>' % (lab, self.icon(meaning)))
        if kind == "bare":
            return ('<button aria-label="%s" style="background:none;border:0;color:inherit;padding:2px 6px">%s</button>' % (
                lab, self.icon(meaning)))
        if self.name == "bootstrap":
            k = {"light": "outline-secondary", "primary": "primary", "link": "link", "danger": "outline-danger"}[kind]
            return '<button class="btn btn-%s btn-sm me-1" aria-label="%s">%s</button>' % (k, lab, self.icon(meaning))
        k = {"light": "is-light", "primary": "is-primary", "link": "is-white", "danger": "is-danger is-light"}[kind]
        return '<button class="button is-small %s mr-1" aria-label="%s">%s</button>' % (k, lab, self.icon(meaning))

    def nav_icons(self, pool, n=None):
        """A few icon-only buttons for the right end of a navbar."""
        ms = self.rng.sample(pool, n or self.rng.randint(1, min(3, len(pool))))
        return '<div style="display:flex;align-items:center">%s</div>' % "".join(self.icon_button(m, "nav") for m in ms)

    def toolbar(self, meanings, kind="light"):
        bs = "".join(self.icon_button(m, kind) for m in meanings)
        return '<div class="mb-2" data-toolbar="1" style="display:flex;gap:2px">%s</div>' % bs if bs else ""

    def button(self, label, kind="primary", icon=None, small=False):
        ic = self.icon(icon) + " " if icon and self.ic.has(icon) else ""
        if self.name == "bootstrap":
            k = {"primary": "primary", "secondary": "secondary", "danger": "danger", "light": "outline-secondary",
                 "success": "success", "link": "link"}[kind]
            return '<button class="btn btn-%s%s me-2">%s%s</button>' % (k, " btn-sm" if small else "", ic, e(label))
        k = {"primary": "is-primary", "secondary": "", "danger": "is-danger", "light": "is-light",
             "success": "is-success", "link": "is-text"}[kind]
        return '<button class="button %s%s mr-2">%s%s</button>' % (k, " is-small" if small else "", ic, e(label))

    def field(self, label, value="", placeholder="", kind="text"):
        v = ' value="%s"' % e(value) if value else ""
        ph = ' placeholder="%s"' % e(placeholder) if placeholder else ""
        if self.name == "bootstrap":
            return ('<div class="mb-3"><label class="form-label">%s</label><input class="form-control" type="%s"%s%s>'
                    '</div>' % (e(label), kind, v, ph))
        return ('<div class="field"><label class="label">%s</label><div class="control"><input class="input" '
                'type="%s"%s%s></div></div>' % (e(label), kind, v, ph))

    def check(self, label, on, switch=False):
        c = " checked" if on else ""
        if self.name == "bootstrap":
            return ('<div class="form-check%s mb-2"><input class="form-check-input" type="checkbox"%s%s>'
                    '<label class="form-check-label">%s</label></div>' % (" form-switch" if switch else "", c,
                                                                          ' role="switch"' if switch else "", e(label)))
        return '<div class="field"><label class="checkbox"><input type="checkbox"%s> %s</label></div>' % (c, e(label))

    def select(self, label, options, sel):
        opts = "".join("<option%s>%s</option>" % (" selected" if o == sel else "", e(o)) for o in options)
        if self.name == "bootstrap":
            return '<div class="mb-3"><label class="form-label">%s</label><select class="form-select">%s</select></div>' % (
                e(label), opts)
        return ('<div class="field"><label class="label">%s</label><div class="control"><div class="select">'
                '<select>%s</select></div></div></div>' % (e(label), opts))

    def navbar(self, brand, links, active=0, right=""):
        if self.name == "bootstrap":
            dark = self.rng.random() < 0.4
            items = "".join('<li class="nav-item"><a class="nav-link%s" href="#">%s</a></li>' % (
                " active" if i == active else "", e(l)) for i, l in enumerate(links))
            return ('<nav class="navbar navbar-expand %s px-3"%s><a class="navbar-brand fw-bold" href="#">%s</a>'
                    '<ul class="navbar-nav me-auto">%s</ul>%s</nav>' % (
                        "bg-primary" if dark else "bg-body-tertiary border-bottom", ' data-bs-theme="dark"' if dark else "",
                        e(brand), items, right))
        col = self.rng.choice(["is-primary", "is-link", "is-dark", "is-info", ""])
        items = "".join('<a class="navbar-item%s">%s</a>' % (" is-active" if i == active else "", e(l))
                        for i, l in enumerate(links))
        return ('<nav class="navbar %s"><div class="navbar-brand"><a class="navbar-item"><strong>%s</strong></a></div>'
                '<div class="navbar-menu is-active"><div class="navbar-start">%s</div><div class="navbar-end">'
                '<div class="navbar-item">%s</div></div></div></nav>' % (col, e(brand), items, right))

    def card(self, title, body, footer=""):
        if self.name == "bootstrap":
            return ('<div class="card mb-3">%s<div class="card-body">%s</div>%s</div>' % (
                '<div class="card-header fw-semibold">%s</div>' % e(title) if title else "", body,
                '<div class="card-footer">%s</div>' % footer if footer else ""))
        return ('<div class="card mb-4">%s<div class="card-content">%s</div>%s</div>' % (
            '<header class="card-header"><p class="card-header-title">%s</p></header>' % e(title) if title else "",
            body, '<footer class="card-footer p-3">%s</footer>' % footer if footer else ""))

    def table(self, heads, rows, item_class="g-item"):
        th = "".join("<th>%s</th>" % e(h) for h in heads)
        tr = "".join('<tr class="%s">%s</tr>' % (item_class, "".join("<td>%s</td>" % c for c in r)) for r in rows)
        cls = "table table-striped table-hover" if self.name == "bootstrap" else "table is-fullwidth is-striped is-hoverable"
        return '<table class="%s"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>' % (cls, th, tr)

    def alert(self, text, kind="danger"):
        if self.name == "bootstrap":
            return '<div class="alert alert-%s" role="alert">%s</div>' % (kind, e(text))
        return '<div class="notification is-%s is-light">%s</div>' % (kind, e(text))

    def badge(self, text, kind="primary"):
        if self.name == "bootstrap":
            return '<span class="badge text-bg-%s ms-1">%s</span>' % (kind, e(text))
        return '<span class="tag is-%s ml-1">%s</span>' % (kind, e(text))

    def cols(self, parts):
        if self.name == "bootstrap":
            return '<div class="row">%s</div>' % "".join('<div class="col-%d">%s</div>' % (w, h) for w, h in parts)
        return '<div class="columns">%s</div>' % "".join('<div class="column is-%d">%s</div>' % (w, h) for w, h in parts)

    def box(self, inner, pad=True):
        return '<div class="%s">%s</div>' % ("container py-3" if self.name == "bootstrap" else "container p-4", inner) \
            if pad else inner

    def h(self, level, text, cls=""):
        if self.name == "bulma":
            cls += " title is-%d" % (level + 1)
        return '<h%d class="%s">%s</h%d>' % (level, cls, e(text), level)

    def modal(self, title, text, buttons):
        bs = "".join(self.button(b, "primary" if i == len(buttons) - 1 else "light") for i, b in enumerate(buttons))
        if self.name == "bootstrap":
            return ('<div class="modal-backdrop fade show"></div><div class="modal d-block" tabindex="-1">'
                    '<div class="modal-dialog modal-dialog-centered"><div class="modal-content" data-dialog="1">'
                    '<div class="modal-header"><h5 class="modal-title">%s</h5></div><div class="modal-body"><p>%s</p>'
                    '</div><div class="modal-footer">%s</div></div></div></div>' % (e(title), e(text), bs))
        return ('<div class="modal is-active"><div class="modal-background"></div><div class="modal-card" data-dialog="1">'
                '<header class="modal-card-head"><p class="modal-card-title">%s</p></header><section class="modal-card-body">'
                '%s</section><footer class="modal-card-foot">%s</footer></div></div>' % (e(title), e(text), bs))


# ---------------------------------------------------------------------------------------------------- pages
# Each page: meta(rng, host) -> (title, path); build(k, rng, host, title) -> (body html, facts, notable, noun).
# Facts name what the page shows; counts are filled in from what is visible (data-count groups).

def _login_meta(rng, host):
    return rng.choice(["Sign in", "Log in", "Login"]) + " · " + site_name(host), "/login"


def login(k, rng, host, title):
    head = rng.choice(["Sign in to your account", "Welcome back", "Log in to continue", "Please sign in"])
    user = rng.choice(["Email address", "Username", "Email"])
    btn = rng.choice(["Sign in", "Log in", "Continue"])
    err = rng.choice(["Incorrect email or password.", "Your session has expired. Please sign in again.",
                      "Too many attempts. Try again in 5 minutes."]) if rng.random() < 0.3 else None
    form = (k.h(3, head, "mb-3") + (k.alert(err) if err else "") +
            k.field(user, V.email_addr(rng) if rng.random() < 0.5 else "", "name@example.com") +
            k.field("Password", "secret" * rng.randint(0, 1), "", "password") + k.check("Remember me", rng.random() < 0.4) +
            k.button(btn) + '<p class="mt-3"><a href="#">%s</a></p>' % rng.choice(["Forgot password?", "Create an account"]))
    body = '<div style="max-width:420px;margin:48px auto">%s</div>' % k.card(site_name(host) if rng.random() < 0.5 else "", form)
    facts = [{"t": "heading", "text": head}, {"t": "fields", "items": [user, "Password"]}, {"t": "buttons", "items": [btn]}]
    if err:
        facts.insert(0, {"t": "message", "text": err})
    return body, facts, ["a sign-in form for %s" % site_name(host)], "login page"


def _mail_meta(rng, host):
    n = rng.randint(1, 60)
    return "Inbox (%d) - %s" % (n, V.email_addr(rng)), "/mail/inbox"


def mail(k, rng, host, title):
    folders = [("Inbox", "inbox"), ("Starred", "star"), ("Sent", "send"), ("Drafts", "edit"), ("Spam", "warning"),
               ("Trash", "delete")]
    side = "".join('<li class="%s">%s %s</li>' % ("fw-bold" if i == 0 else "", k.icon(ic), e(f)) for i, (f, ic) in enumerate(folders))
    side = '<ul style="list-style:none;padding:0;line-height:2.2">%s</ul>' % side
    rows, senders, subjects = [], [], []
    for _ in range(rng.randint(5, 14)):
        s, sub = V.person(rng), V.subject(rng)
        senders.append(s)
        subjects.append(sub)
        rows.append(["<b>%s</b>" % e(s) if rng.random() < 0.4 else e(s), e(sub), e(V.time_str(rng) if rng.random() < 0.5 else V.date_str(rng))])
    tools = k.toolbar(rng.sample(["refresh", "delete", "reply", "print", "star", "attach", "folder", "more"], rng.randint(2, 4)))
    main = tools + '<div data-count="emails">%s</div>' % k.table(["From", "Subject", "Date"], rows)
    body = k.box(k.button("Compose", "primary", "edit") + '<hr>' + k.cols([(3, side), (9, main)]))
    facts = [{"t": "count", "what": "emails", "group": "emails"}, {"t": "items", "items": subjects[:3]},
             {"t": "text", "items": senders[:2]}, {"t": "buttons", "items": ["Compose"]}]
    return body, facts, ["an e-mail inbox"], "webmail inbox"


def _search_meta(rng, host):
    q = rng.choice([V.title_words(rng, 2).lower(), rng.choice(V.PRODUCTS).lower(), "weather " + rng.choice(V.CITIES).lower(),
                    "how to " + rng.choice(V.VERBS) + " " + rng.choice(V.NOUNS)])
    return "%s - Search" % q, "/search?q=" + q.replace(" ", "+")


def search(k, rng, host, title):
    q = title.rsplit(" - ", 1)[0]
    res, heads = [], []
    for _ in range(rng.randint(3, 7)):
        h = V.title_words(rng, rng.randint(2, 5))
        heads.append(h)
        res.append('<div class="mb-4 g-item"><div class="small text-muted">%s</div><a href="#" class="fs-5">%s</a>'
                   '<p class="mb-0">%s</p></div>' % (e(V.host(rng)), e(h), e(V.sentence(rng))))
    bar = ('<div class="d-flex mb-4" style="max-width:640px"><input class="%s me-2" value="%s">%s</div>' % (
        "form-control" if k.name == "bootstrap" else "input", e(q), k.button("Search", "primary", "search")))
    body = k.box(bar + '<p class="text-muted">About %s results</p>' % format(rng.randint(1000, 9999999), ",") +
                 '<div data-count="results">%s</div>' % "".join(res))
    facts = [{"t": "phrase", "text": "a search for “%s”" % q, "fact": "query: " + q, "quote": q},
             {"t": "count", "what": "results", "group": "results"}, {"t": "items", "items": heads[:3]}]
    return body, facts, ["search results for “%s”" % q], "search results page"


def _shop_meta(rng, host):
    return rng.choice(["Shop", "Store", "Deals", "New arrivals"]) + " | " + site_name(host), "/shop"


# a product's picture: the bootstrap-icons glyph of the thing itself, else a plain box (a shop's placeholder)
PRODUCT_GLYPHS = {"Wireless Mouse": "mouse", "USB-C Cable": "usb-c", "Laptop Stand": "laptop", "Coffee Mug": "cup-hot",
                  "Desk Lamp": "lamp", "Notebook": "journal", "Backpack": "backpack", "Water Bottle": "cup-straw",
                  "Headphones": "headphones", "Keyboard": "keyboard", "Monitor 24 inch": "display",
                  "Phone Case": "phone", "Sunglasses": "sunglasses", "Bookshelf": "bookshelf", "Plant Pot": "flower1",
                  "Alarm Clock": "alarm", "Wall Clock": "clock", "Camera Bag": "camera", "Memory Card": "sd-card",
                  "Power Bank": "battery-charging", "Bluetooth Speaker": "speaker", "Smart Watch": "smartwatch",
                  "Fitness Band": "smartwatch", "Bicycle Helmet": "bicycle", "Paint Set": "palette",
                  "Pencil Case": "pencil", "Scissors": "scissors", "Calculator": "calculator",
                  "Printer Paper": "printer", "Ink Cartridge": "printer", "Router": "router", "HDMI Cable": "hdmi",
                  "Webcam": "webcam", "Microphone": "mic", "Tablet": "tablet", "E-Reader": "book",
                  "Board Game": "dice-5", "Puzzle": "puzzle"}


def shop(k, rng, host, title):
    names = rng.sample(V.PRODUCTS, rng.randint(3, 8))
    cards = []
    for n in names:
        price = V.money(rng, 3, 900)
        glyph = PRODUCT_GLYPHS.get(n)
        inner = ('<div class="text-center fs-1 py-2">%s</div><p class="fw-semibold mb-1">%s</p><p class="mb-2">%s</p>%s' % (
            k.glyph(glyph, n.lower()) if glyph else k.glyph("box", "box"),
            e(n), e(price), k.button("Add to cart", "primary", "cart", small=True)))
        cards.append((3, '<div class="g-item">%s</div>' % k.card("", inner)))
    rows = "".join(k.cols(cards[i:i + 4]) for i in range(0, len(cards), 4))
    cart = rng.randint(0, 5)
    nav = k.navbar(site_name(host), ["Home", "Shop", "Offers", "Contact"], 1,
                   k.nav_icons(["user", "search", "star"], 1) + k.icon("cart") + (k.badge(cart) if cart else ""))
    body = nav + k.box(k.h(2, rng.choice(["Popular products", "New arrivals", "Today's deals", "Best sellers"]), "mb-3") +
                       '<div data-count="products">%s</div>' % rows)
    facts = [{"t": "count", "what": "products", "group": "products"}, {"t": "items", "items": names[:3]},
             {"t": "buttons", "items": ["Add to cart"]}]
    return body, facts, ["an online shop listing products"], "online shop"


def _article_meta(rng, host):
    return V.title_words(rng, rng.randint(4, 8)), "/news/%d" % rng.randint(1000, 99999)


def article(k, rng, host, title):
    by = "By %s · %s" % (V.person(rng), V.date_str(rng))
    paras = "".join("<p>%s</p>" % e(V.paragraph(rng)) for _ in range(rng.randint(2, 5)))
    nav = k.navbar(site_name(host), rng.sample(V.TOPICS, 4), rng.randrange(4), k.nav_icons(["search", "user", "menu"]))
    tools = k.toolbar(rng.sample(["share", "print", "bookmark", "mail", "copy"], rng.randint(2, 3))) if rng.random() < 0.7 else ""
    body = nav + k.box('<div style="max-width:760px">%s<p class="text-muted">%s</p>%s%s</div>' % (k.h(1, title), e(by), tools, paras))
    facts = [{"t": "heading", "text": title}, {"t": "phrase", "text": "an article by %s" % by.split(" · ")[0][3:],
                                                 "fact": "author: " + by.split(" · ")[0][3:], "quote": by.split(" · ")[0][3:]}]
    return body, facts, ["a news article titled “%s”" % title], "news article"


def _dash_meta(rng, host):
    return rng.choice(["Dashboard", "Analytics", "Overview", "Reports"]) + " - " + site_name(host), "/dashboard"


def dashboard(k, rng, host, title):
    stats = [(rng.choice(["Revenue", "Sales", "Income"]), V.money(rng, 1000, 90000)),
             (rng.choice(["Users", "Visitors", "Customers"]), format(rng.randint(100, 99999), ",")),
             (rng.choice(["Orders", "Tickets", "Sign-ups"]), str(rng.randint(10, 999))),
             (rng.choice(["Conversion", "Bounce rate", "Growth"]), "%.1f%%" % rng.uniform(0.5, 60))]
    cards = [(3, k.card("", '<div class="text-muted small">%s</div><div class="fs-3 fw-bold">%s</div>' % (e(a), e(b))))
             for a, b in stats]
    months = V.MONTHS[rng.randrange(6):][:6]
    vals = [rng.randint(10, 100) for _ in months]
    bars = "".join('<rect x="%d" y="%d" width="40" height="%d" fill="%s"/><text x="%d" y="215" font-size="13" '
                   'fill="currentColor">%s</text>' % (20 + 70 * i, 200 - 1.8 * v, 1.8 * v, "#0d6efd", 22 + 70 * i, m[:3])
                   for i, (m, v) in enumerate(zip(months, vals)))
    chart = k.card(rng.choice(["Monthly sales", "Visitors per month", "Revenue by month"]),
                   '<svg width="440" height="225">%s</svg>' % bars)
    rows = [[e(V.person(rng)), e(V.money(rng, 5, 900)), e(rng.choice(["Paid", "Pending", "Refunded"]))]
            for _ in range(rng.randint(3, 6))]
    table = k.card(rng.choice(["Recent orders", "Latest transactions"]), '<div data-count="rows">%s</div>' % k.table(["Customer", "Amount", "Status"], rows))
    body = k.navbar(site_name(host), ["Dashboard", "Orders", "Customers", "Settings"], 0,
                    k.nav_icons(["notifications", "user", "settings", "search", "help"])) + k.box(
        k.h(2, title.split(" - ")[0], "mb-3") + k.cols(cards) + k.cols([(6, chart), (6, table)]))
    facts = [{"t": "heading", "text": title.split(" - ")[0]},
             {"t": "phrase", "text": "%s of %s" % (stats[0][0].lower(), stats[0][1]), "fact": "%s: %s" % (stats[0][0].lower(), stats[0][1]),
              "quote": stats[0][1]}, {"t": "phrase", "text": "a bar chart", "fact": "chart: bar chart"},
             {"t": "count", "what": "rows", "of": "orders", "group": "rows"}]
    return body, facts, ["a dashboard with a bar chart and a table"], "dashboard"


def _settings_meta(rng, host):
    return rng.choice(["Settings", "Preferences", "Account settings"]) + " - " + site_name(host), "/settings"


def settings(k, rng, host, title):
    opts = rng.sample(["Email notifications", "Dark mode", "Two-factor authentication", "Show online status",
                       "Auto-play videos", "Weekly summary", "Location access", "Sound effects", "Public profile"], 4)
    on = [o for o in opts if rng.random() < 0.5]
    sw = "".join(k.check(o, o in on, switch=True) for o in opts)
    lang = rng.choice(["English", "Français", "Deutsch", "Español", "Italiano"])
    form = (k.field("Display name", V.person(rng)) + k.field("Email", V.email_addr(rng), "", "email") +
            k.select("Language", ["English", "Français", "Deutsch", "Español", "Italiano"], lang) + sw +
            k.button("Save changes") + k.button("Cancel", "light"))
    side = "".join('<li class="mb-2%s">%s %s</li>' % (" fw-bold" if i == 0 else "", k.icon(m), e(t)) for i, (t, m) in enumerate(
        [("Account", "user"), ("Notifications", "notifications"), ("Privacy", "lock"), ("Downloads", "download"),
         ("Help", "help")][:rng.randint(3, 5)]))
    main = k.h(2, title.split(" - ")[0], "mb-3") + '<div style="max-width:560px">%s</div>' % form
    body = k.box(k.cols([(3, '<ul style="list-style:none;padding:0">%s</ul>' % side), (9, main)]) if rng.random() < 0.6 else main)
    facts = [{"t": "heading", "text": title.split(" - ")[0]},
             {"t": "phrase", "text": "switches for %s" % ", ".join("“%s”" % o for o in opts[:3]), "fact": "options: " + ", ".join(opts)},
             {"t": "buttons", "items": ["Save changes", "Cancel"]}, {"t": "fields", "items": ["Display name", "Email", "Language"]}]
    if on:
        facts.append({"t": "phrase", "text": "“%s” turned on" % on[0], "fact": "on: " + on[0], "quote": on[0]})
    return body, facts, ["a settings page with %d switches" % len(opts)], "settings page"


def _error_meta(rng, host):
    return rng.choice(["404 Not Found", "Page not found", "Error 404", "500 Internal Server Error", "403 Forbidden"]), "/x/y"


def error(k, rng, host, title):
    msg = {"404": rng.choice(["The page you are looking for does not exist.", "Sorry, we couldn’t find that page."]),
           "500": "Something went wrong on our end. Please try again later.",
           "403": "You don’t have permission to access this page."}
    code = next((c for c in msg if c in title), "404")
    head = title if rng.random() < 0.5 else {"404": "Page not found", "500": "Server error", "403": "Access denied"}[code]
    body = k.box('<div class="text-center" style="margin-top:80px"><div style="font-size:96px" class="fw-bold">%s</div>%s'
                 '<p class="fs-5">%s</p>%s</div>' % (code, k.h(2, head), e(msg[code]), k.button("Go to homepage", "primary", "home")))
    facts = [{"t": "heading", "text": head}, {"t": "message", "text": msg[code]}, {"t": "buttons", "items": ["Go to homepage"]},
             {"t": "phrase", "text": "the error code %s" % code, "fact": "error: " + code, "quote": code}]
    return body, facts, ["an error page: %s" % head], "error page"


def _chat_meta(rng, host):
    return "%s - Chat" % V.person(rng), "/chat"


def chat(k, rng, host, title):
    other = title.split(" - ")[0]
    msgs, texts = [], []
    for i in range(rng.randint(3, 8)):
        mine = rng.random() < 0.5
        t = V.sentence(rng)
        texts.append(t)
        style = "margin-left:auto;background:#0d6efd;color:#fff" if mine else "background:rgba(128,128,128,.2)"
        msgs.append('<div class="g-item" style="max-width:60%%;padding:8px 12px;border-radius:14px;margin:6px 0;%s">%s'
                    '<div style="font-size:11px;opacity:.8">%s</div></div>' % (style, e(t), e(V.time_str(rng))))
    people = "".join('<li class="mb-2">%s %s</li>' % (k.icon("user"), e(p)) for p in [other] + [V.person(rng) for _ in range(4)])
    conv = '<div class="fw-bold fs-5 mb-2">%s</div><div data-count="messages" style="display:flex;flex-direction:column">%s</div>' % (
        e(other), "".join(msgs))
    box = '<div class="d-flex mt-3">%s<input class="%s me-2" placeholder="Type a message">%s</div>' % (
        k.icon_button("attach") if rng.random() < 0.6 else "", "form-control" if k.name == "bootstrap" else "input",
        k.button("Send", "primary", "send"))
    body = k.box(k.cols([(3, '<ul style="list-style:none;padding:0">%s</ul>' % people), (9, conv + box)]))
    facts = [{"t": "phrase", "text": "a conversation with %s" % other, "fact": "contact: " + other, "quote": other},
             {"t": "count", "what": "messages", "group": "messages"}, {"t": "text", "items": texts[-1:]},
             {"t": "buttons", "items": ["Send"]}]
    return body, facts, ["a chat with %s" % other], "chat page"


def _table_meta(rng, host):
    return rng.choice(["Employees", "Invoices", "Projects", "Inventory", "Contacts"]) + " - " + site_name(host), "/list"


def datatable(k, rng, host, title):
    what = title.split(" - ")[0]
    cols = {"Employees": ["Name", "Department", "Email"], "Invoices": ["Invoice", "Customer", "Amount"],
            "Projects": ["Project", "Owner", "Due"], "Inventory": ["Item", "Quantity", "Price"],
            "Contacts": ["Name", "Phone", "City"]}[what]
    rows, first = [], []
    for _ in range(rng.randint(4, 15)):
        r = {"Name": V.person(rng), "Department": rng.choice(["Sales", "IT", "Finance", "HR", "Support"]),
             "Email": V.email_addr(rng), "Invoice": "INV-%04d" % rng.randint(1, 9999), "Customer": rng.choice(V.COMPANIES),
             "Amount": V.money(rng), "Project": V.title_words(rng, 2), "Owner": V.person(rng), "Due": V.date_str(rng),
             "Item": rng.choice(V.PRODUCTS), "Quantity": str(rng.randint(0, 500)), "Price": V.money(rng, 1, 300),
             "Phone": "+%d %d %04d" % (rng.randint(1, 49), rng.randint(100, 999), rng.randint(0, 9999)),
             "City": rng.choice(V.CITIES)}
        rows.append([e(r[c]) for c in cols])
        first.append(r[cols[0]])
    if rng.random() < 0.5 and k.ic.has("edit") and k.ic.has("delete"):
        rows = [row + [k.icon_button("edit") + k.icon_button("delete", "danger")] for row in rows]
        heads = cols + [""]
    else:
        heads = cols
    body = k.navbar(site_name(host), ["Home", what, "Reports"], 1, k.nav_icons(["user", "settings", "notifications"])) + k.box(
        k.h(2, what, "mb-3") + '<div style="display:flex;gap:6px;align-items:center">%s%s%s</div>' % (
            k.button("Add new", "primary", "add"), k.button("Export", "light", "download"),
            k.toolbar(rng.sample(["filter", "print", "refresh", "upload", "settings"], rng.randint(1, 3))).replace(
                'class="mb-2"', 'class="ms-2 ml-2"')) +
        '<div class="mt-3" data-count="rows">%s</div>' % k.table(heads, rows))
    facts = [{"t": "heading", "text": what}, {"t": "count", "what": "rows", "of": what.lower(), "group": "rows"},
             {"t": "items", "items": first[:3]}, {"t": "buttons", "items": ["Add new", "Export"]}]
    return body, facts, ["a table of %s" % what.lower()], "data table"


def _form_meta(rng, host):
    return rng.choice(["Contact us", "Create account", "Register", "Book an appointment", "Checkout"]) + " - " + site_name(host), "/form"


def form(k, rng, host, title):
    head = title.split(" - ")[0]
    fields = {"Contact us": ["Name", "Email", "Subject"], "Create account": ["Full name", "Email", "Password"],
              "Register": ["First name", "Last name", "Email"], "Book an appointment": ["Name", "Phone", "Date"],
              "Checkout": ["Card number", "Name on card", "Expiry date"]}[head]
    btn = {"Contact us": "Send message", "Create account": "Sign up", "Register": "Register",
           "Book an appointment": "Book now", "Checkout": "Pay now"}[head]
    err = rng.random() < 0.3
    inner = k.h(2, head, "mb-3") + "".join(k.field(f, V.person(rng) if "ame" in f and rng.random() < 0.5 else "",
                                                   "", "password" if f == "Password" else "text") for f in fields)
    if err:
        inner += k.alert("Please fill in all required fields.", "warning")
    inner += k.check(rng.choice(["I agree to the terms", "Subscribe to the newsletter"]), rng.random() < 0.5) + k.button(btn)
    body = k.navbar(site_name(host), ["Home", "About", head], 2) + k.box('<div style="max-width:520px">%s</div>' % inner)
    facts = [{"t": "heading", "text": head}, {"t": "fields", "items": fields}, {"t": "buttons", "items": [btn]}]
    if err:
        facts.insert(0, {"t": "message", "text": "Please fill in all required fields."})
    return body, facts, ["a form to %s" % head.lower()], "web form"


def _docs_meta(rng, host):
    return "%s — %s documentation" % (rng.choice(["Installation", "Getting started", "Configuration", "API reference", "Tutorial"]),
                                      site_name(host)), "/docs"


def docs(k, rng, host, title):
    head = title.split(" — ")[0]
    nav = "".join('<li class="mb-1"><a href="#">%s</a></li>' % e(t) for t in
                  ["Introduction", "Installation", "Getting started", "Configuration", "API reference", "FAQ"])
    cmd = rng.choice(["pip install %s", "npm install %s", "apt install %s", "cargo add %s"]) % site_name(host).lower()
    main = (k.toolbar(rng.sample(["search", "print", "share", "home", "bookmark"], rng.randint(2, 3))) + k.h(1, head) +
            "<p>%s</p>" % e(V.paragraph(rng, 2)) + '<pre class="p-3 rounded" style="background:rgba(128,128,128,.15)">'
            '<code>%s</code></pre>' % e(cmd) + "<p>%s</p>" % e(V.paragraph(rng, 2)))
    body = k.box(k.cols([(3, '<ul style="list-style:none;padding:0">%s</ul>' % nav), (9, main)]))
    facts = [{"t": "heading", "text": head}, {"t": "phrase", "text": "the command “%s”" % cmd, "fact": "code: " + cmd, "quote": cmd}]
    return body, facts, ["documentation about %s" % head.lower()], "documentation page"


def _offline_meta(rng, host):
    return host, "/"


def offline(k, rng, host, title):
    head = rng.choice(["No internet", "This site can’t be reached", "You are offline", "Unable to connect"])
    msg = rng.choice(["Check your network cables, modem and router.", "%s took too long to respond." % host,
                      "Try reconnecting to Wi-Fi.", "The server at %s can’t be found." % host])
    body = ('<div style="max-width:600px;margin:120px auto;font-family:sans-serif"><div style="font-size:64px">%s</div>'
            '<h2>%s</h2><p>%s</p>%s</div>' % (k.glyph("wifi-off", "no connection") if rng.random() < 0.5 or not k.ic.has("warning") else k.icon("warning"),
                                        e(head), e(msg), k.button("Reload", "primary", "refresh")))
    facts = [{"t": "heading", "text": head}, {"t": "message", "text": msg}, {"t": "buttons", "items": ["Reload"]}]
    return body, facts, ["a browser error: %s" % head], "browser error page"


def _video_meta(rng, host):
    return "%s - %s" % (V.title_words(rng, rng.randint(2, 5)), rng.choice(["VideoTube", "PeerTube", "StreamIt"])), \
        "/watch?v=%x" % rng.randrange(16 ** 8)


def video(k, rng, host, title):
    name = title.rsplit(" - ", 1)[0]
    tot = rng.randint(60, 3600)
    cur = int(tot * rng.random())
    ts = "%d:%02d / %d:%02d" % (cur // 60, cur % 60, tot // 60, tot % 60)
    paused = rng.random() < 0.5
    hue = rng.randrange(360)
    player = ('<div style="position:relative;width:100%%;aspect-ratio:16/9;max-height:60vh;background:linear-gradient('
              '135deg,hsl(%d,60%%,30%%),hsl(%d,60%%,12%%))"><div style="position:absolute;left:50%%;top:50%%;'
              'transform:translate(-50%%,-50%%);font-size:72px;color:#fff">%s</div><div style="position:absolute;'
              'left:0;right:0;bottom:0;padding:8px 12px;background:rgba(0,0,0,.7);color:#fff;font-size:14px;'
              'display:flex;align-items:center;gap:4px">%s<span>%s</span><span style="margin-left:auto">%s</span>'
              '</div></div>' % (hue, hue + 40, k.icon("play" if paused else "pause"),
                                "".join(k.icon_button(m, "bare") for m in ["play" if paused else "pause", "volume"]), e(ts),
                                "".join(k.icon_button(m, "bare") for m in rng.sample(["settings", "fullscreen", "share"], 2))))
    views = "%s views" % format(rng.randint(100, 9999999), ",")
    body = k.box(player + k.h(3, name, "mt-3") + '<p class="text-muted">%s · %s</p>' % (e(V.person(rng)), e(views)) +
                 k.button("Subscribe", "danger") + k.button("Share", "light", "share"))
    facts = [{"t": "heading", "text": name}, {"t": "phrase", "text": "a video %s at %s" % ("paused" if paused else "playing",
                                                                                          ts.split(" / ")[0]),
                                                "fact": "video time: " + ts, "quote": ts.split(" / ")[0]},
             {"t": "buttons", "items": ["Subscribe", "Share"]}]
    return body, facts, ["a video titled “%s”" % name], "video page"


def _calendar_meta(rng, host):
    return "%s %d - Calendar" % (rng.choice(V.MONTHS), rng.randint(2024, 2027)), "/calendar"


def calendar(k, rng, host, title):
    month = title.split(" - ")[0]
    start = rng.randrange(7)
    events = {}
    for _ in range(rng.randint(2, 6)):
        events[rng.randint(1, 28)] = rng.choice(["Dentist", "Team meeting", "Birthday party", "Gym", "Call " +
                                                 rng.choice(V.FIRST), "Flight to " + rng.choice(V.CITIES),
                                                 "Pay rent", "Lunch with " + rng.choice(V.FIRST)])
    cells = []
    for i in range(35):
        day = i - start + 1
        ev = '<div class="small text-primary has-text-link g-item">%s</div>' % e(events[day]) if day in events else ""
        cells.append("<td style=\"height:72px;vertical-align:top;width:14%%\">%s%s</td>" % (day if 1 <= day <= 30 else "", ev))
    rows = "".join("<tr>%s</tr>" % "".join(cells[r * 7:(r + 1) * 7]) for r in range(5))
    heads = "".join("<th>%s</th>" % d[:3] for d in V.DAYS)
    cls = "table table-bordered" if k.name == "bootstrap" else "table is-bordered is-fullwidth"
    first = [events[d] for d in sorted(events)]
    body = k.box(k.h(2, month, "mb-3") + '<div style="display:flex;gap:6px;align-items:center">%s%s%s%s</div>' % (
        k.icon_button("back", label="Previous month") if rng.random() < 0.6 else "", k.button("Today", "light"),
        k.icon_button("next", label="Next month") if rng.random() < 0.6 else "", k.button("New event", "primary", "add")) +
                 '<div class="mt-3" data-count="events"><table class="%s"><thead><tr>%s</tr></thead><tbody>%s</tbody>'
                 '</table></div>' % (cls, heads, rows))
    facts = [{"t": "heading", "text": month}, {"t": "count", "what": "events", "group": "events"},
             {"t": "items", "items": first[:2]}, {"t": "buttons", "items": ["New event"]}]
    return body, facts, ["a calendar for %s" % month], "calendar page"


def _maps_meta(rng, host):
    return "%s - Maps" % rng.choice(V.CITIES), "/maps"


def maps(k, rng, host, title):
    city = title.split(" - ")[0]
    place = rng.choice(["Central Station", "City Museum", "Old Town Hall", "Riverside Park", "Main Library"])
    roads = "".join('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#fff" stroke-width="%d"/>' % (
        rng.randint(0, 800), rng.randint(0, 600), rng.randint(0, 800), rng.randint(0, 600), rng.choice([4, 6, 10]))
        for _ in range(14))
    parks = "".join('<rect x="%d" y="%d" width="%d" height="%d" fill="#b8e0a8"/>' % (
        rng.randint(0, 700), rng.randint(0, 500), rng.randint(40, 160), rng.randint(40, 120)) for _ in range(4))
    mp = ('<svg width="100%%" height="520" viewBox="0 0 800 600" preserveAspectRatio="xMidYMid slice" '
          'style="background:#ece6dc">%s%s<path d="M400 260 l-14 -30 a16 16 0 1 1 28 0 z" fill="#d33"/></svg>' % (parks, roads))
    side = (k.field("Search", "%s, %s" % (place, city)) + k.h(4, place) + '<p>%s</p>' % e(rng.choice(
        ["Open until 18:00", "Open 24 hours", "Closed today"])) + k.button("Directions", "primary", "location"))
    body = k.box(k.cols([(4, side), (8, mp)]))
    facts = [{"t": "phrase", "text": "a map of %s" % city, "fact": "map: " + city, "quote": city},
             {"t": "heading", "text": place}, {"t": "buttons", "items": ["Directions"]}]
    return body, facts, ["a map showing %s" % place], "map page"


PAGES = {"web.login": (_login_meta, login), "web.mail": (_mail_meta, mail), "web.search": (_search_meta, search),
         "web.shop": (_shop_meta, shop), "web.article": (_article_meta, article), "web.dashboard": (_dash_meta, dashboard),
         "web.settings": (_settings_meta, settings), "web.404": (_error_meta, error), "web.chat": (_chat_meta, chat),
         "web.table": (_table_meta, datatable), "web.form": (_form_meta, form), "web.docs": (_docs_meta, docs),
         "web.offline": (_offline_meta, offline), "web.video": (_video_meta, video),
         "web.calendar": (_calendar_meta, calendar), "web.map": (_maps_meta, maps)}

OVERLAYS = {
    "cookie": lambda k, rng: ('<div style="position:fixed;left:0;right:0;bottom:0;padding:18px 24px;z-index:2000" '
                              'class="%s" data-dialog="1"><span class="me-3 mr-3">%s</span>%s%s</div>' % (
                                  "bg-body-secondary border-top" if k.name == "bootstrap" else "has-background-light has-text-dark",
                                  "We use cookies to improve your experience.", k.button("Accept all"), k.button("Reject", "light")),
                              "We use cookies to improve your experience.", ["Accept all", "Reject"], "a cookie banner"),
    "modal": lambda k, rng: (lambda t, m, b: (k.modal(t, m, b), m, b, "a dialog titled “%s”" % t))(
        *rng.choice([("Delete item?", "This action cannot be undone.", ["Cancel", "Delete"]),
                     ("Session expired", "Please sign in again to continue.", ["Sign in"]),
                     ("Unsaved changes", "Do you want to leave this page?", ["Stay", "Leave"]),
                     ("Subscribe", "Get our weekly newsletter by email.", ["No thanks", "Subscribe"])])),
    "toast": lambda k, rng: (lambda m: ('<div style="position:fixed;top:16px;right:16px;z-index:2000;min-width:280px;padding:14px;'
                                        'border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.3)" class="%s" data-dialog="1">%s %s</div>' % (
                                            "bg-success text-white" if k.name == "bootstrap" else "notification is-success",
                                            k.icon("done"), e(m)), m, [], "a notification saying “%s”" % m))(
        rng.choice(["Your changes have been saved.", "Message sent.", "Item added to cart.", "Profile updated."])),
}

# ---------------------------------------------------------------------------------------------------- truth from the page
EXTRACT = r"""(() => {
 const vw = innerWidth, vh = innerHeight, out = {words: [], controls: [], icons: [], counts: {}, dialog: null};
 const rgb = c => { const m = (c || '').match(/[\d.]+/g); return m ? m.slice(0, 3).map(Number) : [0, 0, 0]; };
 const bgOf = el => { for (; el; el = el.parentElement) { const m = getComputedStyle(el).backgroundColor.match(/[\d.]+/g);
   if (m && (m.length < 4 || +m[3] > 0.5)) return m.slice(0, 3).map(Number); } return rgb(getComputedStyle(document.documentElement).backgroundColor) ; };
 const shown = el => { for (let x = el; x; x = x.parentElement) { const s = getComputedStyle(x);
   if (s.visibility === 'hidden' || s.display === 'none' || +s.opacity < 0.4) return false; } return true; };
 const onTop = (el, r) => { const x = Math.min(vw - 1, Math.max(0, r.left + r.width / 2)), y = Math.min(vh - 1, Math.max(0, r.top + r.height / 2));
   const t = document.elementFromPoint(x, y); return !!t && (t === el || el.contains(t) || t.contains(el)); };
 const inView = r => r.width >= 1 && r.height >= 1 && r.left >= -1 && r.top >= -1 && r.right <= vw + 1 && r.bottom <= vh + 1;
 const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), range = document.createRange();
 let node, seq = 0;
 while ((node = walker.nextNode())) {
  const el = node.parentElement;
  if (!el || !node.textContent.trim() || ['SCRIPT', 'STYLE', 'OPTION', 'TITLE'].includes(el.tagName) || !shown(el)) continue;
  const fg = rgb(getComputedStyle(el).color), bg = bgOf(el), re = /\S+/g; let m;
  while ((m = re.exec(node.textContent))) {
   range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
   const r = range.getClientRects()[0];
   if (!r || !inView(r) || !onTop(el, r)) { seq++; continue; }
   out.words.push({t: m[0], b: [r.left, r.top, r.right, r.bottom], fg, bg, s: seq++});
  }
  seq++;
 }
 for (const el of document.querySelectorAll('input,select,textarea')) {
  const r = el.getBoundingClientRect(); if (!inView(r) || !shown(el) || !onTop(el, r)) continue;
  const lab = (el.closest('.mb-3,.field,.form-check') || {}).querySelector ? (el.closest('.mb-3,.field,.form-check').querySelector('label') || {}).textContent : '';
  if (el.type === 'checkbox') { out.controls.push({type: el.getAttribute('role') === 'switch' ? 'switch' : 'checkbox', label: (lab || '').trim(), state: el.checked ? 'on' : 'off', box: [r.left, r.top, r.right, r.bottom]}); continue; }
  if (el.tagName === 'SELECT') { const t = el.options[el.selectedIndex].text;
   out.controls.push({type: 'combo', label: (lab || '').trim(), state: t, box: [r.left, r.top, r.right, r.bottom]});
   const s = getComputedStyle(el); out.words.push({t: t, b: [r.left + parseFloat(s.paddingLeft), r.top + 4, r.left + parseFloat(s.paddingLeft) + t.length * parseFloat(s.fontSize) * 0.5, r.bottom - 4], fg: rgb(s.color), bg: bgOf(el), s: seq += 2, whole: true}); continue; }
  const shownText = el.value ? (el.type === 'password' ? '' : el.value) : (el.placeholder || '');
  out.controls.push({type: 'entry', label: (lab || el.placeholder || '').trim(), state: el.type === 'password' ? null : el.value, box: [r.left, r.top, r.right, r.bottom]});
  if (shownText) { const s = getComputedStyle(el, el.value ? null : '::placeholder');
   const ctx = document.createElement('canvas').getContext('2d'); ctx.font = getComputedStyle(el).font;
   const w = Math.min(ctx.measureText(shownText).width, r.width - 2 * parseFloat(getComputedStyle(el).paddingLeft));
   const x0 = r.left + parseFloat(getComputedStyle(el).paddingLeft), fs = parseFloat(getComputedStyle(el).fontSize);
   if (ctx.measureText(shownText).width <= w + 1) out.words.push({t: shownText, b: [x0, (r.top + r.bottom - fs) / 2, x0 + w, (r.top + r.bottom + fs) / 2], fg: rgb(s.color), bg: bgOf(el), s: seq += 2, whole: true}); }
 }
 for (const el of document.querySelectorAll('button,a')) {
  const r = el.getBoundingClientRect(), t = el.textContent.trim();
  if (t && inView(r) && shown(el) && onTop(el, r)) out.controls.push({type: el.tagName === 'A' ? 'link' : 'button', label: t, state: null, box: [r.left, r.top, r.right, r.bottom]});
 }
 for (const el of document.querySelectorAll('[data-icon]')) {
  const r = el.getBoundingClientRect(); if (!inView(r) || !shown(el) || !onTop(el, r)) continue;
  const b = el.closest('button,a'), solo = !!b && !b.textContent.trim() && !!b.getAttribute('aria-label');
  const fg = el.tagName !== 'IMG' ? rgb(getComputedStyle(el).color) : el.dataset.tone === 'dark' ? [60, 60, 60] : el.dataset.tone === 'light' ? [225, 225, 225] : null;
  const br = solo ? b.getBoundingClientRect() : r;
  out.icons.push({type: solo ? 'icon button' : 'icon', label: solo ? b.getAttribute('aria-label') : el.dataset.icon, meaning: el.dataset.icon,
   toolbar: !!el.closest('[data-toolbar]'), fg, bg: bgOf(el), box: [br.left, br.top, br.right, br.bottom]});
 }
 for (const g of document.querySelectorAll('[data-count]')) {
  out.counts[g.dataset.count] = [...g.querySelectorAll('.g-item')].filter(x => { const r = x.getBoundingClientRect(); return inView(r) && onTop(x, r); }).length;
 }
 const d = document.querySelector('[data-dialog]');
 if (d) { const r = d.getBoundingClientRect(); out.dialog = [r.left, r.top, r.right, r.bottom]; }
 return out;
})()"""


def contrast(a, b):
    la, lb = _lum(tuple(a)), _lum(tuple(b))
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def lines_from_words(words):
    """Words in document order -> visual lines: a word joins the line before it when it sits on the same row just
    after it (also across inline elements, as an OCR engine would read it)."""
    lines = []
    for w in words:
        b = w["b"]
        h = b[3] - b[1]
        if lines and not w.get("whole"):
            L = lines[-1]
            lb = L["box"]
            same_row = abs((b[1] + b[3]) / 2 - (lb[1] + lb[3]) / 2) < 0.35 * h
            if same_row and -2 <= b[0] - lb[2] < 1.0 * h and w["s"] - L["s"] <= 3 and not L.get("whole"):
                L["text"] += " " + w["t"]
                L["box"] = [lb[0], min(lb[1], b[1]), max(lb[2], b[2]), max(lb[3], b[3])]
                L["s"] = w["s"]
                L["ok"] = L["ok"] and contrast(w["fg"], w["bg"]) >= 1.8
                continue
        lines.append({"text": w["t"], "box": list(b), "s": w["s"], "whole": w.get("whole", False),
                      "ok": contrast(w["fg"], w["bg"]) >= 1.8})
    return [l for l in lines if l["ok"]]


def _browser_proc():
    if "chromium" not in _STATE:
        from .cdp import Chromium
        _STATE["chromium"] = Chromium()
        _STATE["dir"] = os.path.join(ASSETS, "pages")
        os.makedirs(_STATE["dir"], exist_ok=True)
    return _STATE["chromium"]


def available():
    from .cdp import chromium_path
    return bool(chromium_path()) and os.path.isdir(os.path.join(ASSETS, "node_modules", "bootstrap"))


def render_page(sc, rng, c, host, ptitle, build, overlays=True, family=None, theme=None):
    """Renders build's page at the content rectangle c of scene sc, records its lines, controls and icons, and
    returns (facts, notable, noun) as every page template does; with overlays, 30 % of pages get a cookie banner, a
    modal dialog or a toast over them. family and theme (for tests) fix the icon family and the page theme."""
    th = sc.theme["mode"] if rng.random() < 0.7 else rng.choice(["light", "light", "dark", "high contrast"])
    theme = theme or th
    kit = rng.choice(["bootstrap", "bulma"])
    fams = sorted(icon_families()) or ["bootstrap-icons"]
    fam = rng.choices(fams, [FAMILY_WEIGHTS.get(f, 1) for f in fams])[0]
    family = family or fam
    k = Kit(kit, theme, rng, IconSet(family, rng))
    body, facts, notable, noun = build(k, rng, host, ptitle)
    ov = None
    if overlays and rng.random() < 0.3:
        ov = OVERLAYS[rng.choice(sorted(OVERLAYS))](k, rng)
        body += ov[0]
    doc = k.head(ptitle, rng.choice(FONTS)) + "<body>%s%s</body></html>" % (body, ICON_SCRIPT if "data-tone=" in body else "")
    cr = _browser_proc()
    path = os.path.join(_STATE["dir"], "p%d.html" % os.getpid())
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
    W, H = c[2] - c[0], c[3] - c[1]
    png, truth = cr.shot("file://" + path, W / sc.scale, H / sc.scale, sc.scale, EXTRACT)
    shot = Image.open(io.BytesIO(png)).convert("RGB")
    if shot.size != (W, H):
        shot = shot.resize((W, H), Image.Resampling.BILINEAR)
    sc.img.paste(shot, (c[0], c[1]))
    s = sc.scale
    for ln in lines_from_words(truth["words"]):
        b = [int(round(c[0] + v * s)) if i % 2 == 0 else int(round(c[1] + v * s)) for i, v in enumerate(ln["box"])]
        sc.lines.append({"text": " ".join(ln["text"].split()), "box": b, "g": sc.group})
    for ct in truth["controls"]:
        b = [c[0] + ct["box"][0] * s, c[1] + ct["box"][1] * s, c[0] + ct["box"][2] * s, c[1] + ct["box"][3] * s]
        sc.control(ct["type"], " ".join(ct["label"].split()), b, ct["state"])
    shown = []  # icons as words: only those nothing covers, and one-colour ones only with enough contrast
    for ic in truth["icons"]:
        if ic["fg"] is not None and contrast(ic["fg"], ic["bg"]) < 1.8:
            continue
        b = [c[0] + ic["box"][0] * s, c[1] + ic["box"][1] * s, c[0] + ic["box"][2] * s, c[1] + ic["box"][3] * s]
        sc.control(ic["type"], ic["label"], b)
        shown.append(ic)
    out = []
    for f in facts:
        if f["t"] == "count":
            n = truth["counts"].get(f.pop("group"), 0)
            if n < 1:
                continue
            f["n"] = n
        out.append(f)
    out += icon_facts(shown, k.ic, rng)
    if ov is not None:
        _, msg, buttons, what = ov
        out = [{"t": "message", "text": msg}] + ([{"t": "buttons", "items": buttons}] if buttons else []) + out
        notable = [what] + notable
    return out, notable, noun


SAID = {"user": "account", "log out": "log-out", "next": "forward", "done": "done"}


def icon_facts(shown, ic, rng):
    """Facts about the visible icons: every one with its meaning and file (an 'icons' fact, kept in the truth for
    training and analysis; captions ignore it), and a phrase naming up to three icon-only buttons by meaning ("a
    toolbar with delete and print buttons") that captions may use."""
    if not shown:
        return []
    out = [{"t": "icons", "family": ic.family, "items": [{"meaning": i["meaning"], "name": ic.icons.get(i["meaning"], {}).get(
        "name", i["meaning"]), "button": i["type"] == "icon button"} for i in shown]}]
    btns = [i for i in shown if i["type"] == "icon button"]
    tool = any(i["toolbar"] for i in btns)
    ms = list(dict.fromkeys(i["meaning"] for i in btns if i["toolbar"] or not tool))[:3]
    if ms:
        said = [SAID.get(m, m) for m in ms]
        names = said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]
        if len(ms) == 1:
            text = rng.choice(["an icon button for %s" % names, "%s %s icon button" % ("an" if names[0] in "aeiou" else "a", names)])
        elif tool:
            text = rng.choice(["a toolbar with %s buttons", "a toolbar with icons for %s", "a row of icon buttons for %s"]) % names
        else:
            text = rng.choice(["a row of icon buttons for %s", "a set of %s icon buttons"]) % names
        out.append({"t": "phrase", "text": text, "fact": "; ".join("icon button: %s" % m for m in ms)})
    return out


def _template(kind, meta, build):
    fn = page(meta)(lambda sc, rng, c, host, ptitle: render_page(sc, rng, c, host, ptitle, build))
    return lambda sc, rng, area: browser(sc, rng, area, fn, kind)


TEMPLATES = {"chromium." + k.split(".", 1)[1]: _template(k, m, b) for k, (m, b) in PAGES.items()}


def make(out, split, idx, seed, fonts, pool, keep=False):
    from . import compose
    from .generate import build_record
    rng = random.Random("web/%d/%s/%d" % (seed, split, idx))
    name = rng.choice(sorted(TEMPLATES))
    img, info, ctx, lines = compose.render(rng, fonts, TEMPLATES[name], pool)
    return build_record(out, split, "w%06d" % idx, "chromium", name, img, info, ctx, lines, rng, keep)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--split", default="train")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--fonts-dir", default=None)
    ap.add_argument("--keep-originals", type=int, default=0,
                    help="also save the full-resolution render of the first K images as full/<split>/wNNNNNN.png")
    a = ap.parse_args(argv)
    if not available():
        sys.exit("web_real: needs chromium and %s/node_modules (npm install bootstrap@5 bulma@1 bootstrap-icons @mdi/svg)" % ASSETS)
    from . import generate
    generate._init(a.fonts_dir, [])
    pool = [generate._W["tpl"][k] for k in generate.BG_POOL if k in generate._W["tpl"]]
    os.makedirs(os.path.join(a.out, "images", a.split), exist_ok=True)
    path = os.path.join(a.out, a.split + ".extra.jsonl")
    done = set()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            done = {json.loads(l)["id"] for l in f if l.strip()}
    t0, n = time.time(), 0
    with open(path, "a", encoding="utf-8") as f:
        for i in range(a.n):
            if "%s_w%06d" % (a.split, i) in done:
                continue
            try:
                rec = make(a.out, a.split, i, a.seed, generate._W["fonts"], pool, i < a.keep_originals)
            except (RuntimeError, TimeoutError) as ex:  # a browser that died: start a new one
                sys.stderr.write("\n%s_w%06d: %s\n" % (a.split, i, ex))
                _STATE.pop("chromium").close()
                continue
            f.write(rec + "\n")
            f.flush()
            n += 1
            if n % 20 == 0:
                sys.stderr.write("\r%s %d/%d  %.0f ms/img   " % (a.split, i + 1, a.n, 1000 * (time.time() - t0) / n))
                sys.stderr.flush()
    if "chromium" in _STATE:
        _STATE.pop("chromium").close()
    sys.stderr.write("\ndone: %d images in %.0f s\n" % (n, time.time() - t0))


if __name__ == "__main__":
    main()
