"""Rebuild a PyTorch checkpoint from a model package's ONNX graphs, when the training checkpoint is gone.

    /usr/bin/python3 -m training.onnx_to_checkpoint assets/models/<id> OUT.pt

export_onnx.py keeps every weight in the graphs: most under their state-dict names ("m.decoder.ln.weight"), the
matrices of the linear layers as anonymous MatMul operands (transposed; the node's name gives the module:
"/decoder/blocks.2/mlp/mlp.0/MatMul" is decoder.blocks.2.mlp.0), the SeR-Connector's two kind embeddings folded
into Add constants, and the logits' matrix as the transposed token embedding (tied). The checkpoint has the
manifest's config, the state dict (loaded strictly, so a weight missing or left over stops it) and the
tokenizer.json vocabulary, as train.py writes them; sample.py, evaluate.py, product_eval.py and golden.py read it.
Check it with `python3 -m training.golden`: the tokens must be those of the package's golden.json. Needs the
`onnx` package (Debian python3-onnx).
"""
from __future__ import annotations

import argparse
import json
import os

import numpy as np
import onnx
import torch
from onnx import numpy_helper

from .model import MMSeR, ModelConfig

GRAPHS = ("vision", "connector", "embed", "ser_connector", "decoder")
# the SeR-Connector adds kind[0] to the image tokens and kind[1] to the caption's; constant folding names the sums
KIND_ADDS = ("/ser/Add_1", "/ser/Add_3")
LOGITS = "/MatMul"


def module(node_name: str) -> str:
    """The module a node belongs to: "/decoder/blocks.2/mlp/mlp.0/MatMul" -> "decoder.blocks.2.mlp.0"."""
    path: list[str] = []
    for part in node_name.strip("/").split("/")[:-1]:
        if path and part.startswith(path[-1] + "."):
            path[-1] = part  # "mlp", "mlp.0": the Sequential's item
        else:
            path.append(part)
    return ".".join(path)


def weights(package: str, manifest: dict) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    kinds: dict[str, np.ndarray] = {}
    logits = None
    for role in GRAPHS:
        graph = onnx.load(os.path.join(package, manifest["files"][role])).graph
        inits = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
        for name, arr in inits.items():
            if name.startswith("m."):
                if name[2:] in out and not np.array_equal(out[name[2:]], arr):
                    raise SystemExit(f"{name} differs between graphs")
                out[name[2:]] = arr
        for node in graph.node:
            for name in node.input:
                if name not in inits or name.startswith("m.") or name.startswith("/logit_positions/"):
                    continue
                if node.op_type == "MatMul" and node.name == LOGITS:
                    logits = inits[name].T
                elif node.op_type == "MatMul":
                    out[module(node.name) + ".weight"] = inits[name].T
                elif node.op_type == "Add" and node.name in KIND_ADDS:
                    kinds[node.name] = inits[name]
                else:
                    raise SystemExit(f"{role}: an unnamed weight in {node.op_type} {node.name}: not export_onnx.py's")
    if sorted(kinds) != sorted(KIND_ADDS):
        raise SystemExit("the SeR-Connector's kind embeddings were not found")
    out["ser.kind"] = np.stack([kinds[k] for k in KIND_ADDS])
    out["decoder.embed.weight"] = out["embed.weight"]
    if logits is None or not np.array_equal(logits, out["embed.weight"]):
        raise SystemExit("the logits' matrix is not the token embedding")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("package")
    ap.add_argument("out")
    a = ap.parse_args()
    with open(os.path.join(a.package, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    model = MMSeR(ModelConfig.from_dict(manifest["config"]))
    expected = model.state_dict()
    found = weights(a.package, manifest)
    missing = sorted(set(expected) - set(found))
    extra = sorted(set(found) - set(expected))
    if missing or extra:
        raise SystemExit(f"missing {missing}, left over {extra}")
    model.load_state_dict({k: torch.from_numpy(np.array(found[k], dtype=np.float32)).reshape(v.shape)
                           for k, v in expected.items()}, strict=True)
    with open(os.path.join(a.package, manifest["files"]["tokenizer"]), encoding="utf-8") as f:
        vocab = json.load(f)["model"]["vocab"]
    torch.save({"config": manifest["config"], "model": model.state_dict(), "vocab": vocab,
                "rebuilt_from": manifest["model_id"]}, a.out)
    print("wrote", a.out)


if __name__ == "__main__":
    main()
