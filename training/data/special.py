"""Special frames that other tools hallucinate on: blank, black, curtain, lock screen, wallpaper, screensaver,
almost empty document, loading spinner, empty desktop. Their captions say exactly what is there."""
import math

from PIL import Image, ImageDraw

from . import vocab as V
from .scene import Scene, color_name, _mix
from .theme import make_theme, STYLES
from .compose import screen_params
from . import desktop as D
from .chrome import window, spinner
from .captions import join, q

SOLID = {"white": (255, 255, 255), "black": (0, 0, 0), "grey": (128, 128, 128), "blue": (40, 100, 210),
         "red": (200, 40, 40), "green": (50, 160, 60), "yellow": (240, 210, 40), "dark blue": (10, 30, 90),
         "light grey": (210, 210, 210), "purple": (120, 60, 170), "orange": (240, 140, 30)}


def _scene(rng, fonts, theme=None):
    w, h, s = screen_params(rng)
    return Scene(rng, fonts, w, h, s, theme or make_theme(rng), rng.choice(STYLES))


def _caps(rng, options, k=3):
    rng.shuffle(options)
    return options[:k]


def solid(rng, fonts, name=None):
    sc = _scene(rng, fonts)
    name = name or rng.choice(list(SOLID))
    c = SOLID[name]
    jit = tuple(max(0, min(255, v + rng.randint(-4, 4))) for v in c) if name not in ("white", "black") else c
    sc.d.rectangle([0, 0, sc.w, sc.h], fill=jit)
    kind = {"white": "special.blank_white", "black": "special.black"}.get(name, "special.solid")
    segs = _caps(rng, [
        [["glue", "The screen is completely "], ["color", name], ["glue", "."]],
        [["glue", "A blank, plain "], ["color", name], ["glue", " screen with no text, windows or icons."]],
        [["glue", "Nothing is shown: the whole screen is "], ["color", name], ["glue", " and empty."]],
        [["glue", "An empty "], ["color", name], ["glue", " screen; there is no visible content at all."]],
        [["glue", "The display shows only a solid "], ["color", name], ["glue", " colour, with no text or windows."]],
    ])
    det = ("The entire screen is a single flat %s colour. There are no windows, no text, no icons and no "
           "pointer visible, so there is nothing to read. The screen may be blank, turned off, still starting, "
           "or hidden by a screen curtain." % name)
    return sc, dict(kind=kind, noun="blank screen", app="", title="", segs=segs, detailed=det,
                    facts=["blank screen", "colour: " + name, "no text"])


def black(rng, fonts):
    return solid(rng, fonts, "black")


def white(rng, fonts):
    return solid(rng, fonts, "white")


def lock(rng, fonts):
    sc = _scene(rng, fonts)
    D.wallpaper(sc)
    sc.img = Image.blend(sc.img, Image.new("RGB", sc.img.size, (0, 0, 0)), rng.uniform(0.2, 0.6))
    sc.d = ImageDraw.Draw(sc.img)
    t = V.time_str(rng, rng.random() < 0.6)
    day = "%s, %s %d" % (rng.choice(V.DAYS), rng.choice(V.MONTHS), rng.randint(1, 28))
    cx = sc.w // 2
    sc.text(cx, sc.h * 0.3, t, 72, False, fill=(255, 255, 255), anchor="mm")
    sc.text(cx, sc.h * 0.3 + sc.px(60), day, 18, fill=(235, 235, 235), anchor="mm")
    user = V.person(rng)
    show_user = rng.random() < 0.6
    lockword = rng.choice(["Locked", "This computer is locked", "Screen locked", "Press any key to unlock"])
    if show_user:
        sc.d.ellipse([cx - sc.px(40), sc.h * 0.55 - sc.px(40), cx + sc.px(40), sc.h * 0.55 + sc.px(40)], fill=(200, 200, 210))
        sc.text(cx, sc.h * 0.55 + sc.px(60), user, 16, True, fill=(255, 255, 255), anchor="mm")
        sc.text(cx, sc.h * 0.55 + sc.px(100), lockword if rng.random() < 0.5 else "Enter password to unlock", 13,
                fill=(230, 230, 230), anchor="mm")
    else:
        sc.text(cx, sc.h * 0.75, lockword, 15, fill=(230, 230, 230), anchor="mm")
    segs = _caps(rng, [
        [["glue", "A "], ["kind", "lock screen"], ["glue", " showing the time " + q(t) + " and the date " + q(day) + "."]],
        [["glue", "The computer is locked: the "], ["kind", "lock screen"], ["glue", " shows " + q(t) + " over a dimmed wallpaper."]],
        [["glue", "A "], ["kind", "lock screen"], ["glue", " with a large clock reading " + q(t) + (" and the user " + q(user) if show_user else "") + "."]],
        [["glue", "The screen is locked; a clock shows " + q(t) + " on a dark background, " + q(day) + "."]],
    ])
    det = ("The screen is locked. A large clock in the middle shows %s and below it the date reads %s. %s"
           "No application windows are visible; the wallpaper is dimmed behind the clock. The user has to unlock "
           "the computer before anything else can be read." % (q(t), q(day), "The account name %s is shown. " % q(user) if show_user else ""))
    return sc, dict(kind="special.lock", noun="lock screen", app="", title="", segs=segs, detailed=det,
                    facts=["lock screen", "time: " + t, "date: " + day] + (["user: " + user] if show_user else []))


def wallpaper_only(rng, fonts):
    sc = _scene(rng, fonts)
    D.wallpaper(sc)
    cols = sorted({color_name(sc.img.getpixel((x, y))) for x, y in [(5, 5), (sc.w // 2, sc.h // 2), (sc.w - 5, sc.h - 5)]})
    c = " and ".join(cols[:2])
    segs = _caps(rng, [
        [["glue", "Only the desktop "], ["kind", "wallpaper"], ["glue", " is visible: a "], ["color", c], ["glue", " background with no windows or text."]],
        [["glue", "An empty screen showing just a "], ["color", c], ["glue", " "], ["kind", "wallpaper"], ["glue", ", no windows, icons or panels."]],
        [["glue", "Nothing is open; the screen shows only a "], ["color", c], ["glue", " background image."]],
        [["glue", "A plain "], ["color", c], ["glue", " desktop background with nothing on it."]],
    ])
    det = ("The screen shows only the desktop wallpaper, mostly %s. There are no windows, no panel, no icons and "
           "no text anywhere, so nothing can be read or clicked. It may be the desktop before any application is "
           "opened, or a session that is still starting." % c)
    return sc, dict(kind="special.wallpaper", noun="wallpaper", app="", title="", segs=segs, detailed=det,
                    facts=["wallpaper only", "no text", "colour: " + cols[0]])


def empty_desktop(rng, fonts):
    sc = _scene(rng, fonts)
    D.wallpaper(sc)
    area, pf = D.panel(sc, rng, [])
    clock = pf[0]["text"]
    segs = _caps(rng, [
        [["glue", "An empty "], ["kind", "desktop"], ["glue", " with no open windows; the panel clock shows " + q(clock) + "."]],
        [["glue", "The "], ["kind", "desktop"], ["glue", " is empty: just the wallpaper and a panel showing " + q(clock) + "."]],
        [["glue", "No windows are open; only the "], ["kind", "desktop"], ["glue", " background and the taskbar clock " + q(clock) + " are visible."]],
    ])
    det = ("The desktop is empty. No application windows are open; only the wallpaper and the panel are visible. "
           "The clock in the panel shows %s. There is no other text to read on the screen, and no dialog or "
           "notification is waiting." % q(clock))
    return sc, dict(kind="special.empty_desktop", noun="desktop", app="", title="", segs=segs, detailed=det,
                    facts=["empty desktop", "no windows", "clock: " + clock])


def screensaver(rng, fonts):
    sc = _scene(rng, fonts)
    sc.d.rectangle([0, 0, sc.w, sc.h], fill=(0, 0, 0))
    mode = rng.choice(["stars", "shapes", "lines"])
    for _ in range(rng.randint(30, 300) if mode == "stars" else rng.randint(4, 30)):
        x, y = rng.randint(0, sc.w), rng.randint(0, sc.h)
        col = (rng.randint(60, 255), rng.randint(60, 255), rng.randint(60, 255))
        if mode == "stars":
            r = rng.choice([1, 1, 2, 3])
            sc.d.ellipse([x - r, y - r, x + r, y + r], fill=(255, 255, 255))
        elif mode == "shapes":
            r = rng.randint(20, 160)
            sc.d.ellipse([x - r, y - r, x + r, y + r], outline=col, width=rng.randint(2, 8))
        else:
            sc.d.line([x, y, rng.randint(0, sc.w), rng.randint(0, sc.h)], fill=col, width=rng.randint(1, 5))
    what = {"stars": "white dots like stars", "shapes": "coloured circles", "lines": "coloured lines"}[mode]
    segs = _caps(rng, [
        [["glue", "A "], ["kind", "screensaver"], ["glue", " is running: " + what + " on a "], ["color", "black"], ["glue", " screen, no text."]],
        [["glue", "The screen shows a "], ["kind", "screensaver"], ["glue", " with " + what + " on "], ["color", "black"], ["glue", "."]],
        [["glue", "Only " + what + " on a "], ["color", "black"], ["glue", " background; a "], ["kind", "screensaver"], ["glue", " with no windows or text."]],
    ])
    det = ("A screensaver fills the screen: %s on a black background. There are no windows, no text and no "
           "controls. Moving the mouse or pressing a key would usually end the screensaver." % what)
    return sc, dict(kind="special.screensaver", noun="screensaver", app="", title="", segs=segs, detailed=det,
                    facts=["screensaver", "no text", "colour: black"])


def loading(rng, fonts):
    theme = make_theme(rng)
    sc = _scene(rng, fonts, theme)
    bg = rng.choice([(255, 255, 255), (0, 0, 0), theme["bg"], (30, 30, 30)])
    sc.theme = dict(theme, bg=bg)
    sc.d.rectangle([0, 0, sc.w, sc.h], fill=bg)
    fg = (30, 30, 30) if sum(bg) > 380 else (230, 230, 230)
    spinner(sc, sc.w // 2, sc.h // 2, sc.px(28), theme["ac"] if rng.random() < 0.5 else fg, rng.random())
    word = rng.choice(["Loading…", "Please wait…", "Loading", "Starting…", ""])
    if word:
        sc.text(sc.w // 2, sc.h // 2 + sc.px(56), word, 15, fill=fg, anchor="mm")
    bgname = color_name(bg)
    say = (" and the text " + q(word)) if word else ""
    segs = _caps(rng, [
        [["glue", "A "], ["kind", "loading spinner"], ["glue", " in the middle of an otherwise empty "], ["color", bgname], ["glue", " screen" + say + "."]],
        [["glue", "Something is loading: a "], ["kind", "loading spinner"], ["glue", " on a "], ["color", bgname], ["glue", " background" + say + "."]],
        [["glue", "The screen is empty except for a "], ["kind", "loading spinner"], ["glue", say + "."]],
    ])
    det = ("The screen is almost empty: a circular loading spinner sits in the middle of a plain %s background%s. "
           "No windows, menus or other text are visible yet; the content is probably still loading, so the "
           "screen should be checked again in a moment." % (bgname, say))
    return sc, dict(kind="special.loading", noun="loading spinner", app="", title="", segs=segs, detailed=det,
                    facts=["loading spinner", "colour: " + bgname] + (["text: " + word] if word else []))


def almost_empty_doc(rng, fonts):
    theme = make_theme(rng, rng.choice(["light", "light", "dark"]))
    sc = _scene(rng, fonts, theme)
    D.wallpaper(sc)
    app = rng.choice(["gedit", "Mousepad", "Text Editor", "Notepad", "LibreOffice Writer"])
    f = rng.choice(["Untitled Document 1", "Untitled", "new 1", V.file_name(rng, "document")])
    title = "%s - %s" % (f, app) if app != "Text Editor" else f
    c = window(sc, [0, 0, sc.w, sc.h], title, app, True, "special.empty_document")
    sc.rect(c, fill=theme["base"])
    word = rng.choice(["", "", rng.choice(V.NOUNS).capitalize(), "Hello", "Dear " + rng.choice(V.FIRST) + ","])
    if word:
        sc.text(c[0] + sc.px(12), c[1] + sc.px(10), word, 14)
    say = (" containing only " + q(word)) if word else ", completely empty"
    segs = _caps(rng, [
        [["glue", "An almost empty "], ["kind", "text editor"], ["glue", " window, " + q(f) + say + "."]],
        [["glue", "A "], ["kind", "text editor"], ["glue", " with a blank document" + (", only the word " + q(word) if word else "") + "; the title is " + q(f) + "."]],
        [["glue", "The document " + q(f) + " is open in a "], ["kind", "text editor"], ["glue", " but is " + ("nearly empty" if word else "empty") + "."]],
    ])
    det = ("A text editor fills the screen with the document %s open. The page is %s, so there is almost nothing "
           "to read. The window title bar shows %s. No other windows or dialogs are visible." % (
               q(f), "empty" if not word else "blank except for " + q(word), q(title)))
    return sc, dict(kind="special.empty_document", noun="text editor", app=app, title=title, segs=segs, detailed=det,
                    facts=["empty document", "title: " + f] + (["text: " + word] if word else []))


def curtain(rng, fonts):
    sc, info = solid(rng, fonts, "black")
    info["kind"] = "special.curtain"
    return sc, info


TEMPLATES = {"special.black": black, "special.blank_white": white, "special.solid": solid, "special.lock": lock,
             "special.wallpaper": wallpaper_only, "special.screensaver": screensaver, "special.loading": loading,
             "special.empty_document": almost_empty_doc, "special.curtain": curtain, "special.empty_desktop": empty_desktop}


def render(rng, fonts, fn):
    sc, info = fn(rng, fonts)
    lines = sc.reading_order()
    ctx = {"screen": [sc.w, sc.h], "scale": sc.scale, "theme": sc.theme["mode"], "accent": sc.theme["accent"],
           "crop": "screen", "windows": [{k: w[k] for k in ("title", "app", "focused", "kind", "box")} for w in sc.windows],
           "controls": [], "colors": [], "style": sc.style, "background": [], "overlays": []}
    return sc.img, info, ctx, lines


def captions(info, ctx, lines, rng):
    segs = [[list(s) + [None] for s in cap] for cap in info["segs"]]
    return [join([s[:2] for s in c]) for c in segs], segs, info["detailed"], info["facts"]
