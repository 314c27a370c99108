"""MM-SeR, scaled down for Glance: a ViT encoder, an MLP connector, a small causal LM, and the SeR-Connector.

Pass 1:  pixels -> ViT -> hidden_states[pass1_layer] -> connector -> image embeds -> LM -> initial caption
Pass 2:  ViT hidden_states[ser_layers] concatenated on channels (N x m*d) + initial caption token embeddings
         -> SeR-Connector (transformer blocks over [visual tokens; caption tokens]) -> N refined visual embeds
         -> the SAME LM, with the initial caption also in the text prompt -> refined caption

Everything the Java runtime needs to know is written by export_onnx.py into manifest.json; nothing here is
hard-coded on the Java side. Choices the paper leaves open are recorded in docs/model-package.md.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass
class ModelConfig:
    image_size: int = 224
    patch_size: int = 16
    vit_layers: int = 6
    vit_dim: int = 256
    vit_heads: int = 4
    vit_mlp: int = 1024
    # hidden_states indices (0 = patch embeddings, i = output of block i). The paper uses CLIP-L's
    # hidden_states[23] for pass 1 and {13, 18, 23} of 24 for the SeR-Connector (54%, 75%, 96% depth).
    # Our ViT is trained from scratch, so its last block is the one the captioner shapes: pass 1 reads it, and the
    # SeR taps sit at 50%, 83% and 100% depth.
    pass1_layer: int = 6
    ser_layers: tuple = (3, 5, 6)
    connector_hidden: int = 1024
    lm_layers: int = 4
    lm_dim: int = 256
    lm_heads: int = 4
    lm_mlp: int = 1024
    vocab_size: int = 8000
    max_positions: int = 512
    ser_blocks: int = 2
    ser_heads: int = 4
    ser_mlp: int = 1024
    max_caption_tokens: int = 48   # longest initial caption the SeR-Connector reads
    dropout: float = 0.1
    # ablation switches (MM-SeR Table 3): (1) caption embeddings, (2) multi-layer features
    ser_use_caption: bool = True
    ser_multilayer: bool = True
    # "single pass + (2)": no initial caption at all; the SeR-Connector's multi-layer features feed one generation
    single_pass: bool = False

    @property
    def num_patches(self) -> int:
        return (self.image_size // self.patch_size) ** 2

    @property
    def ser_taps(self) -> tuple:
        return tuple(self.ser_layers) if self.ser_multilayer else (self.pass1_layer,)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["ser_layers"] = list(self.ser_layers)
        return d

    @staticmethod
    def from_dict(d: dict) -> "ModelConfig":
        d = {k: v for k, v in d.items() if k in ModelConfig.__dataclass_fields__}
        d["ser_layers"] = tuple(d["ser_layers"])
        return ModelConfig(**d)


class SelfAttention(nn.Module):
    """Multi-head attention written out by hand so that it exports cleanly to ONNX opset 17 with a KV cache."""

    def __init__(self, dim: int, heads: int, dropout: float):
        super().__init__()
        self.heads, self.head_dim = heads, dim // heads
        self.qkv = nn.Linear(dim, 3 * dim)
        self.out = nn.Linear(dim, dim)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, mask=None, past_k=None, past_v=None):
        b, t, d = x.shape
        q, k, v = self.qkv(x).split(d, dim=2)
        q = q.view(b, t, self.heads, self.head_dim).transpose(1, 2)
        k = k.view(b, t, self.heads, self.head_dim).transpose(1, 2)
        v = v.view(b, t, self.heads, self.head_dim).transpose(1, 2)
        if past_k is not None:
            k = torch.cat([past_k, k], dim=2)
            v = torch.cat([past_v, v], dim=2)
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(self.head_dim))
        if mask is not None:
            att = att.masked_fill(~mask, float("-inf"))
        att = self.drop(F.softmax(att, dim=-1))
        y = (att @ v).transpose(1, 2).reshape(b, t, d)
        return self.out(y), k, v


class Block(nn.Module):
    """Pre-LN transformer block."""

    def __init__(self, dim: int, heads: int, mlp: int, dropout: float):
        super().__init__()
        self.ln1, self.ln2 = nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.attn = SelfAttention(dim, heads, dropout)
        self.mlp = nn.Sequential(nn.Linear(dim, mlp), nn.GELU(), nn.Linear(mlp, dim), nn.Dropout(dropout))

    def forward(self, x, mask=None, past_k=None, past_v=None):
        a, k, v = self.attn(self.ln1(x), mask, past_k, past_v)
        x = x + a
        x = x + self.mlp(self.ln2(x))
        return x, k, v


class VisionEncoder(nn.Module):
    def __init__(self, c: ModelConfig):
        super().__init__()
        self.patch = nn.Conv2d(3, c.vit_dim, c.patch_size, c.patch_size)
        self.pos = nn.Parameter(torch.randn(1, c.num_patches, c.vit_dim) * 0.02)
        self.blocks = nn.ModuleList(Block(c.vit_dim, c.vit_heads, c.vit_mlp, c.dropout) for _ in range(c.vit_layers))
        self.ln = nn.LayerNorm(c.vit_dim)

    def forward(self, pixels):
        """Returns hidden_states: [patch embeddings, block 1, ..., block L] (the last one layer-normed)."""
        x = self.patch(pixels).flatten(2).transpose(1, 2) + self.pos
        states = [x]
        for i, blk in enumerate(self.blocks):
            x, _, _ = blk(x)
            states.append(self.ln(x) if i == len(self.blocks) - 1 else x)
        return states


class Connector(nn.Module):
    """Pass-1 connector: the paper's mlp4x_bott4x_gelu shape, scaled (three Linears, no GELU before the last)."""

    def __init__(self, c: ModelConfig):
        super().__init__()
        h = c.connector_hidden
        self.net = nn.Sequential(nn.Linear(c.vit_dim, h), nn.GELU(), nn.Linear(h, h), nn.Linear(h, c.lm_dim))

    def forward(self, feats):
        return self.net(feats)


class SeRConnector(nn.Module):
    """Self-refinement connector: self-attention over [multi-layer visual tokens ; initial-caption embeddings].

    Visual input: hidden_states at ser_taps, concatenated along channels (N x m*d) -> MLP. Caption input: the LM's own
    token embeddings of the initial caption -> MLP. Each gets learned positions and a type embedding; ser_blocks
    bidirectional blocks fuse them; the N visual positions are projected to the LM width and returned.
    """

    def __init__(self, c: ModelConfig):
        super().__init__()
        d = c.lm_dim
        m = len(c.ser_taps)
        self.use_caption = c.ser_use_caption
        self.vis_mlp = nn.Sequential(nn.Linear(m * c.vit_dim, c.connector_hidden), nn.GELU(),
                                     nn.Linear(c.connector_hidden, d))
        self.cap_mlp = nn.Sequential(nn.Linear(d, d), nn.GELU(), nn.Linear(d, d))
        self.vis_pos = nn.Parameter(torch.randn(1, c.num_patches, d) * 0.02)
        self.cap_pos = nn.Parameter(torch.randn(1, c.max_caption_tokens, d) * 0.02)
        self.kind = nn.Parameter(torch.randn(2, d) * 0.02)
        self.blocks = nn.ModuleList(Block(d, c.ser_heads, c.ser_mlp, c.dropout) for _ in range(c.ser_blocks))
        self.ln = nn.LayerNorm(d)
        self.proj = nn.Linear(d, d)

    def forward(self, ser_feats, caption_embeds, caption_mask=None):
        """caption_mask [B, C] (True = real token) hides the padding of a training batch; None at inference."""
        n = ser_feats.shape[1]
        x = self.vis_mlp(ser_feats) + self.vis_pos + self.kind[0]
        mask = None
        if self.use_caption:
            t = caption_embeds.shape[1]
            cap = self.cap_mlp(caption_embeds) + self.cap_pos[:, :t] + self.kind[1]
            x = torch.cat([x, cap], dim=1)
            if caption_mask is not None:
                keep = torch.cat([torch.ones(x.shape[0], n, dtype=torch.bool, device=x.device), caption_mask], 1)
                mask = keep[:, None, None, :]
        for blk in self.blocks:
            x, _, _ = blk(x, mask)
        return self.proj(self.ln(x[:, :n]))


class Decoder(nn.Module):
    """The causal LM without its token embedding (kept separate so image embeds can be spliced in)."""

    def __init__(self, c: ModelConfig, embed: nn.Embedding):
        super().__init__()
        self.c = c
        self.embed = embed
        self.pos = nn.Embedding(c.max_positions, c.lm_dim)
        self.blocks = nn.ModuleList(Block(c.lm_dim, c.lm_heads, c.lm_mlp, c.dropout) for _ in range(c.lm_layers))
        self.ln = nn.LayerNorm(c.lm_dim)
        self.drop = nn.Dropout(c.dropout)

    def forward(self, embeds, past=None):
        """embeds [B,T,D]; past: a list of (k [B,H,P,hd], v) per layer, or None.

        Returns (hidden [B,T,D], presents)."""
        b, t, _ = embeds.shape
        p = 0 if past is None else past[0][0].shape[2]
        positions = torch.arange(p, p + t, device=embeds.device).unsqueeze(0)
        x = self.drop(embeds + self.pos(positions))
        rows = torch.arange(t, device=embeds.device).unsqueeze(1) + p
        cols = torch.arange(p + t, device=embeds.device).unsqueeze(0)
        mask = (cols <= rows).unsqueeze(0).unsqueeze(0)  # [1,1,T,P+T]
        presents = []
        for i, blk in enumerate(self.blocks):
            pk, pv = (None, None) if past is None else past[i]
            x, k, v = blk(x, mask, pk, pv)
            presents.append((k, v))
        return self.ln(x), presents

    def logits(self, hidden):
        return hidden @ self.embed.weight.t()


class MMSeR(nn.Module):
    def __init__(self, c: ModelConfig):
        super().__init__()
        self.config = c
        self.vision = VisionEncoder(c)
        self.connector = Connector(c)
        self.embed = nn.Embedding(c.vocab_size, c.lm_dim)
        nn.init.normal_(self.embed.weight, std=0.02)
        self.decoder = Decoder(c, self.embed)
        self.ser = SeRConnector(c)

    # ---- the pieces the exporter turns into ONNX graphs ----
    def vision_features(self, pixels):
        states = self.vision(pixels)
        ser = torch.cat([states[i] for i in self.config.ser_taps], dim=-1)
        return states[self.config.pass1_layer], ser

    def image_embeds(self, pixels):
        feats, ser = self.vision_features(pixels)
        return self.connector(feats), ser

    def ser_embeds(self, ser_feats, caption_ids, caption_mask=None):
        return self.ser(ser_feats, self.embed(caption_ids), caption_mask)

    # ---- training ----
    def lm_loss(self, head_ids, prefix_embeds, tail_ids, labels):
        """Teacher-forced loss for one pass.

        The LM reads [embed(head_ids) ; prefix_embeds ; embed(tail_ids)], where head_ids is the fixed start of the
        prompt (the same for every sample), prefix_embeds the image (pass 1) or SeR (pass 2) embeddings, and
        tail_ids the rest of the prompt followed by the target caption, right-padded. labels[b, j] is the token that
        tail position j must predict, or -100. Right padding keeps positions identical to inference, and the causal
        mask alone keeps padding out of every real position.
        """
        b = tail_ids.shape[0]
        head = self.embed(head_ids).expand(b, -1, -1)
        x = torch.cat([head, prefix_embeds, self.embed(tail_ids)], dim=1)
        hidden, _ = self.decoder(x)
        h = hidden[:, head.shape[1] + prefix_embeds.shape[1]:]
        keep = labels != -100
        logits = self.decoder.logits(h[keep])
        return F.cross_entropy(logits, labels[keep])


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
