"""The training images' jitter. Run: /usr/bin/python3 -m unittest discover -s training/tests -t ."""
import unittest

import torch

from training.train import jitter, normalise


class JitterTest(unittest.TestCase):
    def setUp(self):
        torch.manual_seed(3)
        self.x = torch.rand(16, 3, 32, 32)

    def test_nothing_changes_at_zero(self):
        self.assertTrue(torch.equal(jitter(self.x, 0.0), self.x))

    def test_every_image_changes_at_one_and_stays_in_range_and_shape(self):
        y = jitter(self.x, 1.0)
        self.assertEqual(y.shape, self.x.shape)
        self.assertGreaterEqual(float(y.min()), 0.0)
        self.assertLessEqual(float(y.max()), 1.0)
        changed = (y - self.x).abs().flatten(1).amax(1) > 1e-4
        self.assertTrue(bool(changed.all()))

    def test_a_shift_moves_the_picture_and_repeats_its_edge(self):
        x = torch.zeros(1, 3, 20, 20)
        x[:, :, :, 10:] = 1.0  # left half black, right half white
        torch.manual_seed(0)
        shifted = [jitter(x, 1.0, max_shift=3) for _ in range(20)]
        edges = {int((s[0, 0, 5] > 0.5).float().argmax()) for s in shifted}
        self.assertGreater(len(edges), 1)  # the black/white edge moved in some batches
        self.assertTrue(all(7 <= e <= 13 for e in edges))

    def test_normalise_jitters_only_when_asked(self):
        u8 = (self.x.permute(0, 2, 3, 1) * 255).to(torch.uint8)
        self.assertTrue(torch.equal(normalise(u8), normalise(u8, 0.0)))
        self.assertFalse(torch.equal(normalise(u8), normalise(u8, 1.0)))


if __name__ == "__main__":
    unittest.main()
