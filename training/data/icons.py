"""Real icons from installed icon themes (Adwaita legacy PNGs, hicolor, any theme with PNGs); optional.

Search order: GLANCE_ICONS_DIR environment variable, then /usr/share/icons. Without icons the renderers fall back
to simple vector shapes, so the generator still runs on a machine with no icon theme."""
import os

from PIL import Image

_INDEX = None
_CACHE = {}
SIZES = ("48x48", "64x64", "96x96", "256x256", "32x32", "scalable-up-to-32", "24x24")


def _build():
    idx = {}
    roots = [os.environ.get("GLANCE_ICONS_DIR", ""), "/usr/share/icons"]
    for root in roots:
        if not root or not os.path.isdir(root):
            continue
        for dp, _, fns in os.walk(root):
            sz = next((s for s in SIZES if ("/" + s) in dp + "/"), None)
            rank = SIZES.index(sz) if sz else len(SIZES)
            for fn in fns:
                if not fn.endswith(".png") or "symbolic" in fn:
                    continue
                name = fn[:-4]
                if name not in idx or rank < idx[name][0]:
                    idx[name] = (rank, os.path.join(dp, fn))
    return {k: v[1] for k, v in idx.items()}


def index():
    global _INDEX
    if _INDEX is None:
        _INDEX = _build()
    return _INDEX


def available(name):
    return name in index()


def get(name, size):
    """An RGBA icon of the given pixel size, or None."""
    size = max(8, int(size))
    key = (name, size)
    if key in _CACHE:
        return _CACHE[key]
    p = index().get(name)
    im = None
    if p:
        try:
            im = Image.open(p).convert("RGBA").resize((size, size), Image.Resampling.LANCZOS)
        except OSError:
            im = None
    if len(_CACHE) > 3000:
        _CACHE.clear()
    _CACHE[key] = im
    return im


KIND_TO_ICON = {"error": ["dialog-error"], "warning": ["dialog-warning"], "info": ["dialog-information"],
                "question": ["dialog-question"], "folder": ["folder", "inode-directory"],
                "file": ["text-x-generic"], "image": ["image-x-generic"], "audio": ["audio-x-generic"],
                "video": ["video-x-generic"], "code": ["text-x-script", "text-x-generic"],
                "archive": ["package-x-generic"], "spreadsheet": ["x-office-spreadsheet"],
                "document": ["x-office-document", "text-x-generic"], "password": ["dialog-password"]}
ACTION_ICONS = {"Save": "document-save", "Open": "document-open", "New": "document-new", "Print": "document-print",
                "Undo": "edit-undo", "Redo": "edit-redo", "Cut": "edit-cut", "Copy": "edit-copy", "Paste": "edit-paste",
                "Search": "edit-find", "Find": "edit-find", "Delete": "edit-delete", "Bold": "format-text-bold",
                "Italic": "format-text-italic", "Sort": "view-sort-ascending", "Refresh": "view-refresh",
                "Home": "go-home", "Back": "go-previous", "Forward": "go-next", "Mail": "mail-send-receive",
                "Settings": "preferences-system", "Zoom In": "zoom-in", "Zoom Out": "zoom-out"}


def for_kind(kind, size):
    for n in KIND_TO_ICON.get(kind, []):
        im = get(n, size)
        if im is not None:
            return im
    return None
