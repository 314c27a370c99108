"""Image preprocessing shared by training, export and the golden files that the Java runtime is tested against.

The image is letterboxed into a size x size square: scaled by s = size / max(w, h) with exact area averaging
(each output pixel is the mean of the source area it covers, fractional edges weighted), centred, and the border
filled with the normalisation mean (0 after normalisation, as LLaVA's expand2square pads with the mean colour).
Java implements the same arithmetic in double precision (Preprocessor.java); the parity test allows 1e-4.
"""
from __future__ import annotations

import numpy as np


def content_size(w: int, h: int, size: int) -> tuple[int, int]:
    s = size / max(w, h)
    return max(1, min(size, int(np.floor(w * s + 0.5)))), max(1, min(size, int(np.floor(h * s + 0.5))))


def area_weights(n_in: int, n_out: int) -> np.ndarray:
    """[n_out, n_in] matrix: row o holds the share of each source pixel in output pixel o (rows sum to 1)."""
    w = np.zeros((n_out, n_in), dtype=np.float64)
    scale = n_in / n_out
    for o in range(n_out):
        lo, hi = o * scale, (o + 1) * scale
        i = int(np.floor(lo))
        while i < n_in and i < hi:
            w[o, i] = min(hi, i + 1) - max(lo, i)
            i += 1
    return w / w.sum(axis=1, keepdims=True)


def letterbox(rgb: np.ndarray, size: int, mean, std) -> np.ndarray:
    """rgb: uint8 [H, W, 3] -> float32 [3, size, size], normalised."""
    h, w, _ = rgb.shape
    cw, ch = content_size(w, h, size)
    img = rgb.astype(np.float64) / 255.0
    wy, wx = area_weights(h, ch), area_weights(w, cw)
    out = np.zeros((3, size, size), dtype=np.float64)
    x0, y0 = (size - cw) // 2, (size - ch) // 2
    for c in range(3):
        plane = wy @ img[:, :, c] @ wx.T
        out[c, y0:y0 + ch, x0:x0 + cw] = (plane - mean[c]) / std[c]
    return out.astype(np.float32)
