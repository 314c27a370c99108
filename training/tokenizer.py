"""A WordPiece tokenizer that we train ourselves and save in the Hugging Face `tokenizer.json` format.

encode() and decode() follow the Hugging Face library's BertPreTokenizer, WordPiece model and WordPiece decoder.
Java's WordPiece (inference) ports this file and is checked against it (training/tokenizer_cases.py writes the
cases). There is no normalizer: case is kept, because on-screen titles and labels are quoted as written.
"""
from __future__ import annotations

import json
import unicodedata
from collections import Counter

SPECIALS = ["[PAD]", "[UNK]", "[BOS]", "[EOS]"]
PREFIX = "##"
MAX_CHARS = 100
ASCII = [chr(c) for c in range(33, 127)]


def _is_punct(ch: str) -> bool:
    o = ord(ch)
    if 33 <= o <= 47 or 58 <= o <= 64 or 91 <= o <= 96 or 123 <= o <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def pre_tokenize(text: str) -> list[str]:
    """BertPreTokenizer: split on whitespace, and make every punctuation character a word of its own."""
    words, cur = [], []
    for ch in text:
        if ch.isspace():
            if cur:
                words.append("".join(cur))
                cur = []
        elif _is_punct(ch):
            if cur:
                words.append("".join(cur))
                cur = []
            words.append(ch)
        else:
            cur.append(ch)
    if cur:
        words.append("".join(cur))
    return words


# Spacing that WordPiece decoding cannot know (it puts a space around every punctuation word). The Java runtime
# applies the same rules in the same order (PromptTokenizer.tidy); both sides are checked by the golden test.
TIDY_RULES = [
    (r'"\s*([^"]*?)\s*"', r'"\1"'),                      # " Save changes " -> "Save changes"
    (r"(\w) ' (\w)", r"\1'\2"),                           # Don ' t -> Don't, Tom ' s -> Tom's
    (r"\s+([:;)\]%])", r"\1"),                            # word : -> word:
    (r"([(\[$#])\s+", r"\1"),                             # ( x -> (x
    (r"\s*([/@_])\s*", r"\1"),                            # a / b -> a/b, me @ x -> me@x
    (r"(\w)\. (txt|pdf|docx?|xlsx?|odt|ods|png|jpe?g|svg|py|js|html?|csv|zip|mp3|json|md|sh|java|com|org|net)\b",
     r"\1.\2"),                                            # letter. txt -> letter.txt
]


def tidy(s: str) -> str:
    import re
    for pattern, repl in TIDY_RULES:
        s = re.sub(pattern, repl, s)
    return s


class WordPiece:
    def __init__(self, vocab: dict[str, int]):
        self.vocab = vocab
        self.inv = {i: t for t, i in vocab.items()}
        self.pad_id, self.unk_id, self.bos_id, self.eos_id = (vocab[t] for t in SPECIALS)

    def __len__(self) -> int:
        return len(self.vocab)

    def _word(self, word: str) -> list[int]:
        if len(word) > MAX_CHARS:
            return [self.unk_id]
        out, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                piece = word[start:end] if start == 0 else PREFIX + word[start:end]
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found is None:
                return [self.unk_id]
            out.append(found)
            start = end
        return out

    def encode(self, text: str) -> list[int]:
        ids = []
        for w in pre_tokenize(text):
            ids.extend(self._word(w))
        return ids

    def decode(self, ids) -> str:
        toks = [self.inv[int(i)] for i in ids if self.inv[int(i)] not in SPECIALS]
        parts = []
        for i, t in enumerate(toks):
            if t.startswith(PREFIX):
                part = t[len(PREFIX):]
            else:
                part = (" " if i else "") + t
            # the Hugging Face WordPiece decoder's cleanup runs on each token, so of its rules only the ones that
            # fit a single spaced token (" .", " ?", " !", " ,") ever apply
            for a, b in ((" .", "."), (" ?", "?"), (" !", "!"), (" ,", ",")):
                part = part.replace(a, b)
            parts.append(part)
        s = "".join(parts)
        return tidy(s)


    # ---- persistence in the Hugging Face format ----
    def to_hf_json(self) -> dict:
        added = [{"id": self.vocab[t], "content": t, "single_word": False, "lstrip": False, "rstrip": False,
                  "normalized": False, "special": True} for t in SPECIALS]
        return {
            "version": "1.0", "truncation": None, "padding": None, "added_tokens": added,
            "normalizer": None, "pre_tokenizer": {"type": "BertPreTokenizer"}, "post_processor": None,
            "decoder": {"type": "WordPiece", "prefix": PREFIX, "cleanup": True},
            "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": PREFIX,
                      "max_input_chars_per_word": MAX_CHARS, "vocab": self.vocab},
        }

    def save(self, path: str) -> None:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.to_hf_json(), f, ensure_ascii=False)

    @staticmethod
    def load(path: str) -> "WordPiece":
        with open(path, encoding="utf-8") as f:
            return WordPiece(json.load(f)["model"]["vocab"])


def train(texts, vocab_size: int, min_word_freq: int = 3) -> WordPiece:
    """Vocabulary = specials + every character seen (as a word start and as ##continuation) + the most frequent
    words + the most frequent word-start and ##suffix pieces of the words that did not make it."""
    words = Counter()
    for t in texts:
        words.update(pre_tokenize(t))
    chars = Counter()
    for w, n in words.items():
        for ch in w:
            chars[ch] += n
    for ch in ASCII:  # every printable ASCII character is always encodable
        chars[ch] += 1
    vocab: list[str] = list(SPECIALS)
    seen = set(vocab)

    def add(tok):
        if tok not in seen and len(vocab) < vocab_size:
            seen.add(tok)
            vocab.append(tok)

    for ch, _ in chars.most_common():
        add(ch)
    for ch, _ in chars.most_common():
        add(PREFIX + ch)
    budget_words = int((vocab_size - len(vocab)) * 0.8)
    common = [w for w, n in words.most_common() if n >= min_word_freq and len(w) > 1]
    for w in common[:budget_words]:
        add(w)
    pieces = Counter()
    for w, n in words.items():
        if w in seen or len(w) < 3:
            continue
        for k in range(2, min(6, len(w))):
            pieces[w[:k]] += n
            pieces[PREFIX + w[-k:]] += n
    for p, _ in pieces.most_common():
        if len(vocab) >= vocab_size:
            break
        add(p)
    return WordPiece({t: i for i, t in enumerate(vocab)})
