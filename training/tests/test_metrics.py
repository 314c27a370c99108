"""Metric tests against values worked out by hand. Run: /usr/bin/python3 -m unittest discover -s training/tests"""
import math
import unittest

from training.metrics import bleu4, cider_d, words


class BleuTest(unittest.TestCase):
    def test_identical_caption_scores_one(self):
        self.assertAlmostEqual(bleu4(["a red error dialog with an ok button"],
                                     [["a red error dialog with an ok button"]]), 1.0)

    def test_hand_computed_value(self):
        # cand: "the cat sat on the mat" (6 words), ref: "the cat is on the mat" (6 words)
        # p1 = 5/6, p2 = 3/5 (the cat, on the, the mat), p3 = 1/4 (on the mat), p4 = 0/3 -> BLEU-4 = 0
        self.assertEqual(bleu4(["the cat sat on the mat"], [["the cat is on the mat"]]), 0.0)
        # cand "a b c d e", ref "a b c d f": p1=4/5 p2=3/4 p3=2/3 p4=1/2, bp=1
        expected = math.exp((math.log(4 / 5) + math.log(3 / 4) + math.log(2 / 3) + math.log(1 / 2)) / 4)
        self.assertAlmostEqual(bleu4(["a b c d e"], [["a b c d f"]]), expected)

    def test_brevity_penalty(self):
        # cand "a b c d" vs ref "a b c d e f": all precisions 1, bp = exp(1 - 6/4)
        self.assertAlmostEqual(bleu4(["a b c d"], [["a b c d e f"]]), math.exp(1 - 6 / 4))


class CiderTest(unittest.TestCase):
    def test_tokenizer(self):
        self.assertEqual(words('An "OK" button, isn\'t it?'), ["an", "ok", "button", "isn't", "it"])

    def test_hand_computed_value(self):
        # two images; every n-gram of image 0's reference is absent from image 1's, so idf = log(2/1) for each.
        # candidate == reference for image 0 -> cosine 1 for n = 1..4, no length penalty -> 10 * 1 = 10.
        # image 1's candidate shares nothing -> 0. Mean = 5.
        refs = [["red error dialog open now"], ["blue terminal window shows text"]]
        self.assertAlmostEqual(cider_d(["red error dialog open now", "green cat"], refs), 5.0)

    def test_length_penalty(self):
        # one extra word: n-gram overlap still covers the reference, but the Gaussian penalty exp(-1/72) applies
        refs = [["red error dialog open now"], ["blue terminal window shows text"]]
        s = cider_d(["red error dialog open now please", "blue terminal window shows text"], refs)
        self.assertLess(s, 10.0)
        self.assertGreater(s, 5.0)


if __name__ == "__main__":
    unittest.main()
