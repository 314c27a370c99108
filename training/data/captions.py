"""Reference captions, a detailed description and atomic facts, composed only from the recorded truth.

A caption is built as a list of segments [tag, text] so that pseudo.py can edit it by segment:
tags: art (a/an, fixed at join time), kind, app, title, count, theme, clause (droppable), glue."""
import json
import re


def art(word):
    return "an" if word[:1].lower() in "aeiou" and not word.lower().startswith(("user", "usb", "one")) else "a"


def norm(s):
    return s.replace("“", "'").replace("”", "'").replace("…", "...")


def join(segs):
    out = []
    for i, (tag, text) in enumerate(segs):
        if tag == "art":
            nxt = next((t for _, t in segs[i + 1:] if t.strip()), "x")
            text = art(nxt.strip().strip('"')) + " "
            if i == 0 or (out and out[-1].rstrip().endswith(".")):
                text = text.capitalize()
        out.append(text)
    s = re.sub(r"\s+", " ", "".join(out)).strip()
    s = re.sub(r"\s+([,.;])", r"\1", s)
    s = re.sub(r"[,;](\s*[,;])+", ",", s)
    s = re.sub(r"[,;]\s*\.", ".", s)
    s = re.sub(r'([.?!])"\.$', r'\1"', s)
    return s[0].upper() + s[1:] if s else s


STOP = set("a an the to of for and or in on at by with from is are was be do does you your this that it its "
           "will can could would should may not no as if but so than then".split())


class Visible:
    """Answers whether a string can be quoted: it must occur in a recorded text line."""

    def __init__(self, lines):
        self.texts = [l["text"].lower() for l in lines]

    def has(self, s):
        s = s.lower().strip()
        return bool(s) and any(s in t for t in self.texts)

    def quote(self, text, maxw=8):
        if self.has(text) and len(text.split()) <= maxw:
            return text
        w = text.split()
        for k in range(min(maxw, len(w)), 1, -1):
            c = " ".join(w[:k]).rstrip(",.;:")
            if self.has(c):
                cw = c.split()
                while len(cw) > 2 and cw[-1].lower().strip(",.;:") in STOP:
                    cw.pop()
                return " ".join(cw).rstrip(",.;:")
        return None


def q(s):
    return '"%s"' % norm(s)


def listing(items, conj="and"):
    items = [q(i) for i in items]
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " %s " % conj + items[-1]


def fact_clauses(f, vis, rng):
    """All (clause text, atomic fact) pairs that can describe fact f; clause text starts without connector."""
    t = f["t"]
    if t in ("message", "heading"):
        qt = vis.quote(f["text"])
        if not qt:
            return []
        p = rng.choice(["saying %s", "with the message %s", "that reads %s", "which says %s", "reading %s",
                        "with the text %s"] if t == "message" else
                       ["headed %s", "with the heading %s", "saying %s", "that says %s", "announcing %s"])
        return [(p % q(qt), "%s: %s" % (t, qt))]
    if t == "buttons":
        items = [b for b in f["items"] if vis.has(b)]
        if not items:
            return []
        if len(items) == 1:
            p = rng.choice(["with %s %s button" % (art(items[0]), q(items[0])), "and %s %s button" % (art(items[0]), q(items[0])),
                            "with a single %s button" % q(items[0])])
        else:
            p = rng.choice(["with %s buttons", "with the buttons %s", "offering %s", "with buttons labelled %s",
                            "and %s buttons"]) % listing(items)
        return [(p, "; ".join("button: %s" % b for b in items))]
    if t == "fields":
        items = [b for b in f["items"] if vis.has(b)]
        if not items:
            return []
        p = rng.choice(["with %s fields", "asking for %s", "with fields for %s", "with %s boxes"]) % listing(items)
        return [(p, "; ".join("field: %s" % b for b in items))]
    if t == "count":
        n, what, of = f["n"], f["what"], f.get("of")
        if of:
            p = rng.choice(["with {n} {w} of {o}", "showing {n} {w} of {o}", "listing {n} {w} of {o}",
                            "containing a table of {n} {o}" if what == "rows" else "containing {n} {o}"])
        else:
            p = rng.choice(["with {n} {w}", "showing {n} {w}", "listing {n} {w}", "containing {n} {w}"])
        return [(p.format(n=n, w=what if n != 1 else what.rstrip("s"), o=of),
                 "count: %d %s" % (n, what))]
    if t == "items":
        items = [vis.quote(i, 5) for i in f["items"]]
        items = [i for i in items if i][:2]
        if not items:
            return []
        p = rng.choice(["including %s", "such as %s", "among them %s", "starting with %s"]) % listing(items)
        return [(p, "; ".join("item: %s" % i for i in items))]
    if t == "phrase":
        if f.get("quote") and not vis.has(f["quote"]):
            return []
        for m in re.findall("“([^”]*)”", f["text"]):
            if not vis.has(m):
                return []
        p = rng.choice(["with %s", "showing %s", "and %s", "with %s"] if not f["text"].startswith(("the ", "unsaved"))
                       else ["with %s", "and %s", "with %s"])
        return [(p % f["text"].replace("“", '"').replace("”", '"'), f.get("fact", f["text"]))]
    if t == "text":
        items = [i for i in f["items"] if vis.has(i)]
        if not items:
            return []
        p = rng.choice(["showing the text %s", "with text such as %s", "where %s can be read", "with the words %s",
                        "containing %s"]) % listing(items)
        return [(p, "; ".join("text: %s" % i for i in items))]
    if t == "theme":
        return []
    if t == "notification":
        qt = vis.quote(f["text"])
        if not qt:
            return []
        return [(rng.choice(["and a notification saying %s", "while a notification says %s",
                             "with a pop-up notification %s"]) % q(qt), "notification: %s" % qt)]
    if t == "menu":
        items = [i for i in f["items"] if vis.has(i)]
        if not items:
            return []
        ttl = f.get("title")
        head = ("the %s menu open" % q(ttl)) if ttl and vis.has(ttl) else "a menu open"
        return [(rng.choice(["with %s", "and %s"]) % head + rng.choice([", showing %s" % listing(items[:3]), ""]),
                 "menu open: %s" % (ttl or "menu"))]
    return []


HEADS = [
    ["art", "kind", " titled ", "title"], ["art", "kind", " with the title ", "title"], ["art", "kind", " called ", "title"],
    ["The screen shows ", "art", "kind", " titled ", "title"], ["art", "kind", " window, ", "title", ","],
    ["art", "kind", " named ", "title"], ["On screen: ", "art", "kind", " titled ", "title"],
    ["There is ", "art", "kind", " titled ", "title", " on screen"], ["This is ", "art", "kind", " titled ", "title"],
    ["art", "kind", " labelled ", "title"], ["An open ", "kind", ", ", "title", ","],
]
HEADS_APP = [
    ["art", "kind", " in ", "app", " titled ", "title"], ["app", " shows ", "art", "kind", " titled ", "title"],
    ["The ", "app", " window ", "title", " is open as ", "art", "kind"], ["art", "kind", " from ", "app", ", ", "title", ","],
    ["app", " is open with ", "art", "kind", " titled ", "title"], ["art", "app", " ", "kind", " titled ", "title"],
    ["art", "kind", " (", "app", ") titled ", "title"],
]
HEADS_NOTITLE = [["art", "kind"], ["The screen shows ", "art", "kind"], ["A screenshot of ", "art", "kind"],
                 ["There is ", "art", "kind", " on screen"], ["art", "kind", " is open"]]
HEADS_NOTITLE_APP = [["art", "kind", " in ", "app"], ["app", " shows ", "art", "kind"], ["art", "app", " ", "kind"],
                     ["art", "kind", " from ", "app"]]
CAM_HEADS = [["A photo of ", "art", "kind"], ["The camera shows ", "art", "kind"], ["art", "kind", " seen by the camera"],
             ["A camera view of ", "art", "kind"], ["art", "kind", " photographed at an angle"], ["In front of the camera: ", "art", "kind"],
             ["The webcam sees ", "art", "kind"], ["A picture of ", "art", "kind"]]
REGION_HEADS = [["Part of ", "art", "kind"], ["A close-up of ", "art", "kind"], ["A cropped view of ", "art", "kind"],
                ["A section of ", "art", "kind"], ["A zoomed-in part of ", "art", "kind"]]
CONNECT = [", ", ", ", " ", ", ", " "]
THEME_CL = ["in a {m} theme", "using a {m} theme", "in {m} mode", "with a {m} look"]


def short_title(title, app):
    if title.startswith("[") and "]" in title:  # GIMP: "[name] (imported)-1.0 (RGB color ...) – GIMP"
        return title[1:title.index("]")]
    for sep in (" - ", " — ", " – "):
        if sep in title:
            head = title.split(sep)[0].strip()
            if head:
                return head
    return title


def _seg(parts, info, ttl, app):
    out = []
    for p in parts:
        if p == "art":
            out.append(["art", "", None])
        elif p == "kind":
            out.append(["kind", info["noun"], None])
        elif p == "app":
            out.append(["app", app, None])
        elif p == "title":
            out.append(["title", q(ttl), None])
        else:
            out.append(["glue", p, None])
    return out


def words(segs):
    return len(join([s[:2] for s in segs]).split())


def one_caption(info, ctx, vis, rng, ttl, app, pool):
    if ctx["crop"] == "camera":
        head = rng.choice(CAM_HEADS)
    elif ctx["crop"] == "region":
        head = rng.choice(REGION_HEADS) + ([rng.choice([" titled ", ", "]), "title"] if ttl and rng.random() < 0.6 else [])
    else:
        if ttl and app and rng.random() < 0.45:
            heads = HEADS_APP
        elif ttl:
            heads = HEADS
        elif app:
            heads = HEADS_NOTITLE_APP
        else:
            heads = HEADS_NOTITLE
        if ctx["crop"] != "screen":
            heads = [h for h in heads if not any("screen" in p for p in h)] or heads
        head = rng.choice(heads)
    segs = _seg(head, info, ttl, app)
    picks = list(pool)
    rng.shuffle(picks)
    picks.sort(key=lambda c: c[2] + rng.random() * 1.5)
    k = rng.choice([1, 2, 2, 3])
    for text, _, _, ftype in picks[:k]:
        segs.append(["clause", rng.choice(CONNECT) + text, ftype])
    if ctx["crop"] == "camera" and rng.random() < 0.5:
        segs.insert(len(head), ["clause", rng.choice([" on a ", " lying on a ", ", on a "]) + ctx["surface"], "surface"])
    light_pic = bool(ctx.get("colors")) and ctx["colors"][0] in ("white", "light grey", "beige", "light blue")
    if ctx["theme"] != "light" and not light_pic and rng.random() < 0.25:
        segs.append(["theme", ", " + rng.choice(THEME_CL).format(m=ctx["theme"]), "theme"])
    while words(segs) > 25 and sum(s[0] in ("clause", "theme") for s in segs) > 1:
        i = max(i for i, s in enumerate(segs) if s[0] in ("clause", "theme"))
        segs.pop(i)
    extra = [c for c in picks[k:]]
    while words(segs) < 10 and extra:
        text, _, _, ftype = extra.pop(0)
        segs.append(["clause", rng.choice(CONNECT) + text, ftype])
    if words(segs) < 10 and ctx["crop"] != "camera" and ctx.get("colors"):
        where = "screen" if ctx["crop"] == "screen" else "picture"
        col = ctx["colors"][0]
        segs.append(["theme", rng.choice([", on a mostly %s %s" % (col, where), ", the %s mostly %s" % (where, col)]), "color"])
    segs.append(["glue", ".", None])
    return segs


def make(info, ctx, lines, rng):
    """Returns (captions, caption segment lists, detailed, facts)."""
    vis = Visible(lines)
    st = short_title(info["title"], info["app"]) if info.get("title") else ""
    ttl = vis.quote(st, 8) if st else None
    if ttl and len(ttl) < 3:
        ttl = None
    app = info["app"] if info.get("app") and vis.has(info["app"]) else None
    if app and (app.lower() in info["noun"].lower() or info["noun"].lower() in app.lower()):
        app = None
    if app and ttl and app.lower() == ttl.lower():
        app = None if rng.random() < 0.5 else app
        ttl = None if app else ttl
    facts = ["kind: " + info["noun"]]
    if app:
        facts.append("app: " + app)
    if ttl:
        facts.append("title: " + ttl)
    pool = []
    ifacts = info["facts"]
    if ctx["crop"] == "region":
        ifacts = [f for f in ifacts if f["t"] in ("message", "heading", "buttons", "fields", "items")
                  or (f["t"] == "phrase" and f.get("quote"))]
    ttl_full = info.get("title", "")
    fb = ctx.get("focus_box")
    inside = (lambda b: fb[0] - 2 <= b[0] and fb[1] - 2 <= b[1] and b[2] <= fb[2] + 2 and b[3] <= fb[3] + 2) if fb else (lambda b: True)
    cand = [l["text"] for l in lines if inside(l["box"]) and 3 < len(l["text"]) and sum(ch.isalpha() for ch in l["text"]) >= 3
            and '"' not in l["text"]
            and l["text"] not in ttl_full and l["text"] != ttl]
    known = " ".join(json.dumps(f, ensure_ascii=False) for f in ifacts)
    cand = [c for c in cand if c not in known]
    cand = [c if len(c.split()) <= 6 else vis.quote(" ".join(c.split()[:6]), 6) for c in cand]
    cand = [c for c in cand if c]
    cand = [c for c in cand if len(c.split()) >= 2] + [c for c in cand if len(c.split()) < 2 and len(c) > 5]
    if cand and (ctx["crop"] == "region" or len(ifacts) < 3) and ctx["crop"] != "camera":
        ifacts = ifacts + [{"t": "text", "items": cand[:rng.choice([1, 2, 2])]}]
    for prio, f in enumerate(ifacts + ctx.get("overlays", [])):
        for text, fact in fact_clauses(f, vis, rng):
            pool.append((text, fact, prio, f["t"]))
            facts.extend(x for x in fact.split("; ") if x not in facts)
    if ctx["theme"] != "light":
        facts.append("theme: " + ctx["theme"])
    if ctx["crop"] == "camera":
        facts += ["camera view", "surface: " + ctx["surface"]]
    facts.append("text lines: %d" % len(lines))
    caps, segsl = [], []
    tries = 0
    while len(caps) < rng.choice([3, 3, 4]) and tries < 12:
        tries += 1
        segs = one_caption(info, ctx, vis, rng, ttl, app, pool)
        s = join([x[:2] for x in segs])
        if s not in caps:
            caps.append(s)
            segsl.append(segs)
    while len(caps) < 3:  # very few facts: repeat a caption rather than invent one
        caps.append(caps[-1])
        segsl.append([list(x) for x in segsl[-1]])
    detailed = describe(info, ctx, vis, rng, ttl, app, pool)
    return caps, segsl, detailed, facts


def describe(info, ctx, vis, rng, ttl, app, pool):
    noun = info["noun"]
    sents = []
    where = {"screen": "The whole screen is captured", "window": "Only one window is captured",
             "region": "Only part of a window is captured"}.get(ctx["crop"], "")
    if ctx["crop"] == "camera":
        sents.append(rng.choice(["The camera shows %s %s on a %s.", "This is a camera picture of %s %s lying on a %s."])
                     % (art(noun), noun, ctx["surface"]))
        if ctx.get("blur"):
            sents.append("The picture is slightly blurred.")
    elif ttl and app:
        sents.append(rng.choice(["%s: %s %s from %s titled %s." % (where, art(noun), noun, app, q(ttl)),
                                 "This screenshot shows %s %s in %s, titled %s." % (art(noun), noun, app, q(ttl))]))
    elif ttl:
        sents.append(rng.choice(["%s: %s %s titled %s." % (where, art(noun), noun, q(ttl)),
                                 "This screenshot shows %s %s whose title is %s." % (art(noun), noun, q(ttl))]))
    elif ctx["crop"] == "region":
        sents.append("This screenshot shows only part of %s %s%s." % (art(noun), noun, " from " + app if app else ""))
    else:
        sents.append("This screenshot shows %s %s%s." % (art(noun), noun, " from " + app if app else ""))
    if info.get("notable") and ctx["crop"] != "region":
        for n in info["notable"][:1]:
            if all(vis.has(m) for m in re.findall("“([^”]*)”", n)):
                sents.append(rng.choice(["It is about %s.", "In short, it shows %s.", "The main content is %s."]) % norm(n))
    for text, _, _, ftype in pool:
        qs = re.findall(r'"[^"]*"', text)
        body = re.sub(r"^(with|and|while|showing|offering|listing|containing|including|such as|among them|starting with) ", "", text)
        if ftype == "message" and qs:
            sents.append(rng.choice(["The message reads %s.", "It says %s.", "The text says %s."]) % qs[0])
        elif ftype == "heading" and qs:
            sents.append(rng.choice(["The heading is %s.", "At the top it says %s."]) % qs[0])
        elif ftype == "buttons" and qs:
            sents.append(rng.choice(["It has the buttons %s.", "The buttons are %s.", "Buttons: %s."]) % listing([x.strip('"') for x in qs]))
        elif ftype == "fields" and qs:
            sents.append("There are fields for %s." % listing([x.strip('"') for x in qs]))
        elif ftype == "items" and qs:
            sents.append(rng.choice(["Entries include %s.", "Among the entries are %s.", "It lists %s among others."]) % listing([x.strip('"') for x in qs]))
        elif ftype == "count":
            sents.append(rng.choice(["It shows %s.", "It has %s."] + (["There are %s."] if not body.startswith("1 ") else [])) % body)
        elif ftype == "text" and qs:
            sents.append(rng.choice(["Readable text includes %s.", "Among the visible text: %s.", "One can read %s."]) % listing([x.strip('"') for x in qs]))
        elif ftype == "notification" and qs:
            sents.append("A notification says %s." % qs[0])
        else:
            sents.append(rng.choice(["It has %s.", "There is %s.", "It shows %s."]) % body)
    for b in ctx.get("background", [])[:2]:
        bt = short_title(b["title"], b["app"])
        bq = vis.quote(bt, 6)
        sents.append("Behind it is %s %s window%s." % (art(b["noun"]), b["noun"], " titled " + q(bq) if bq else ""))
    if ctx["crop"] == "camera":
        sents.append("It is a photo, not a screenshot, so the text is seen at an angle." if vis.texts else
                     "It is a photo, not a screenshot, and there is no readable text.")
    if ctx["crop"] == "screen":
        for f in ctx.get("panel", []):
            if f["t"] == "clock" and vis.has(f["text"]):
                sents.append("The clock in the panel shows %s." % f["text"])
    if ctx["crop"] != "camera":
        light_pic = bool(ctx.get("colors")) and ctx["colors"][0] in ("white", "light grey", "beige", "light blue")
        if ctx["theme"] == "high contrast":
            sents.append("The interface uses a high contrast theme.")
        elif ctx["theme"] == "dark" and light_pic:
            sents.append("The window frames use a dark theme, but most of the picture is light.")
        else:
            sents.append("The interface uses a %s theme with %s accents." % (ctx["theme"], ctx["accent"]))
    extras = []
    n = len(vis.texts)
    if ctx["crop"] != "camera":
        extras.append("In total about %d lines of text can be read." % n if n > 1 else
                      "Almost no text can be read." if n == 0 else "Only one line of text can be read.")
    if ctx.get("colors"):
        extras.append("Overall the picture is mostly %s." % " and ".join(ctx["colors"][:2]))
    if ctx["crop"] == "window":
        extras.append("Nothing outside this window is shown.")
    elif ctx["crop"] == "region":
        extras.append("The edges of the picture cut through the window, so some content is not visible.")
    out = []
    for s in sents:
        if len(" ".join(out + [s]).split()) > 100:
            continue
        out.append(s)
    for s in extras:
        if len(" ".join(out).split()) >= 45 or len(" ".join(out + [s]).split()) > 100:
            break
        out.insert(len(out) - 1 if out and ctx["crop"] != "camera" else len(out), s)
    return norm(" ".join(out))
