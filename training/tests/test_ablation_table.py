"""ablation_table: rows, scales and the pass-2 fix rate from hand-made evaluation results."""
import unittest

from training import ablation_table as A


def ev(c1, c2, fixes):
    split = lambda c: {"cider": c, "bleu4": 10 * c, "fact_recall": 0.5, "hallucination_rate": 0.25}
    seen = {"initial": split(c1), "refined": split(c2), "edit_fix_rate": fixes,
            "seconds_per_100_images": {"pass1": 10.0, "pass1+pass2": 13.4}}
    return {"test_seen/brief": seen, "test_unseen/brief": {"initial": split(c1 / 2), "refined": split(c2 / 2)}}


class AblationTableTest(unittest.TestCase):

    def test_rows_scales_and_fix_rate(self):
        fixes = {"kind": {"n": 30, "fixed": 0.5}, "count": {"n": 10, "fixed": 1.0}, "none (kept)": {"n": 99, "fixed": 0}}
        t = A.table({"full": ev(0.5, 0.6, fixes), "caption_only": ev(0.5, 0.55, {})}).splitlines()
        self.assertEqual(len(t), 2 + 3)  # header, rule, baseline, (1), full
        self.assertIn("| pass 1 only (baseline) | 50.0 | 25.0 | 5.0 | 50 % | 25 % | - | 10.0 |", t)
        # (30 * 0.5 + 10 * 1.0) / 40 = 62.5 %: drafts kept unedited do not count
        self.assertIn("| (1) + (2): MM-SeR | 60.0 | 30.0 | 6.0 | 50 % | 25 % | 62 % | 13.4 |", t)
        self.assertTrue(t[3].startswith("| (1) caption embeddings only | 55.0 |"))

    def test_no_edits_means_no_fix_rate(self):
        self.assertIsNone(A.fix_rate({"edit_fix_rate": {"none (kept)": {"n": 5, "fixed": 0.0}}}))


if __name__ == "__main__":
    unittest.main()
