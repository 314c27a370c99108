"""Pseudo-initial captions for MM-SeR stage 2: reference captions with 0-3 small recorded edits."""
import re

from . import vocab as V
from .captions import join, q

NOUNS = ["error dialog", "warning dialog", "question dialog", "information dialog", "login dialog", "progress dialog",
         "file manager", "text editor", "code editor", "terminal", "spreadsheet", "calculator", "web browser",
         "settings window", "media player", "image viewer", "PDF viewer", "email client", "chat window", "file chooser",
         "calendar", "music player", "desktop", "lock screen", "web page", "save changes dialog", "print dialog"]
APPS = ["Firefox", "Chromium", "Files", "Terminal", "gedit", "Mousepad", "LibreOffice Writer", "LibreOffice Calc",
        "Thunderbird", "VLC", "Settings", "Calculator", "GIMP", "Notepad", "Visual Studio Code", "Nautilus", "Thunar"]
THEMES = ["dark", "light", "high contrast"]
COLORS = ["red", "green", "blue", "yellow", "orange", "purple", "black", "white", "grey", "pink", "teal"]
INVENT = ['with a "Delete" button', "with a red warning icon", "and a progress bar", "showing a bar chart",
          'with a "Download" link', "with a search box", "and a notification in the corner", "with two open tabs",
          'with an "Undo" button', "and a photo of a cat", "with a green check mark", "and a sidebar of folders",
          'with the message "Connection lost"', "and a video playing", "with a map", 'with a "Sign in" button',
          "with a table of 6 rows", "and a blue banner at the top", "with a login form", "and a calendar"]
TYPES = ["kind", "app", "title", "count", "color", "drop", "invent"]


def _title_edit(text, rng):
    inner = text.strip('"')
    ws = inner.split(" ")
    i = rng.randrange(len(ws))
    new = rng.choice(V.NOUNS + V.ADJ).capitalize() if ws[i][:1].isupper() else rng.choice(V.NOUNS)
    if new.lower() == ws[i].lower():
        return None
    ws[i] = new
    return q(" ".join(ws))


def edit_once(segs, rng, kinds_done):
    """Apply one edit in place; returns the edit record or None if this type cannot apply."""
    t = rng.choice([x for x in TYPES if x not in kinds_done] or TYPES)
    if t == "kind":
        for s in segs:
            if s[0] == "kind":
                new = rng.choice([n for n in NOUNS if n != s[1]])
                rec = {"type": "kind", "from": s[1], "to": new}
                s[1] = new
                return rec
    elif t == "app":
        for s in segs:
            if s[0] == "app":
                new = rng.choice([a for a in APPS if a != s[1]])
                rec = {"type": "app", "from": s[1], "to": new}
                s[1] = new
                return rec
    elif t == "title":
        for s in segs:
            if s[0] == "title":
                new = _title_edit(s[1], rng)
                if new:
                    rec = {"type": "title", "from": s[1].strip('"'), "to": new.strip('"')}
                    s[1] = new
                    return rec
    elif t == "count":
        for s in segs:
            if s[0] == "clause" and s[2] == "count" or re.search(r"\b\d+ percent\b", s[1] if s[0] == "clause" else ""):
                m = re.search(r"\b(\d+)\b", s[1])
                if m:
                    n = int(m.group(1))
                    new = str(max(0, n + rng.choice([-3, -2, -1, 1, 2, 3, 5, 10])))
                    if new == m.group(1):
                        return None
                    s[1] = s[1][:m.start()] + new + s[1][m.end():]
                    return {"type": "count", "from": m.group(1), "to": new}
    elif t == "color":
        for s in segs:
            if s[0] in ("theme", "color"):
                for w in THEMES + COLORS:
                    if re.search(r"\b%s\b" % w, s[1]):
                        new = rng.choice([x for x in (THEMES if w in THEMES else COLORS) if x != w])
                        s[1] = re.sub(r"\b%s\b" % w, new, s[1], count=1)
                        return {"type": "color", "from": w, "to": new}
        # no colour in the caption: add a wrong one as an attribute of the kind
        for s in segs:
            if s[0] == "kind":
                c = rng.choice(THEMES[:2])
                s[1] = "%s-themed %s" % (c, s[1])
                return {"type": "color", "from": "", "to": c}
    elif t == "drop":
        idx = [i for i, s in enumerate(segs) if s[0] == "clause" or (s[0] == "theme" and s[1].startswith(","))]
        if idx:
            i = rng.choice(idx)
            rec = {"type": "drop", "from": segs[i][1].strip(" ,;"), "to": ""}
            segs.pop(i)
            return rec
    elif t == "invent":
        new = rng.choice(INVENT)
        if segs and segs[-1][1] != "." and segs[-1][1].rstrip().endswith("."):
            segs[-1][1] = segs[-1][1].rstrip()[:-1]
            segs.append(["glue", ".", None])
        pos = len(segs) - 1 if segs and segs[-1][1] == "." else len(segs)
        segs.insert(pos, ["clause", rng.choice([", ", " "]) + new, "invented"])
        return {"type": "invent", "from": "", "to": new}
    return None


def make(caption_segs, rng):
    out = []
    for ref, segs in enumerate(caption_segs):
        for _ in range(3):
            n = 0 if rng.random() < 0.15 else rng.randint(1, 3)
            s2 = [list(x) for x in segs]
            edits, tries = [], 0
            while len(edits) < n and tries < 12:
                tries += 1
                r = edit_once(s2, rng, {e["type"] for e in edits})
                if r:
                    edits.append(r)
            out.append({"caption": join([x[:2] for x in s2]), "ref": ref, "edits": edits})
    return out
