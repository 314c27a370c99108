"""The token sequences the LM reads in pass 1 and pass 2. export_onnx.py writes these strings into manifest.json,
and the Java runtime rebuilds exactly the same ids from them (segment by segment, as here).

pass 1:  [BOS] USER: <image embeds> Text: <ocr lines joined by " | "> <level prompt>            -> caption [EOS]
pass 2:  [BOS] USER: <SeR embeds>   Text: <ocr lines joined by " | "> Draft: <initial> <level prompt> -> refined [EOS]
"""
from __future__ import annotations

PROMPTS = {
    "head": "USER:",
    "text_prefix": "Text:",
    "text_separator": " | ",
    "draft_prefix": "Draft:",
    "levels": {
        "brief": "Describe the screen briefly. ASSISTANT:",
        "detailed": "Describe the screen in detail. ASSISTANT:",
    },
}
MAX_TEXT_TOKENS = 48
MAX_NEW_TOKENS = {"brief": 48, "detailed": 128}
DECODING = {"strategy": "greedy", "beams": 3, "no_repeat_ngram": 3, "probably_below": 0.65, "guess_below": 0.55}


def head_ids(tok) -> list[int]:
    return [tok.bos_id] + tok.encode(PROMPTS["head"])


def text_ids(tok, lines, max_tokens: int = MAX_TEXT_TOKENS) -> list[int]:
    ids = tok.encode(PROMPTS["text_separator"].join(lines)) if lines else []
    return tok.encode(PROMPTS["text_prefix"]) + ids[:max_tokens]


def tail_ids(tok, lines, level: str, draft_ids=None, max_text_tokens: int = MAX_TEXT_TOKENS,
             max_draft_tokens: int = 48) -> list[int]:
    ids = text_ids(tok, lines, max_text_tokens)
    if draft_ids is not None:
        ids += tok.encode(PROMPTS["draft_prefix"]) + list(draft_ids)[:max_draft_tokens]
    return ids + tok.encode(PROMPTS["levels"][level])
