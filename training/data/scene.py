"""Scene: a PIL canvas that records structured truth (text lines with boxes, windows, controls) as it draws."""
from PIL import Image, ImageDraw

COLOR_NAMES = {
    "black": (0, 0, 0), "white": (255, 255, 255), "grey": (128, 128, 128), "light grey": (200, 200, 200),
    "dark grey": (60, 60, 60), "red": (200, 40, 40), "dark red": (120, 20, 20), "orange": (240, 140, 30),
    "yellow": (240, 210, 40), "green": (50, 160, 60), "dark green": (20, 90, 40), "teal": (0, 128, 128),
    "cyan": (40, 190, 210), "blue": (40, 100, 210), "light blue": (140, 190, 240), "navy": (20, 30, 90),
    "purple": (120, 60, 170), "pink": (230, 110, 170), "brown": (120, 75, 40), "beige": (225, 210, 180),
}


def color_name(rgb):
    r, g, b = rgb[:3]
    return min(COLOR_NAMES, key=lambda k: (COLOR_NAMES[k][0] - r) ** 2 * 2 + (COLOR_NAMES[k][1] - g) ** 2 * 3
               + (COLOR_NAMES[k][2] - b) ** 2)


def _area(b):
    return max(0, b[2] - b[0]) * max(0, b[3] - b[1])


def _inter(a, b):
    return (max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3]))


class Scene:
    def __init__(self, rng, fonts, w, h, scale, theme, style):
        self.rng, self.fonts, self.w, self.h, self.scale = rng, fonts, w, h, scale
        self.theme, self.style = theme, style
        self.img = Image.new("RGB", (w, h), theme["desktop"])
        self.d = ImageDraw.Draw(self.img)
        self.fam = {c: fonts.pick(rng, c) for c in ("sans", "serif", "mono")}
        self.lines, self.controls, self.windows = [], [], []
        self.group = 0
        self.real_icons = rng.random() < 0.75

    # ---- geometry helpers
    def px(self, v):
        return int(round(v * self.scale))

    def font(self, size, bold=False, cls="sans"):
        return self.fonts.get(cls, self.fam[cls], size * self.scale, bold)

    def tw(self, s, size=13, bold=False, cls="sans"):
        return self.d.textlength(s, font=self.font(size, bold, cls))

    def fit(self, s, maxw, size=13, bold=False, cls="sans"):
        """Cut s (at a word if possible) so that it fits in maxw pixels; returns the visible text."""
        f = self.font(size, bold, cls)
        if maxw is None or self.d.textlength(s, font=f) <= maxw:
            return s
        while s and self.d.textlength(s + "…", font=f) > maxw:
            s = s[:-1]
        s = s.rstrip()
        return s + "…" if s else ""

    # ---- recording
    def text(self, x, y, s, size=13, bold=False, cls="sans", fill=None, maxw=None, anchor="la", record=True):
        s = self.fit(s, maxw, size, bold, cls)
        if not s:
            return (x, y, x, y)
        f = self.font(size, bold, cls)
        fill = self.theme["fg"] if fill is None else fill
        box = self.d.textbbox((x, y), s, font=f, anchor=anchor)
        if record:
            record = self._contrast(box, fill) >= 1.8
        self.d.text((x, y), s, font=f, fill=fill, anchor=anchor)
        if record and s.strip():
            self.lines.append({"text": " ".join(s.split()), "box": [int(v) for v in box], "g": self.group})
        return box

    def wrap(self, x, y, s, maxw, size=13, bold=False, cls="sans", fill=None, lh=1.45, maxy=None):
        """Word-wrap a paragraph; every visual line is recorded separately. Returns the y after it."""
        f = self.font(size, bold, cls)
        words, line = s.split(), ""
        step = int(size * self.scale * lh)
        for wd in words + [None]:
            cand = (line + " " + wd).strip() if wd else line
            if wd is not None and (not line or self.d.textlength(cand, font=f) <= maxw):
                line = cand
                continue
            if maxy is not None and y + step > maxy:
                return y
            self.text(x, y, line, size, bold, cls, fill)
            y += step
            line = wd or ""
        return y

    def _contrast(self, box, fill):
        """WCAG contrast between the text colour and the background under the box (sampled at its corners)."""
        W, H = self.img.size
        pts = [(box[0], box[1]), (box[2] - 1, box[1]), (box[0], box[3] - 1), (box[2] - 1, box[3] - 1)]
        lum = []
        for px, py in pts:
            if 0 <= px < W and 0 <= py < H:
                lum.append(_lum(self.img.getpixel((int(px), int(py)))))
        if not lum:
            return 0.0
        lum.sort()
        bg = lum[len(lum) // 2]
        fg = _lum(fill if isinstance(fill, tuple) else (128, 128, 128))
        hi, lo = max(bg, fg), min(bg, fg)
        return (hi + 0.05) / (lo + 0.05)

    def control(self, ctype, label, box, state=None):
        self.controls.append({"type": ctype, "label": label, "state": state, "box": [int(v) for v in box],
                              "g": self.group})

    def begin_window(self, box, title, app, focused=True, kind=None):
        """Start a new z-layer: everything recorded earlier that this box hides is forgotten."""
        self.occlude(box)
        self.group += 1
        self.windows.append({"title": title, "app": app, "focused": focused, "box": [int(v) for v in box],
                             "kind": kind, "g": self.group})
        return self.group

    def occlude(self, box):
        def visible(b):
            a = _area(b)
            return a == 0 or _area(_inter(b, box)) < 0.02 * a
        self.lines = [ln for ln in self.lines if visible(ln["box"])]
        self.controls = [c for c in self.controls if visible(c["box"])]

    # ---- final truth
    def reading_order(self, crop=None):
        """Lines grouped by window (focused first, then top window down, desktop last), each top-to-bottom."""
        cw, ch = (self.w, self.h) if crop is None else (crop[2] - crop[0], crop[3] - crop[1])
        ox, oy = (0, 0) if crop is None else crop[:2]
        order = {}
        wins = sorted(self.windows, key=lambda w: (not w["focused"], -w["g"]))
        for i, wn in enumerate(wins):
            order[wn["g"]] = i
        out = []
        for ln in self.lines:
            b = [ln["box"][0] - ox, ln["box"][1] - oy, ln["box"][2] - ox, ln["box"][3] - oy]
            if b[0] < -1 or b[1] < -1 or b[2] > cw + 1 or b[3] > ch + 1:
                continue
            b = [max(0, b[0]), max(0, b[1]), min(cw, b[2]), min(ch, b[3])]
            out.append((order.get(ln["g"], 99), b, ln["text"]))
        res = []
        for gi in sorted({o[0] for o in out}):
            grp = sorted([o for o in out if o[0] == gi], key=lambda o: o[1][1])
            rows = []
            for o in grp:
                c = (o[1][1] + o[1][3]) / 2
                if rows and abs(c - rows[-1][0]) < max(4, (o[1][3] - o[1][1]) * 0.6):
                    rows[-1][1].append(o)
                else:
                    rows.append([c, [o]])
            for _, r in rows:
                res.extend({"text": o[2], "box": o[1]} for o in sorted(r, key=lambda o: o[1][0]))
        return res

    # ---- primitives
    def rect(self, box, fill=None, outline=None, r=0, width=1):
        box = [int(v) for v in box]
        if box[2] <= box[0] or box[3] <= box[1]:
            return
        if r:
            self.d.rounded_rectangle(box, radius=self.px(r), fill=fill, outline=outline, width=width)
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=width)

    def shadow(self, box, depth=6):
        x0, y0, x1, y1 = box
        base = self.theme["desktop"] if isinstance(self.theme["desktop"], tuple) else (60, 60, 60)
        for i in range(depth, 0, -2):
            c = tuple(max(0, int(v * (0.55 + 0.07 * i))) for v in base)
            self.d.rectangle([x0 - i + depth // 2, y0 - i + depth, x1 + i + depth // 2, y1 + i + depth], fill=c)


def _mix(a, b, t):
    return tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3))


def _lum(c):
    def ch(v):
        v /= 255.0
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2])
