"""Themes (light, dark, high contrast) with accent colours and window-chrome styles."""
import colorsys

ACCENTS = {"blue": (53, 132, 228), "green": (46, 160, 67), "purple": (145, 65, 172), "orange": (230, 120, 30),
           "red": (224, 27, 36), "teal": (33, 144, 164), "pink": (213, 97, 153), "yellow": (200, 160, 0),
           "grey": (110, 110, 120), "navy": (30, 60, 140)}
STYLES = ["gtk", "windows", "mac", "kde", "xfce"]
WALLPAPERS = [((32, 74, 135), (52, 101, 164)), ((24, 24, 40), (70, 40, 90)), ((20, 80, 60), (120, 170, 90)),
              ((200, 90, 50), (250, 200, 120)), ((10, 10, 10), (60, 60, 60)), ((90, 140, 200), (210, 230, 250)),
              ((80, 20, 60), (230, 120, 90)), ((0, 90, 120), (0, 170, 160)), ((60, 60, 70), (150, 150, 160))]


def _mix(a, b, t):
    return tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3))


def make_theme(rng, mode=None, accent=None):
    mode = mode or rng.choices(["light", "dark", "high contrast"], [0.58, 0.36, 0.06])[0]
    accent = accent or rng.choice(list(ACCENTS))
    ac = ACCENTS[accent]
    j = lambda c, k=6: tuple(max(0, min(255, v + rng.randint(-k, k))) for v in c)
    if mode == "light":
        bg = j(rng.choice([(246, 245, 244), (240, 240, 240), (250, 250, 250), (236, 236, 236), (255, 255, 255)]))
        t = dict(bg=bg, base=(255, 255, 255), fg=j((30, 30, 30), 20), muted=(110, 110, 115),
                 border=_mix(bg, (0, 0, 0), 0.18), header=_mix(bg, (0, 0, 0), rng.uniform(0.02, 0.1)),
                 header_fg=(40, 40, 40), sel=_mix(ac, (255, 255, 255), 0.7), button=_mix(bg, (255, 255, 255), 0.5))
    elif mode == "dark":
        bg = j(rng.choice([(36, 36, 36), (45, 45, 48), (30, 30, 30), (40, 42, 54), (32, 33, 36)]))
        t = dict(bg=bg, base=_mix(bg, (0, 0, 0), 0.25), fg=j((235, 235, 235), 15), muted=(160, 160, 165),
                 border=_mix(bg, (255, 255, 255), 0.15), header=_mix(bg, (0, 0, 0), rng.uniform(0.1, 0.35)),
                 header_fg=(230, 230, 230), sel=_mix(ac, (0, 0, 0), 0.35), button=_mix(bg, (255, 255, 255), 0.1))
    else:
        fg, bg = rng.choice([((255, 255, 255), (0, 0, 0)), ((255, 255, 0), (0, 0, 0)), ((0, 0, 0), (255, 255, 255))])
        ac = (0, 255, 255) if bg == (0, 0, 0) else (0, 0, 200)
        sel = (0, 0, 170) if bg == (0, 0, 0) else (120, 220, 255)
        t = dict(bg=bg, base=bg, fg=fg, muted=fg, border=fg, header=bg, header_fg=fg, sel=sel, button=bg)
    t["mode"], t["accent"], t["ac"] = mode, accent, ac
    t["ac_fg"] = (255, 255, 255) if sum(ac) < 450 else (0, 0, 0)
    wp = rng.choice(WALLPAPERS)
    h, l, s = rng.random(), rng.uniform(0.25, 0.6), rng.uniform(0.2, 0.7)
    t["desktop"] = tuple(int(v * 255) for v in colorsys.hls_to_rgb(h, l, s)) if rng.random() < 0.3 else wp[0]
    t["desktop2"] = wp[1]
    return t
