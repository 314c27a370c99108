"""How often each training sample is seen. Run: /usr/bin/python3 -m unittest discover -s training/tests -t ."""
import collections
import unittest

from training.train import LevelBatches, repeated


class RepeatSourcesTest(unittest.TestCase):
    RECS = [{"source": "pil"}, {"source": "xvfb"}, {"source": "pil"}, {"source": "chromium"}, {"source": "xvfb"}]

    def test_a_named_source_is_repeated_and_the_rest_seen_once(self):
        self.assertEqual(repeated(self.RECS, "xvfb=3"), [0, 1, 1, 1, 2, 3, 4, 4, 4])
        self.assertEqual(repeated(self.RECS, "xvfb=2,chromium=2"), [0, 1, 1, 2, 3, 3, 4, 4])
        self.assertEqual(repeated(self.RECS, ""), [0, 1, 2, 3, 4])

    def test_batches_draw_from_the_pool(self):
        pool = repeated(self.RECS * 8, "xvfb=4")
        sampler = LevelBatches(len(self.RECS) * 8, 4, 0.0, seed=1, pool=pool)
        seen = collections.Counter(i for batch in sampler for i, level, _ in batch)
        self.assertEqual(len(sampler), len(pool) // 4)
        self.assertEqual(sum(seen.values()), len(sampler) * 4)
        xvfb = sum(n for i, n in seen.items() if (self.RECS * 8)[i]["source"] == "xvfb")
        self.assertGreater(xvfb, sum(seen.values()) * 0.6)  # 64 of 88 pool entries are xvfb samples


if __name__ == "__main__":
    unittest.main()
