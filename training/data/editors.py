"""Editors and office apps: plain text editor, code editor, word processor, spreadsheet, calculator."""
from . import vocab as V
from .chrome import window, app_box, toolbar, statusbar, scrollbar, button
from .scene import _mix

EDITORS = [("gedit", "{f} - gedit"), ("Mousepad", "{f} - Mousepad"), ("Text Editor", "{f}"), ("Notepad", "{f} - Notepad"),
           ("Kate", "{f} — Kate"), ("TextEdit", "{f}"), ("Pluma", "{f} (~/%s) - Pluma"), ("nano", "")]
CODE_APPS = [("Visual Studio Code", "{f} - {p} - Visual Studio Code"), ("Geany", "{f} - ~/{p} - Geany"),
             ("Kate", "{f} — {p} — Kate"), ("Sublime Text", "{f} - Sublime Text")]

PY = ["import os", "import sys", "from pathlib import Path", "", "", "def load_{n}(path):",
      "    \"\"\"Read the {n} file and return its rows.\"\"\"", "    rows = []", "    with open(path) as f:",
      "        for line in f:", "            rows.append(line.strip().split(\",\"))", "    return rows", "", "",
      "class {N}Report:", "    def __init__(self, name, total=0):", "        self.name = name", "        self.total = total",
      "", "    def add(self, amount):", "        self.total += amount", "        return self.total", "", "",
      "if __name__ == \"__main__\":", "    data = load_{n}(sys.argv[1])", "    print(len(data), \"rows\")"]
JS = ["const express = require('express');", "const app = express();", "", "app.get('/{n}', (req, res) => {",
      "  res.json({ status: 'ok', count: {k} });", "});", "", "function total(items) {",
      "  return items.reduce((a, b) => a + b.price, 0);", "}", "", "app.listen({port}, () => {",
      "  console.log('listening on port {port}');", "});"]


def doc_lines(rng):
    out = []
    head = rng.choice(V.PHRASES)
    out.append(head)
    out.append("")
    for _ in range(rng.randint(2, 5)):
        k = rng.random()
        if k < 0.3:
            for _ in range(rng.randint(2, 5)):
                out.append(rng.choice(["- ", "* ", "", "[ ] "]) + V.sentence(rng).rstrip("."))
        else:
            out.append(V.paragraph(rng, rng.randint(1, 3)))
        out.append("")
    return head, out


def text_editor(sc, rng, area):
    app, pat = rng.choice(EDITORS)
    f = V.file_name(rng, "document") if rng.random() < 0.8 else "Untitled Document %d" % rng.randint(1, 4)
    modified = rng.random() < 0.3
    title = pat.format(f=("*" if modified else "") + f).replace("%s", rng.choice(V.FOLDERS)) or "GNU nano"
    box = app_box(sc, rng, area)
    menus = ["File", "Edit", "View", "Search", "Document", "Help"] if rng.random() < 0.6 else None
    c = window(sc, box, title, app, True, "editor.text", menus=menus)
    head, lines = doc_lines(rng)
    th = sc.theme
    dark_ed = th["mode"] == "dark"
    sc.rect(c, fill=th["base"])
    bottom = statusbar(sc, c, "Ln %d, Col %d    %s    UTF-8" % (rng.randint(1, 40), rng.randint(1, 60),
                                                                 rng.choice(["Plain Text", "Markdown", "Tab Width: 4"]))) \
        if rng.random() < 0.6 else c[3]
    cls = "mono" if rng.random() < 0.6 else "sans"
    size = rng.choice([11, 12, 13, 14])
    gut = sc.px(44) if rng.random() < 0.4 else 0
    x, y = c[0] + sc.px(10) + gut, c[1] + sc.px(8)
    step = int(size * sc.scale * 1.5)
    maxw = c[2] - x - sc.px(20)
    n = 0
    for ln in lines:
        if y + step > bottom:
            break
        if gut:
            sc.text(c[0] + sc.px(8), y, str(n + 1), size, cls=cls, fill=th["muted"], record=False)
        if ln:
            if sc.tw(ln, size, cls=cls) > maxw and rng.random() < 0.7:
                y = sc.wrap(x, y, ln, maxw, size, cls=cls, lh=1.5, maxy=bottom)
                n += 1
                continue
            sc.text(x, y, ln, size, cls=cls, maxw=maxw)
        y += step
        n += 1
    scrollbar(sc, c[2] - sc.px(10), c[1], bottom, rng.uniform(0.2, 1.0))
    facts = [{"t": "heading", "text": head}, {"t": "phrase", "text": "a document about “%s”" % head.lower(),
                                               "fact": "document", "quote": head}]
    if modified:
        facts.append({"t": "phrase", "text": "unsaved changes", "fact": "unsaved changes"})
    if dark_ed:
        facts.append({"t": "theme"})
    return dict(kind="editor.text", app=app, title=title, noun="text editor", facts=facts,
                notable=["a text document titled “%s”" % head])


def code_editor(sc, rng, area):
    app, pat = rng.choice(CODE_APPS)
    lang = rng.random() < 0.6
    f = rng.choice(V.NOUNS) + (".py" if lang else ".js")
    proj = rng.choice(V.NOUNS) + "-" + rng.choice(["app", "tools", "service", "web", "cli"])
    title = pat.format(f=f, p=proj)
    box = app_box(sc, rng, area)
    c = window(sc, box, title, app, True, "editor.code", menus=["File", "Edit", "Selection", "View", "Go", "Run", "Help"])
    th = sc.theme
    dark = th["mode"] != "light" or rng.random() < 0.5
    bg = (30, 30, 30) if dark else (255, 255, 255)
    sc.rect(c, fill=bg)
    side = sc.px(rng.choice([0, 180, 220]))
    n_, N_ = rng.choice(V.NOUNS), rng.choice(V.NOUNS).capitalize()
    src = [l.replace("{n}", n_).replace("{N}", N_).replace("{k}", str(rng.randint(1, 99)))
           .replace("{port}", str(rng.choice([3000, 8080, 5000]))) for l in (PY if lang else JS)]
    fg = (212, 212, 212) if dark else (30, 30, 30)
    kw = (86, 156, 214) if dark else (0, 0, 200)
    if side:
        sc.rect([c[0], c[1], c[0] + side, c[3]], fill=_mix(bg, (128, 128, 128), 0.12))
        sc.text(c[0] + sc.px(10), c[1] + sc.px(8), proj.upper(), 11, True, fill=fg)
        for i, fn in enumerate(sorted({f, "README.md", "tests", "setup.py" if lang else "package.json",
                                       rng.choice(V.NOUNS) + (".py" if lang else ".js")})):
            sc.text(c[0] + sc.px(22), c[1] + sc.px(34 + 22 * i), fn, 12, fill=fg, maxw=side - sc.px(30))
    x0 = c[0] + side
    tab = sc.px(34)
    sc.rect([x0, c[1], c[2], c[1] + tab], fill=_mix(bg, (128, 128, 128), 0.08))
    sc.text(x0 + sc.px(14), c[1] + tab // 2, f, 12, fill=fg, anchor="lm")
    y = c[1] + tab + sc.px(6)
    size = rng.choice([12, 13, 14])
    step = int(size * sc.scale * 1.55)
    start = rng.randint(0, 6)
    for i, l in enumerate(src[start:]):
        if y + step > c[3]:
            break
        sc.text(x0 + sc.px(8), y, str(i + 1 + start), size, cls="mono", fill=(120, 120, 120), record=False)
        if l:
            col = kw if l.strip().split(" ")[0] in ("import", "from", "def", "class", "if", "return", "const", "function") else fg
            sc.text(x0 + sc.px(50), y, l, size, cls="mono", fill=col, maxw=c[2] - x0 - sc.px(60))
        y += step
    language = "Python" if lang else "JavaScript"
    facts = [{"t": "phrase", "text": "%s code in “%s”" % (language, f), "fact": "language: " + language, "quote": f}]
    if side:
        facts.append({"t": "phrase", "text": "a file tree on the left", "fact": "file tree"})
    if dark:
        facts.append({"t": "theme", "mode": "dark"})
    return dict(kind="editor.code", app=app, title=title, noun="code editor", facts=facts,
                notable=["%s source code" % language])


def spreadsheet(sc, rng, area):
    app = rng.choice(["LibreOffice Calc", "Gnumeric", "Excel", "Numbers"])
    what, cols, gen = rng.choice([
        ("expenses", ["Date", "Item", "Category", "Amount"],
         lambda: [V.date_str(rng), rng.choice(V.PRODUCTS + V.FOODS), rng.choice(["Food", "Office", "Travel", "Home", "Bills"]), V.money(rng, 2, 400)]),
        ("grades", ["Student", "Math", "English", "Science"],
         lambda: [V.person(rng), str(rng.randint(40, 100)), str(rng.randint(40, 100)), str(rng.randint(40, 100))]),
        ("sales", ["Region", "Q1", "Q2", "Q3", "Q4"],
         lambda: [rng.choice(V.CITIES)] + [format(rng.randint(1000, 90000), ",") for _ in range(4)]),
        ("contacts", ["Name", "Email", "Phone", "City"],
         lambda: [V.person(rng), V.email_addr(rng), "%03d %04d" % (rng.randint(100, 999), rng.randint(0, 9999)), rng.choice(V.CITIES)]),
        ("inventory", ["Product", "Stock", "Price", "Supplier"],
         lambda: [rng.choice(V.PRODUCTS), str(rng.randint(0, 500)), V.money(rng, 1, 300), rng.choice(V.COMPANIES)]),
    ])
    f = "%s_%s.%s" % (what, rng.choice([str(rng.randint(2019, 2027)), rng.choice(V.MONTHS).lower()]), rng.choice(["ods", "xlsx", "csv"]))
    title = "%s - %s" % (f, app)
    box = app_box(sc, rng, area, 0.6, 0.6)
    c = window(sc, box, title, app, True, "office.spreadsheet", menus=["File", "Edit", "View", "Insert", "Format", "Data", "Help"])
    th = sc.theme
    top = toolbar(sc, c, ["Save", "Undo", "Redo", "Bold", "Italic", "Sum", "Sort", "Chart"])
    sc.rect([c[0], top, c[2], c[3]], fill=th["base"])
    fx = sc.px(28)
    sc.text(c[0] + sc.px(8), top + fx // 2, "A1", 12, anchor="lm", record=False)
    sc.d.line([c[0], top + fx, c[2], top + fx], fill=th["border"])
    y0 = top + fx
    rh = sc.px(22)
    cw = [sc.px(40)] + [sc.px(max(100, 8 * max(len(cols[i]), 10) + 20)) for i in range(len(cols))] + [sc.px(90)] * 3
    nrows = rng.randint(3, 14)
    rows = [gen() for _ in range(nrows)]
    grid = (200, 200, 200) if th["mode"] == "light" else (80, 80, 80)
    hdr = _mix(th["bg"], th["fg"], 0.06)
    sc.rect([c[0], y0, c[2], y0 + rh], fill=hdr)
    x = c[0]
    for i, w in enumerate(cw):
        if x >= c[2]:
            break
        if i:
            sc.text(x + w // 2, y0 + rh // 2, chr(64 + i), 11, fill=th["muted"], anchor="mm", record=False)
        sc.d.line([x, y0, x, c[3]], fill=grid)
        x += w
    y = y0 + rh
    table = [cols] + rows
    shown = 0
    for r_i in range(40):
        if y + rh > c[3] - sc.px(28):
            break
        sc.d.line([c[0], y + rh, c[2], y + rh], fill=grid)
        sc.text(c[0] + sc.px(20), y + rh // 2, str(r_i + 1), 11, fill=th["muted"], anchor="mm", record=False)
        if r_i < len(table):
            x = c[0] + cw[0]
            for j, v in enumerate(table[r_i]):
                if x + sc.px(20) > c[2]:
                    break
                sc.text(x + sc.px(4), y + rh // 2, v, 12, bold=r_i == 0, anchor="lm", maxw=min(cw[j + 1], c[2] - x) - sc.px(8))
                x += cw[j + 1]
            shown += r_i > 0
        y += rh
    sheet = "Sheet1" if rng.random() < 0.7 else what.capitalize()
    sc.text(c[0] + sc.px(60), c[3] - sc.px(14), sheet, 11, anchor="lm")
    facts = [{"t": "count", "n": shown, "what": "rows", "of": what},
             {"t": "phrase", "text": "columns %s" % ", ".join("“%s”" % x for x in cols[:3]), "fact": "columns: " + ", ".join(cols)},
             {"t": "items", "items": [r[0] for r in rows[:shown]][:3], "what": cols[0].lower()}]
    return dict(kind="office.spreadsheet", app=app, title=title, noun="spreadsheet", facts=facts,
                notable=["a table of %d %s" % (shown, what)])


def calculator(sc, rng, area):
    app = rng.choice(["Calculator", "galculator", "KCalc", "Calculator"])
    a, b = rng.randint(2, 9999), rng.randint(2, 999)
    op = rng.choice(["+", "−", "×", "÷"])
    res = {"+": a + b, "−": a - b, "×": a * b, "÷": round(a / b, 4)}[op]
    expr = "%d %s %d" % (a, op, b)
    w, h = sc.px(rng.choice([320, 360])), sc.px(rng.choice([460, 500]))
    ax0, ay0, ax1, ay1 = area
    x = rng.randint(ax0, max(ax0, ax1 - w))
    y = rng.randint(ay0, max(ay0, ay1 - h))
    c = window(sc, [x, y, x + w, y + h], app, app, True, "app.calculator")
    th = sc.theme
    disp = sc.px(90)
    sc.rect([c[0] + sc.px(8), c[1] + sc.px(8), c[2] - sc.px(8), c[1] + disp], fill=th["base"], r=6)
    show_res = rng.random() < 0.7
    sc.text(c[2] - sc.px(18), c[1] + sc.px(16), expr + (" =" if show_res else ""), 14, fill=th["muted"], anchor="ra")
    val = str(res) if show_res else str(b)
    sc.text(c[2] - sc.px(18), c[1] + disp - sc.px(10), val, 28, True, anchor="rd")
    keys = ["C", "(", ")", "÷", "7", "8", "9", "×", "4", "5", "6", "−", "1", "2", "3", "+", "0", ".", "%", "="]
    kw = (c[2] - c[0] - sc.px(16)) / 4
    kh = (c[3] - c[1] - disp - sc.px(20)) / 5
    for i, k in enumerate(keys):
        bx = c[0] + sc.px(8) + kw * (i % 4)
        by = c[1] + disp + sc.px(10) + kh * (i // 4)
        button(sc, int(bx + 2), int(by + 2), k, k == "=", int(kw - 4), 15)
    facts = [{"t": "phrase", "text": "the display showing %s" % val, "fact": "display: " + val, "quote": val},
             {"t": "phrase", "text": "the calculation %s" % expr, "fact": "expression: " + expr}]
    return dict(kind="app.calculator", app=app, title=app, noun="calculator", facts=facts,
                notable=["a calculation %s" % expr])


TEMPLATES = {"editor.text": text_editor, "editor.code": code_editor, "office.spreadsheet": spreadsheet,
             "app.calculator": calculator}
