"""Which weights a training run starts from. Run: /usr/bin/python3 -m unittest discover -s training/tests -t ."""
import unittest

import torch

from training.model import MMSeR, ModelConfig
from training.train import TrainConfig, load_init

TINY = dict(image_size=64, patch_size=32, vit_layers=2, vit_dim=32, vit_heads=2, vit_mlp=64, pass1_layer=2,
            ser_layers=[1, 2], connector_hidden=64, lm_layers=1, lm_dim=32, lm_heads=2, lm_mlp=64, vocab_size=50,
            max_positions=96, ser_blocks=1, ser_heads=2, ser_mlp=64, max_caption_tokens=8, dropout=0.0)


def checkpoint(stage, **extra):
    torch.manual_seed(1)
    m = MMSeR(ModelConfig.from_dict(TINY))
    with torch.no_grad():
        for k, v in m.state_dict().items():
            if k.startswith("ser."):
                v.fill_(0.5)  # a "trained" SeR-Connector that a fresh one can never equal
    return dict({"model": m.state_dict(), "config": dict(TINY), "train": {"stage": stage}}, **extra)


def ser_weights(model):
    return {k: v for k, v in model.state_dict().items() if k.startswith("ser.")}


class LoadInitTest(unittest.TestCase):
    def start(self, init, stage, model_cfg):
        torch.manual_seed(2)
        model = MMSeR(ModelConfig.from_dict({**init["config"], **model_cfg}))
        kept = load_init(model, init, TrainConfig(stage=stage, model=model_cfg))
        return model, kept

    def assertSerIs(self, model, value):
        self.assertTrue(all(bool((v == value).all()) for v in ser_weights(model).values()))

    def test_stage2_continued_with_a_config_that_repeats_the_model_keeps_the_ser_connector(self):
        model, kept = self.start(checkpoint(2), 2, {"lm_dim": 32, "vit_layers": 2})
        self.assertTrue(kept)
        self.assertSerIs(model, 0.5)

    def test_stage2_after_stage1_continued_from_stage2_keeps_it_too(self):
        model, kept = self.start(checkpoint(1, ser_trained=True), 2, {})
        self.assertTrue(kept)
        self.assertSerIs(model, 0.5)

    def test_a_ser_connector_that_stage1_never_trained_starts_afresh(self):
        model, kept = self.start(checkpoint(1), 2, {})
        self.assertFalse(kept)
        self.assertFalse(any(bool((v == 0.5).all()) for v in ser_weights(model).values() if v.numel() > 1))

    def test_an_ablation_that_changes_the_ser_connector_starts_it_afresh(self):
        model, kept = self.start(checkpoint(2), 2, {"ser_use_caption": False})
        self.assertFalse(kept)

    def test_stage1_takes_every_weight(self):
        init = checkpoint(2)
        model, kept = self.start(init, 1, {})
        self.assertTrue(kept)
        for k, v in model.state_dict().items():
            self.assertTrue(torch.equal(v, init["model"][k]), k)


if __name__ == "__main__":
    unittest.main()
