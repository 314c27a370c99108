"""Window chrome and widgets (title bars, buttons, entries, checkboxes, icons) that record themselves."""
import math

from .scene import _mix
from . import icons


def window(sc, box, title, app, focused=True, kind=None, menus=None, shown_title=None):
    """Draw a framed window; returns the content rectangle. Title text is recorded as a line."""
    th, st = sc.theme, sc.style
    x0, y0, x1, y1 = [int(v) for v in box]
    focused = focused and not getattr(sc, "background", False)
    sc.begin_window(box, title, app, focused, kind)
    sc.rect([x0 + sc.px(2), y0 + sc.px(3), x1 + sc.px(3), y1 + sc.px(4)], fill=_mix(th["desktop"], (0, 0, 0), 0.5)
            if isinstance(th["desktop"], tuple) else (40, 40, 40))
    r = 8 if st in ("gtk", "mac") else 0
    sc.rect(box, fill=th["bg"], outline=th["border"], r=r)
    hh = sc.px({"gtk": 40, "mac": 28, "windows": 31, "kde": 30, "xfce": 26}[st])
    hdr = th["header"] if focused else _mix(th["header"], th["bg"], 0.6)
    if st == "windows" and focused and th["mode"] != "high contrast" and sc.rng.random() < 0.3:
        hdr = th["ac"]
    sc.rect([x0 + 1, y0 + 1, x1 - 1, y0 + hh], fill=hdr, r=r)
    sc.rect([x0 + 1, y0 + hh - sc.px(8), x1 - 1, y0 + hh], fill=hdr)
    sc.d.line([x0, y0 + hh, x1, y0 + hh], fill=th["border"])
    hfg = th["header_fg"] if sum(hdr) < 600 or th["mode"] != "dark" else (20, 20, 20)
    if sum(hdr) < 300:
        hfg = (235, 235, 235)
    if not focused:
        hfg = _mix(hfg, hdr, 0.35)
    fs = 13 if st != "xfce" else 12
    cy = y0 + hh // 2
    bw = sc.px(16)
    if st == "mac":
        for i, c in enumerate([(237, 106, 94), (245, 191, 79), (98, 197, 84)]):
            cx = x0 + sc.px(16 + 20 * i)
            sc.d.ellipse([cx - sc.px(6), cy - sc.px(6), cx + sc.px(6), cy + sc.px(6)], fill=c if focused else (190, 190, 190))
    else:
        n = 3
        for i in range(n):
            cx = x1 - sc.px(20 + 34 * i) if st != "windows" else x1 - sc.px(23 + 46 * i)
            k = sc.px(5)
            if i == 0:
                sc.d.line([cx - k, cy - k, cx + k, cy + k], fill=hfg, width=max(1, sc.px(1.5)))
                sc.d.line([cx - k, cy + k, cx + k, cy - k], fill=hfg, width=max(1, sc.px(1.5)))
            elif i == 1:
                sc.d.rectangle([cx - k, cy - k, cx + k, cy + k], outline=hfg, width=max(1, sc.px(1)))
            else:
                sc.d.line([cx - k, cy + k // 2, cx + k, cy + k // 2], fill=hfg, width=max(1, sc.px(1.2)))
    shown = shown_title if shown_title is not None else title
    maxw = (x1 - x0) - sc.px(170)
    if st in ("windows", "xfce") and not shown_title == "":
        tx = x0 + sc.px(12)
        if sc.rng.random() < 0.6:  # small app icon before the title, as on Windows/Xfce
            icon(sc, tx + sc.px(8), cy, sc.px(16), sc.rng.choice(["document", "folder", "image", "info", "code"]))
            sc.controls.pop()
            tx += sc.px(24)
        sc.text(tx, cy, shown, fs, False, fill=hfg, anchor="lm", maxw=maxw)
    elif shown:
        sc.text((x0 + x1) // 2, cy, shown, fs, st in ("gtk", "kde"), fill=hfg, anchor="mm", maxw=maxw)
    top = y0 + hh + 1
    if menus:
        mh = sc.px(26)
        sc.rect([x0 + 1, top, x1 - 1, top + mh], fill=th["bg"])
        x = x0 + sc.px(10)
        for m in menus:
            b = sc.text(x, top + mh // 2, m, 13, fill=th["fg"], anchor="lm")
            sc.control("menu", m, b)
            x = b[2] + sc.px(16)
        top += mh
        sc.d.line([x0, top, x1, top], fill=th["border"])
    return [x0 + 1, top + 1, x1 - 1, y1 - 1]


def button(sc, x, y, label, primary=False, w=None, size=13, record=True, state=None, destructive=False):
    th = sc.theme
    tw = sc.tw(label, size)
    w = w or max(tw + sc.px(28), sc.px(80))
    h = sc.px(size * 2.3)
    if primary and th["mode"] != "high contrast":
        fill, fg = th["ac"], th["ac_fg"]
    elif destructive and th["mode"] != "high contrast":
        fill, fg = (224, 27, 36), (255, 255, 255)
    else:
        fill, fg = th["button"], th["fg"]
    sc.rect([x, y, x + w, y + h], fill=fill, outline=th["border"], r=5)
    b = sc.text(x + w / 2, y + h / 2, label, size, fill=fg, anchor="mm", record=record)
    if record:
        sc.control("button", label, [x, y, x + w, y + h], state or ("default" if primary else None))
    return [x, y, x + w, y + h]


def buttons_right(sc, x1, y, labels, primary_last=True, size=13, gap=8):
    """A row of buttons ending at x1; returns boxes left to right."""
    ws = [max(sc.tw(l, size) + sc.px(28), sc.px(80)) for l in labels]
    x = x1 - sum(ws) - sc.px(gap) * (len(labels) - 1)
    out = []
    for i, (l, w) in enumerate(zip(labels, ws)):
        prim = primary_last and i == len(labels) - 1
        out.append(button(sc, x, y, l, prim, w, size))
        x += w + sc.px(gap)
    return out


def entry(sc, x, y, w, text="", placeholder=None, password=False, size=13, label=None, focused=False):
    th = sc.theme
    h = sc.px(size * 2.3)
    sc.rect([x, y, x + w, y + h], fill=th["base"], outline=th["ac"] if focused else th["border"], r=4,
            width=max(1, sc.px(2 if focused else 1)))
    if password and text:
        r = sc.px(3.5)
        for i in range(min(len(text), int((w - sc.px(20)) / sc.px(11)))):
            cx = x + sc.px(12 + 11 * i)
            sc.d.ellipse([cx - r, y + h / 2 - r, cx + r, y + h / 2 + r], fill=th["fg"])
    elif text:
        sc.text(x + sc.px(8), y + h / 2, text, size, anchor="lm", maxw=w - sc.px(16))
    elif placeholder:
        sc.text(x + sc.px(8), y + h / 2, placeholder, size, fill=th["muted"], anchor="lm", maxw=w - sc.px(16))
    if focused:  # text caret after the content
        cx = x + sc.px(8) + (sc.tw(text, size) if text and not password else sc.px(11) * min(len(text), 30) if text else 0)
        if cx < x + w - sc.px(6):
            sc.d.line([cx + 1, y + h * 0.25, cx + 1, y + h * 0.75], fill=th["fg"], width=max(1, sc.px(1)))
    sc.control("password field" if password else "text field", label or placeholder or "",
               [x, y, x + w, y + h], "filled" if text else "empty")
    return [x, y, x + w, y + h]


def checkbox(sc, x, y, label, checked, size=13, kind="checkbox"):
    th = sc.theme
    s = sc.px(size * 1.2)
    if kind == "switch":
        w2 = s * 2
        sc.rect([x, y, x + w2, y + s], fill=th["ac"] if checked else th["border"], r=s / 2 / sc.scale)
        cx = x + (w2 - s / 2 if checked else s / 2)
        sc.d.ellipse([cx - s / 2 + 2, y + 2, cx + s / 2 - 2, y + s - 2], fill=(255, 255, 255))
        lx = x + w2 + sc.px(10)
    elif kind == "radio":
        sc.d.ellipse([x, y, x + s, y + s], fill=th["base"], outline=th["border"], width=max(1, sc.px(1)))
        if checked:
            k = s // 4
            sc.d.ellipse([x + k, y + k, x + s - k, y + s - k], fill=th["ac"])
        lx = x + s + sc.px(8)
    else:
        sc.rect([x, y, x + s, y + s], fill=th["ac"] if checked else th["base"], outline=th["border"], r=3)
        if checked:
            sc.d.line([x + s * 0.2, y + s * 0.5, x + s * 0.42, y + s * 0.75, x + s * 0.8, y + s * 0.25],
                      fill=th["ac_fg"], width=max(2, sc.px(2)))
        lx = x + s + sc.px(8)
    b = sc.text(lx, y + s / 2, label, size, anchor="lm") if label else (lx, y, lx, y + s)
    sc.control(kind, label, [x, y, b[2], y + s], "on" if checked else "off")
    return [x, y, b[2], y + s]


def progress(sc, x, y, w, frac, h=8):
    th = sc.theme
    h = sc.px(h)
    sc.rect([x, y, x + w, y + h], fill=th["border"], r=h / 2 / sc.scale)
    if frac > 0:
        sc.rect([x, y, x + max(h, w * frac), y + h], fill=th["ac"], r=h / 2 / sc.scale)
    sc.control("progress bar", "", [x, y, x + w, y + h], "%d%%" % round(frac * 100))


ICON_COLORS = {"error": (224, 27, 36), "warning": (245, 194, 17), "info": (53, 132, 228),
               "question": (53, 132, 228), "folder": (240, 190, 70), "file": (230, 230, 235),
               "image": (120, 180, 90), "audio": (230, 120, 50), "video": (180, 80, 200), "code": (90, 110, 140),
               "archive": (170, 130, 80), "spreadsheet": (40, 150, 70), "document": (80, 130, 220)}


def icon(sc, cx, cy, size, kind):
    """A real theme icon when one is installed (most of the time), else a simple vector icon; size in pixels."""
    sc.control("icon", kind, [cx - size / 2, cy - size / 2, cx + size / 2, cy + size / 2])
    if getattr(sc, "real_icons", False):
        im = icons.for_kind(kind, size)
        if im is not None:
            sc.img.paste(im, (int(cx - im.width / 2), int(cy - im.height / 2)), im)
            return
    d, r = sc.d, size / 2
    col = ICON_COLORS.get(kind, (150, 150, 160))
    if kind in ("error", "info", "question"):
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=col)
        k = r * 0.45
        if kind == "error":
            d.line([cx - k, cy - k, cx + k, cy + k], fill="white", width=max(2, int(r / 5)))
            d.line([cx - k, cy + k, cx + k, cy - k], fill="white", width=max(2, int(r / 5)))
        else:
            f = sc.fonts.get("sans", sc.fam["sans"], r * 1.3, True)
            d.text((cx, cy), "i" if kind == "info" else "?", font=f, fill="white", anchor="mm")
    elif kind == "warning":
        d.polygon([(cx, cy - r), (cx + r, cy + r * 0.85), (cx - r, cy + r * 0.85)], fill=col)
        f = sc.fonts.get("sans", sc.fam["sans"], r * 1.2, True)
        d.text((cx, cy + r * 0.25), "!", font=f, fill=(30, 30, 30), anchor="mm")
    elif kind == "folder":
        d.rectangle([cx - r, cy - r * 0.6, cx - r * 0.1, cy - r * 0.4], fill=_mix(col, (0, 0, 0), 0.15))
        d.rounded_rectangle([cx - r, cy - r * 0.45, cx + r, cy + r * 0.75], radius=max(1, int(r / 8)), fill=col)
    else:
        d.polygon([(cx - r * 0.7, cy - r), (cx + r * 0.35, cy - r), (cx + r * 0.7, cy - r * 0.65),
                   (cx + r * 0.7, cy + r), (cx - r * 0.7, cy + r)], fill=(245, 245, 248), outline=(150, 150, 160))
        d.rectangle([cx - r * 0.5, cy + r * 0.1, cx + r * 0.5, cy + r * 0.6], fill=col)


def scrollbar(sc, x, y0, y1, frac=0.3, pos=0.0):
    th = sc.theme
    w = sc.px(8)
    h = (y1 - y0) * frac
    t = y0 + (y1 - y0 - h) * pos
    sc.rect([x, t, x + w, t + h], fill=_mix(th["bg"], th["fg"], 0.35), r=4)


def spinner(sc, cx, cy, r, color, phase=0.0):
    for i in range(12):
        a = 2 * math.pi * (i / 12.0 + phase)
        c = _mix(color, sc.theme["bg"] if "bg" in sc.theme else (0, 0, 0), i / 14.0)
        sc.d.line([cx + math.cos(a) * r * 0.5, cy + math.sin(a) * r * 0.5, cx + math.cos(a) * r, cy + math.sin(a) * r],
                  fill=c, width=max(2, int(r / 6)))


def app_box(sc, rng, area, minw=0.5, minh=0.55):
    """Maximized or a large floating window inside the work area."""
    ax0, ay0, ax1, ay1 = area
    if rng.random() < 0.4:
        return [ax0, ay0, ax1 - 1, ay1 - 1]
    W, H = ax1 - ax0, ay1 - ay0
    w = int(W * rng.uniform(minw, 0.95))
    h = int(H * rng.uniform(minh, 0.95))
    x = ax0 + rng.randint(0, W - w)
    y = ay0 + rng.randint(0, H - h)
    return [x, y, x + w, y + h]


def toolbar(sc, c, labels, h=34):
    """A flat toolbar with text buttons along the top of content rect c; returns the new top."""
    th = sc.theme
    h = sc.px(h)
    sc.rect([c[0], c[1], c[2], c[1] + h], fill=_mix(th["bg"], th["fg"], 0.03))
    x = c[0] + sc.px(8)
    use_icons = getattr(sc, "real_icons", False) and sc.rng.random() < 0.5
    for l in labels:
        im = icons.get(icons.ACTION_ICONS[l], sc.px(20)) if use_icons and l in icons.ACTION_ICONS else None
        if im is not None:
            sc.img.paste(im, (int(x), int(c[1] + h // 2 - im.height // 2)), im)
            b = [x, c[1] + h // 2 - im.height // 2, x + im.width, c[1] + h // 2 + im.height // 2]
            sc.control("icon button", l, b)
        else:
            b = sc.text(x, c[1] + h // 2, l, 12, anchor="lm")
            sc.control("button", l, b)
        x = b[2] + sc.px(18)
        if x > c[2] - sc.px(40):
            break
    sc.d.line([c[0], c[1] + h, c[2], c[1] + h], fill=th["border"])
    return c[1] + h + 1


def statusbar(sc, c, text, h=24):
    th = sc.theme
    h = sc.px(h)
    sc.rect([c[0], c[3] - h, c[2], c[3]], fill=_mix(th["bg"], th["fg"], 0.04))
    sc.text(c[0] + sc.px(10), c[3] - h // 2, text, 11, fill=th["muted"], anchor="lm", maxw=c[2] - c[0] - sc.px(20))
    return c[3] - h
