"""A checkpoint rebuilt from a package's ONNX graphs holds exactly the weights that were exported."""
import json
import os
import tempfile
import unittest

import numpy as np
import torch

from training.export_onnx import export
from training.export_tiny import TINY, TEXTS
from training.model import MMSeR, ModelConfig
from training.onnx_to_checkpoint import module, weights
from training.tokenizer import train


class OnnxToCheckpointTest(unittest.TestCase):
    def test_every_weight_comes_back_as_it_was_exported(self):
        torch.manual_seed(3)
        tok = train(TEXTS * 3, TINY.vocab_size, min_word_freq=1)
        cfg = ModelConfig(**{**TINY.to_dict(), "ser_layers": TINY.ser_layers, "vocab_size": len(tok)})
        model = MMSeR(cfg)
        with torch.no_grad():
            # a trained model has no two equal tensors; a fresh one does (layer norms of ones), which the exporter
            # stores once
            for p in model.parameters():
                p.normal_()
        with tempfile.TemporaryDirectory() as out:
            export(model, tok, out, "tiny")
            with open(os.path.join(out, "manifest.json"), encoding="utf-8") as f:
                found = weights(out, json.load(f))
        expected = model.state_dict()
        self.assertEqual(sorted(expected), sorted(found))
        for k, v in expected.items():
            self.assertTrue(np.array_equal(v.numpy(), np.asarray(found[k]).reshape(v.shape)), k)

    def test_a_nodes_module_is_its_path_without_the_sequentials_repeated_name(self):
        self.assertEqual(module("/decoder/blocks.2/mlp/mlp.0/MatMul"), "decoder.blocks.2.mlp.0")
        self.assertEqual(module("/vision/blocks.0/attn/qkv/MatMul"), "vision.blocks.0.attn.qkv")
        self.assertEqual(module("/ser/proj/MatMul"), "ser.proj")


if __name__ == "__main__":
    unittest.main()
