"""Give a model package exported before the decoder had its `logit_positions` input that input, in place.

    /usr/bin/python3 -m training.decoder_positions assets/models/<id>

export_onnx.py writes decoders whose `logits` are those of the last `logit_positions` positions ([B, n, V]), so that
the runtime can check a guessed continuation of a caption in one run (docs/model-package.md). Packages exported
before gave only the last position's logits ([B, V]). This rewrites such a decoder.onnx to the new form without
touching a weight: the node that took the last position of the final layer norm's output (a Gather of index -1 on
axis 1) becomes a Slice of the last n positions, and the manifest's decoder tensors say so. The logits of the last
position stay bit for bit what they were. Needs the `onnx` package (Debian python3-onnx, or pip); it runs no model.
"""
from __future__ import annotations

import argparse
import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

INPUT = "logit_positions"


def convert(model: onnx.ModelProto) -> onnx.ModelProto:
    g = model.graph
    if any(i.name == INPUT for i in g.input):
        raise SystemExit(f"the decoder already has the input {INPUT}")
    producers = {o: n for n in g.node for o in n.output}
    head = producers.get("logits")
    if head is None or head.op_type != "MatMul":
        raise SystemExit("the decoder's logits do not come from a MatMul: not a decoder export_onnx.py wrote")
    last = producers.get(head.input[0])
    constants = {n.output[0]: n for n in g.node if n.op_type == "Constant"}
    index = constants.get(last.input[1]) if last is not None and len(last.input) > 1 else None
    axis = [a.i for a in last.attribute if a.name == "axis"] if last is not None else []
    if (last is None or last.op_type != "Gather" or axis != [1] or index is None
            or int(numpy_helper.to_array(index.attribute[0].t)) != -1):
        raise SystemExit("the logits are not computed from the last position (Gather of index -1 on axis 1)")
    hidden = last.input[0]
    starts, ends, axes, sliced = f"/{INPUT}/starts", f"/{INPUT}/ends", f"/{INPUT}/axes", f"/{INPUT}/hidden"
    g.initializer.extend([numpy_helper.from_array(np.array([2 ** 63 - 1], dtype="int64"), ends),
                          numpy_helper.from_array(np.array([1], dtype="int64"), axes)])
    at = list(g.node).index(last)
    g.node.remove(last)
    g.node.insert(at, helper.make_node("Slice", [hidden, starts, ends, axes], [sliced], name=f"/{INPUT}/Slice"))
    g.node.insert(at, helper.make_node("Neg", [INPUT], [starts], name=f"/{INPUT}/Neg"))
    head.input[0] = sliced
    if not any(index.output[0] in n.input for n in g.node):
        g.node.remove(index)
    g.input.append(helper.make_tensor_value_info(INPUT, TensorProto.INT64, [1]))
    logits = next(o for o in g.output if o.name == "logits")
    vocab = logits.type.tensor_type.shape.dim[-1].dim_value
    logits.CopyFrom(helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "positions", vocab]))
    onnx.checker.check_model(model)
    return model


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("package", help="a model package folder (manifest.json, decoder.onnx, ...)")
    a = ap.parse_args()
    manifest_path = os.path.join(a.package, "manifest.json")
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    path = os.path.join(a.package, manifest["files"]["decoder"])
    onnx.save(convert(onnx.load(path)), path)
    tensors = manifest["tensors"]["decoder"]
    tensors["inputs"][INPUT] = [1]
    tensors["outputs"]["logits"] = [-1, -1, manifest["decoder"]["vocab_size"]]
    with open(manifest_path, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
    print("converted", path)


if __name__ == "__main__":
    main()
