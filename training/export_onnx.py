"""Write a Glance model package (docs/model-package.md) from a checkpoint: manifest.json, five ONNX graphs
(opset 17) and tokenizer.json.

    /usr/bin/python3 -m training.export_onnx --ckpt CKPT --out assets/models/<id> [--model-id ID]
"""
from __future__ import annotations

import argparse
import json
import os

import torch
import torch.nn as nn

from . import sequences as seq
from .model import MMSeR
from .sample import MEAN, STD, load_checkpoint

FORMAT = "glance-mmser"
FORMAT_VERSION = 1
OPSET = 17


class _Vision(nn.Module):
    def __init__(self, m: MMSeR):
        super().__init__()
        self.m = m

    def forward(self, pixel_values):
        return self.m.vision_features(pixel_values)


class _Connector(nn.Module):
    def __init__(self, m: MMSeR):
        super().__init__()
        self.m = m

    def forward(self, vision_features):
        return self.m.connector(vision_features)


class _Embed(nn.Module):
    def __init__(self, m: MMSeR):
        super().__init__()
        self.m = m

    def forward(self, input_ids):
        return self.m.embed(input_ids)


class _Ser(nn.Module):
    def __init__(self, m: MMSeR):
        super().__init__()
        self.m = m

    def forward(self, ser_features, caption_embeds):
        return self.m.ser(ser_features, caption_embeds)


class _DecoderStep(nn.Module):
    def __init__(self, m: MMSeR):
        super().__init__()
        self.m = m

    def forward(self, inputs_embeds, *rest):
        # rest: past_key_0, past_value_0, ..., then logit_positions ([1], int64): how many of the last positions get
        # logits. One while decoding token by token; a whole guessed continuation when the runtime checks it at once
        past, n = rest[:-1], rest[-1]
        pairs = [(past[2 * i], past[2 * i + 1]) for i in range(len(past) // 2)]
        hidden, presents = self.m.decoder(inputs_embeds, pairs)
        logits = self.m.decoder.logits(hidden[:, -n[0]:])
        flat = []
        for k, v in presents:
            flat += [k, v]
        return (logits, *flat)


def _export(module, args, path, inputs, outputs, dynamic):
    torch.onnx.export(module, args, path, input_names=inputs, output_names=outputs, dynamic_axes=dynamic,
                      opset_version=OPSET, do_constant_folding=True)


def export(model: MMSeR, tok, out: str, model_id: str, extra: dict | None = None,
           describes_photos: bool = False) -> dict:
    model.eval()
    c = model.config
    os.makedirs(out, exist_ok=True)
    n, d, vd = c.num_patches, c.lm_dim, c.vit_dim
    m = len(c.ser_taps)
    hd = c.lm_dim // c.lm_heads
    with torch.no_grad():
        px = torch.zeros(1, 3, c.image_size, c.image_size)
        _export(_Vision(model), (px,), f"{out}/vision.onnx", ["pixel_values"], ["vision_features", "ser_features"],
                {})
        _export(_Connector(model), (torch.zeros(1, n, vd),), f"{out}/connector.onnx", ["vision_features"],
                ["image_embeds"], {})
        _export(_Embed(model), (torch.zeros(1, 3, dtype=torch.long),), f"{out}/embed.onnx", ["input_ids"], ["embeds"],
                {"input_ids": {0: "batch", 1: "tokens"}, "embeds": {0: "batch", 1: "tokens"}})
        _export(_Ser(model), (torch.zeros(1, n, m * vd), torch.zeros(1, 4, d)), f"{out}/ser_connector.onnx",
                ["ser_features", "caption_embeds"], ["ser_embeds"], {"caption_embeds": {1: "caption_tokens"}})
        past, names_in, names_out, dyn = [], ["inputs_embeds"], ["logits"], {"inputs_embeds": {0: "batch", 1: "tokens"},
                                                                         "logits": {0: "batch", 1: "positions"}}
        for i in range(c.lm_layers):
            for kind in ("key", "value"):
                past.append(torch.zeros(1, c.lm_heads, 3, hd))
                names_in.append(f"past_{kind}_{i}")
                names_out.append(f"present_{kind}_{i}")
                dyn[f"past_{kind}_{i}"] = {0: "batch", 2: "past"}
                dyn[f"present_{kind}_{i}"] = {0: "batch", 2: "total"}
        names_in.append("logit_positions")
        _export(_DecoderStep(model), (torch.zeros(1, 2, d), *past, torch.tensor([2])), f"{out}/decoder.onnx",
                names_in, names_out, dyn)
    tok.save(f"{out}/tokenizer.json")
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "model_id": model_id,
        "licence": "Apache-2.0; weights trained by the Glance project from scratch on synthetic data",
        "files": {"vision": "vision.onnx", "connector": "connector.onnx", "embed": "embed.onnx",
                  "ser_connector": "ser_connector.onnx", "decoder": "decoder.onnx", "tokenizer": "tokenizer.json"},
        "image": {"size": c.image_size, "resize": "letterbox-area", "mean": list(MEAN), "std": list(STD),
                  "pad": "mean", "layout": "NCHW"},
        "tensors": {
            "vision": {"inputs": {"pixel_values": [1, 3, c.image_size, c.image_size]},
                       "outputs": {"vision_features": [1, n, vd], "ser_features": [1, n, m * vd]}},
            "connector": {"inputs": {"vision_features": [1, n, vd]}, "outputs": {"image_embeds": [1, n, d]}},
            "embed": {"inputs": {"input_ids": [-1, -1]}, "outputs": {"embeds": [-1, -1, d]}},
            "ser_connector": {"inputs": {"ser_features": [1, n, m * vd], "caption_embeds": [1, -1, d]},
                              "outputs": {"ser_embeds": [1, n, d]}},
            "decoder": {"inputs": {"inputs_embeds": [-1, -1, d], "past_key_{i}": [-1, c.lm_heads, -1, hd],
                                   "past_value_{i}": [-1, c.lm_heads, -1, hd], "logit_positions": [1]},
                        "outputs": {"logits": [-1, -1, c.vocab_size], "present_key_{i}": [-1, c.lm_heads, -1, hd],
                                    "present_value_{i}": [-1, c.lm_heads, -1, hd]}},
        },
        "decoder": {"layers": c.lm_layers, "heads": c.lm_heads, "head_dim": hd, "hidden": d,
                    "max_positions": c.max_positions, "vocab_size": c.vocab_size},
        "tokens": {"pad": tok.pad_id, "unk": tok.unk_id, "bos": tok.bos_id, "eos": tok.eos_id},
        "prompts": seq.PROMPTS,
        "max_lengths": {"text_tokens": seq.MAX_TEXT_TOKENS, "draft_tokens": c.max_caption_tokens,
                        "new_tokens": dict(seq.MAX_NEW_TOKENS)},
        "decoding": dict(seq.DECODING),
        "uses_text": True,
        # whether the model was trained and checked on photos and camera pictures: when false, Glance says what kind
        # of picture a photo is instead of captioning it (inference/.../frame/PhotoCheck.java)
        "describes_photos": describes_photos,
        "config": c.to_dict(),
        "metrics": {},
        "training": {},
    }
    if extra:
        manifest.update(extra)
    with open(f"{out}/manifest.json", "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
    return manifest


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--model-id", default=None)
    ap.add_argument("--extra", default=None, help="a JSON file whose keys (metrics, training, ...) join the manifest")
    ap.add_argument("--describes-photos", action="store_true",
                    help="the model was trained and checked on photos: Glance captions them instead of saying it cannot")
    a = ap.parse_args()
    model, tok, ck = load_checkpoint(a.ckpt)
    extra = json.load(open(a.extra)) if a.extra else None
    export(model, tok, a.out, a.model_id or os.path.basename(a.out.rstrip("/")), extra, a.describes_photos)
    print("wrote", a.out)


if __name__ == "__main__":
    main()
