"""Train MM-SeR: stage 1 (vision + connector + LM captioning) and stage 2 (SeR-Connector refinement on
pseudo-initial captions, the LM fine-tuned with it while pass-1 batches keep the initial captioner intact).

    /usr/bin/python3 -m training.train --config training/configs/cpu.json [--key=value ...]
    torchrun --nproc_per_node 2 -m training.train --config ... --backend gloo     (PyTorch DDP)

Checkpoints (outside git, under --out) carry the model config and the tokenizer vocabulary; --resume continues
from the last one. Logs are JSON lines in OUT/log.jsonl.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import random
import sys
import time
from dataclasses import asdict, dataclass, field

import numpy as np
import torch
import torch.distributed as dist
import torch.nn.functional as F

from . import sequences as seq
from .model import MMSeR, ModelConfig, count_parameters
from .prepare import open_split
from .sample import MEAN, STD
from .tokenizer import WordPiece

try:
    from .data.ocr_noise import noisy_ocr
except ImportError:  # the corpus package is optional for the tiny tests
    def noisy_ocr(lines, rng):
        return list(lines)


@dataclass
class TrainConfig:
    prep: str = os.path.expanduser("~/.cache/glance/prep")
    out: str = os.path.expanduser("~/.cache/glance/run")
    stage: int = 1
    init: str = ""                 # stage 2: the stage-1 checkpoint to start from
    epochs: float = 4.0
    batch_size: int = 32
    lr: float = 6e-4
    min_lr: float = 3e-5
    warmup: int = 200
    weight_decay: float = 0.05
    grad_clip: float = 1.0
    p_detailed: float = 0.25       # share of samples trained on the detailed level
    pass1_weight: float = 0.5      # stage 2: weight of the pass-1 loss that protects the initial captioner
    p_no_text1: float = 0.5        # pass 1 often runs before OCR has finished: train it without text this often
    p_no_text2: float = 0.1        # pass 2 normally has the OCR lines; without them this often
    augment: float = 0.0           # this share of images gets a little brightness/contrast change, and of batches a
                                   # shift of up to 6 pixels: many epochs on one rendered corpus learn less by heart
    p_foreign_draft: float = 0.0   # stage 2: a draft from another image this often (a small captioner's pass 1 can be
                                   # wholly wrong; pass 2 must then rely on the image and the text, not the draft)
    repeat_sources: str = ""       # e.g. "xvfb=5": every sample of that corpus source is seen 5 times per epoch
    device: str = "cpu"
    backend: str = ""              # DDP backend under torchrun: gloo (CPU) or nccl (GPU)
    threads: int = 2
    workers: int = 1
    amp: bool = False              # bf16 autocast on CUDA
    seed: int = 1
    max_steps: int = 0             # 0 = from epochs
    max_minutes: float = 0.0       # stop (and save) after this wall time; 0 = no limit
    log_every: int = 20
    save_every: int = 500
    resume: bool = False
    model: dict = field(default_factory=dict)


class CaptionData(torch.utils.data.Dataset):
    def __init__(self, recs, pixels, tok: WordPiece, cfg: TrainConfig, mcfg: ModelConfig):
        self.recs, self.pixels, self.tok, self.cfg, self.mcfg = recs, pixels, tok, cfg, mcfg

    def __len__(self):
        return len(self.recs)

    def __getitem__(self, key):
        i, level, epoch = key
        rng = random.Random(hash((self.cfg.seed, i, epoch)))  # ints hash the same in every process: reproducible
        rec, tok = self.recs[i], self.tok
        lines = noisy_ocr([l["text"] for l in rec.get("ocr_lines", [])], rng)
        if level == "brief":
            k = rng.randrange(len(rec["captions"]))
            target = rec["captions"][k]
        else:
            k, target = -1, rec["detailed"]
        tgt = tok.encode(target)[:seq.MAX_NEW_TOKENS[level] - 1] + [tok.eos_id]
        tail1 = seq.tail_ids(tok, [] if rng.random() < self.cfg.p_no_text1 else lines, level)
        item = {"pixels": torch.from_numpy(np.ascontiguousarray(self.pixels[i])), "ids1": tail1 + tgt,
                "n1": len(tail1)}
        if self.cfg.stage == 2:
            draft = self._draft(rec, k, target, rng)[:self.mcfg.max_caption_tokens] or [tok.eos_id]
            lines2 = [] if rng.random() < self.cfg.p_no_text2 else lines
            tail2 = seq.tail_ids(tok, lines2, level, draft_ids=None if self.mcfg.single_pass else draft,
                                 max_draft_tokens=self.mcfg.max_caption_tokens)
            item.update({"ids2": tail2 + tgt, "n2": len(tail2), "draft": draft})
        return item

    def _draft(self, rec, k, target, rng):
        """A pseudo-initial caption: the corpus's edited versions of reference k (0-3 edits each), or, with
        p_foreign_draft, a caption of another image."""
        if rng.random() < self.cfg.p_foreign_draft:
            other = self.recs[rng.randrange(len(self.recs))]
            return self.tok.encode(rng.choice(other["captions"]) if k >= 0 else other["detailed"])
        if k >= 0:
            options = [p["caption"] for p in rec.get("pseudo", []) if p.get("ref") == k]
            if options:
                return self.tok.encode(rng.choice(options))
        sentences = [s for s in target.split(". ") if s]
        if len(sentences) > 1 and rng.random() < 0.6:  # a detailed draft that dropped a fact
            sentences.pop(rng.randrange(len(sentences)))
        return self.tok.encode(". ".join(sentences))


class LevelBatches(torch.utils.data.Sampler):
    """Batches of (index, level, epoch) where the whole batch shares one detail level: brief batches are much shorter
    than detailed ones, so mixing them would pad every brief sample to a detailed length."""

    def __init__(self, n: int, batch_size: int, p_detailed: float, seed: int, rank: int = 0, world: int = 1,
                 pool: list[int] | None = None):
        self.pool = list(range(n)) if pool is None else pool  # sample indices, an index repeated to see it more often
        self.n, self.bs, self.p, self.seed, self.rank, self.world = len(self.pool), batch_size, p_detailed, seed, rank, \
            world
        self.epoch = 0

    def set_epoch(self, epoch: int):
        self.epoch = epoch

    def __len__(self):
        return self.n // (self.bs * self.world)

    def __iter__(self):
        g = random.Random(self.seed * 1000003 + self.epoch)
        order = list(self.pool)
        g.shuffle(order)
        for b in range(len(self)):
            level = "detailed" if g.random() < self.p else "brief"
            start = (b * self.world + self.rank) * self.bs
            yield [(i, level, self.epoch) for i in order[start:start + self.bs]]


def _pad(seqs, value):
    n = max(len(s) for s in seqs)
    return torch.tensor([list(s) + [value] * (n - len(s)) for s in seqs], dtype=torch.long)


def _labels(ids: torch.Tensor, starts, pad: int) -> torch.Tensor:
    """labels[b, j] = ids[b, j + 1] for the target part (from starts[b] - 1 on), else -100."""
    labels = torch.full_like(ids, -100)
    labels[:, :-1] = ids[:, 1:]
    for b, s in enumerate(starts):
        labels[b, :s - 1] = -100
    labels[ids == pad] = -100
    labels[:, :-1][ids[:, 1:] == pad] = -100
    return labels


def collate(items, pad):
    batch = {"pixels": torch.stack([it["pixels"] for it in items])}
    ids1 = _pad([it["ids1"] for it in items], pad)
    batch.update(ids1=ids1, labels1=_labels(ids1, [it["n1"] for it in items], pad))
    if "ids2" in items[0]:
        ids2 = _pad([it["ids2"] for it in items], pad)
        batch.update(ids2=ids2, labels2=_labels(ids2, [it["n2"] for it in items], pad),
                     draft=_pad([it["draft"] for it in items], pad))
    return batch


def normalise(pixels_u8: torch.Tensor, augment: float = 0.0) -> torch.Tensor:
    x = pixels_u8.permute(0, 3, 1, 2).float() / 255.0
    if augment > 0:
        x = jitter(x, augment)
    mean = torch.tensor(MEAN, device=x.device).view(1, 3, 1, 1)
    std = torch.tensor(STD, device=x.device).view(1, 3, 1, 1)
    return (x - mean) / std


def jitter(x: torch.Tensor, p: float, max_shift: int = 6) -> torch.Tensor:
    """x [B,3,S,S] in [0,1]: a share p of the images gets its contrast changed by up to 15 % and its brightness by up
    to 0.06 of the range; with probability p the whole batch moves by up to max_shift pixels (edges repeated)."""
    if p <= 0:
        return x
    b = x.shape[0]
    on = (torch.rand(b, 1, 1, 1, device=x.device) < p).float()
    contrast = 1 + on * (torch.rand(b, 1, 1, 1, device=x.device) - 0.5) * 0.3
    bright = on * (torch.rand(b, 1, 1, 1, device=x.device) - 0.5) * 0.12
    mean = x.mean(dim=(1, 2, 3), keepdim=True)
    x = ((x - mean) * contrast + mean + bright).clamp(0, 1)
    if float(torch.rand(1)) < p:
        s = x.shape[-1]
        dy, dx = (int(v) for v in torch.randint(0, 2 * max_shift + 1, (2,)))
        x = F.pad(x, (max_shift,) * 4, mode="replicate")[:, :, dy:dy + s, dx:dx + s]
    return x


class TrainStep(torch.nn.Module):
    """The losses of one batch as a module, so that DDP can wrap it and synchronise the gradients."""

    def __init__(self, model: MMSeR, head: torch.Tensor, stage: int, pad: int, augment: float = 0.0):
        super().__init__()
        self.model, self.stage, self.pad, self.augment = model, stage, pad, augment
        self.register_buffer("head", head, persistent=False)

    def forward(self, batch):
        model = self.model
        pixels = normalise(batch["pixels"], self.augment if self.training else 0.0)
        if self.stage == 1:
            img, _ = model.image_embeds(pixels)
            return {"pass1": model.lm_loss(self.head, img, batch["ids1"], batch["labels1"])}
        with torch.no_grad():
            feats, ser_feats = model.vision_features(pixels)
            img = model.connector(feats)
        draft = batch["draft"]
        ser = model.ser_embeds(ser_feats, draft, draft != self.pad)
        return {"pass2": model.lm_loss(self.head, ser, batch["ids2"], batch["labels2"]),
                "pass1": model.lm_loss(self.head, img, batch["ids1"], batch["labels1"])}


def lr_at(step, total, cfg: TrainConfig, elapsed: float = 0.0):
    """Linear warm-up, then cosine decay to min_lr by the last step, or by the time limit when that comes first."""
    if step < cfg.warmup:
        return cfg.lr * (step + 1) / cfg.warmup
    p = min(1.0, (step - cfg.warmup) / max(1, total - cfg.warmup))
    if cfg.max_minutes:
        p = max(p, min(1.0, elapsed / (cfg.max_minutes * 60)))
    return cfg.min_lr + 0.5 * (cfg.lr - cfg.min_lr) * (1 + math.cos(math.pi * p))


def repeated(recs, spec: str) -> list[int]:
    """The sample indices with every sample of a named source repeated: spec "xvfb=5,chromium=2"."""
    times = {k: int(v) for k, v in (part.split("=") for part in spec.split(",") if part)}
    return [i for i, rec in enumerate(recs) for _ in range(times.get(rec.get("source"), 1))]


def load_config(argv) -> TrainConfig:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", default="")
    a, rest = ap.parse_known_args(argv)
    d = json.load(open(a.config)) if a.config else {}
    for arg in rest:  # --key=value overrides, nanoGPT style
        key, _, val = arg.lstrip("-").partition("=")
        key = key.replace("-", "_")
        if key.startswith("model."):
            d.setdefault("model", {})[key[6:]] = json.loads(val)
            continue
        if key not in TrainConfig.__dataclass_fields__:
            raise SystemExit(f"unknown option --{key}")
        default = getattr(TrainConfig(), key)
        d[key] = val if isinstance(default, str) else (val.lower() in ("1", "true", "yes") if isinstance(
            default, bool) else type(default)(val))
    for k in ("prep", "out", "init"):
        if d.get(k):
            d[k] = os.path.expanduser(d[k])
    return TrainConfig(**d)


def load_init(model: MMSeR, init: dict, cfg: TrainConfig) -> bool:
    """Loads the weights of the checkpoint init into model; returns whether its SeR-Connector was kept.
    Stage 1 takes everything. Stage 2 keeps a trained SeR-Connector when the model is the same (a config file that
    repeats it included); one that stage 1 never trained, or an ablation that changes it, starts afresh."""
    keep = cfg.stage == 1 or (ser_trained(init) and all(init["config"].get(k) == v for k, v in cfg.model.items()))
    if keep:
        model.load_state_dict(init["model"])
    else:
        model.load_state_dict({k: v for k, v in init["model"].items() if not k.startswith("ser.")}, strict=False)
    return keep


def ser_trained(ck: dict) -> bool:
    """Whether a checkpoint's SeR-Connector was trained: it comes from stage 2, or from stage 1 continued from such a
    checkpoint (stage 1 leaves the SeR-Connector as it is, so a later stage 2 can go on from it)."""
    return ck["train"].get("stage") == 2 or bool(ck.get("ser_trained"))


def main(argv=None):
    cfg = load_config(sys.argv[1:] if argv is None else argv)
    distributed = int(os.environ.get("WORLD_SIZE", "1")) > 1
    rank, world = 0, 1
    if distributed:
        dist.init_process_group(cfg.backend or ("nccl" if cfg.device == "cuda" else "gloo"))
        rank, world = dist.get_rank(), dist.get_world_size()
    device = torch.device(f"cuda:{int(os.environ.get('LOCAL_RANK', 0))}" if cfg.device == "cuda" else "cpu")
    torch.set_num_threads(cfg.threads)
    torch.manual_seed(cfg.seed + rank)
    os.makedirs(cfg.out, exist_ok=True)
    tok = WordPiece.load(os.path.join(cfg.prep, "tokenizer.json"))
    recs, pixels = open_split(cfg.prep, "train", 0)
    if cfg.stage == 2:  # model overrides here are the ablation switches of the SeR-Connector
        init = torch.load(cfg.init, map_location="cpu", weights_only=False)
        mcfg = ModelConfig.from_dict({**init["config"], **cfg.model})
    elif cfg.init:  # stage 1 continued from earlier weights (e.g. on a larger corpus with the same tokenizer)
        init = torch.load(cfg.init, map_location="cpu", weights_only=False)
        mcfg = ModelConfig.from_dict(init["config"])
        assert mcfg.vocab_size == len(tok), "the tokenizer differs from the one the weights were trained with"
    else:
        init = None
        mcfg = ModelConfig.from_dict({**ModelConfig().to_dict(), **cfg.model, "vocab_size": len(tok)})
    assert pixels.shape[1] == mcfg.image_size, "prepared image size differs from the model's"
    model = MMSeR(mcfg)
    if init:
        load_init(model, init, cfg)
    model.to(device)
    if cfg.stage == 2:  # the encoder and the pass-1 connector stay as stage 1 made them
        for p in list(model.vision.parameters()) + list(model.connector.parameters()):
            p.requires_grad_(False)
    else:  # stage 1 does not use the SeR-Connector (and DDP must not wait for its gradients)
        for p in model.ser.parameters():
            p.requires_grad_(False)
    params = [p for p in model.parameters() if p.requires_grad]
    decay = [p for p in params if p.dim() >= 2]
    no_decay = [p for p in params if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": cfg.weight_decay},
                             {"params": no_decay, "weight_decay": 0.0}], lr=cfg.lr, betas=(0.9, 0.98))
    head = torch.tensor([seq.head_ids(tok)], device=device)
    stepper = TrainStep(model, head, cfg.stage, tok.pad_id, cfg.augment)
    if distributed:
        stepper = torch.nn.parallel.DistributedDataParallel(stepper, find_unused_parameters=cfg.stage == 2)
    data = CaptionData(recs, pixels, tok, cfg, mcfg)
    sampler = LevelBatches(len(data), cfg.batch_size, cfg.p_detailed, cfg.seed, rank, world,
                           pool=repeated(recs, cfg.repeat_sources))
    loader = torch.utils.data.DataLoader(data, batch_sampler=sampler, num_workers=cfg.workers,
                                         collate_fn=lambda b: collate(b, tok.pad_id),
                                         persistent_workers=cfg.workers > 0)
    steps_per_epoch = max(1, len(loader))
    total = cfg.max_steps or int(cfg.epochs * steps_per_epoch)
    ckpt_path = os.path.join(cfg.out, f"stage{cfg.stage}.pt")
    step, t_start, trained_seconds = 0, time.time(), 0.0
    if cfg.resume and os.path.exists(ckpt_path):
        ck = torch.load(ckpt_path, map_location="cpu", weights_only=False)
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["optimizer"])
        step, trained_seconds = ck["step"], ck.get("seconds", 0.0)
    if rank == 0:
        print(f"stage {cfg.stage}: {count_parameters(model) / 1e6:.2f}M parameters, {len(data)} samples, "
              f"{total} steps of {cfg.batch_size * world}", file=sys.stderr)
    log = open(os.path.join(cfg.out, "log.jsonl"), "a") if rank == 0 else None

    def save(final=False):
        if rank != 0:
            return
        ck = {"model": model.state_dict(), "optimizer": opt.state_dict(), "step": step, "config": mcfg.to_dict(),
              "train": asdict(cfg), "vocab": tok.vocab, "seconds": trained_seconds + time.time() - t_start,
              "final": final, "ser_trained": cfg.stage == 2 or bool(init and ser_trained(init))}
        torch.save(ck, ckpt_path + ".tmp")
        os.replace(ckpt_path + ".tmp", ckpt_path)

    amp_context = torch.autocast("cuda", dtype=torch.bfloat16) if cfg.amp and cfg.device == "cuda" \
        else contextlib.nullcontext()
    stepper.train()
    if cfg.stage == 2:  # frozen parts run without dropout
        model.vision.eval()
        model.connector.eval()
    epoch = step // steps_per_epoch
    done = step >= total
    t_log, seen = time.time(), 0
    while not done:
        sampler.set_epoch(epoch)
        for batch in loader:
            batch = {k: v.to(device, non_blocking=True) for k, v in batch.items()}
            for g in opt.param_groups:
                g["lr"] = lr_at(step, total, cfg, time.time() - t_start)
            with amp_context:
                parts = stepper(batch)
                loss = parts.get("pass2", 0) + (cfg.pass1_weight if cfg.stage == 2 else 1.0) * parts["pass1"]
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, cfg.grad_clip)
            opt.step()
            step += 1
            seen += batch["pixels"].shape[0] * world
            if rank == 0 and step % cfg.log_every == 0:
                rate = seen / (time.time() - t_log)
                row = {"stage": cfg.stage, "step": step, "epoch": round(step / steps_per_epoch, 3),
                       "lr": round(opt.param_groups[0]["lr"], 7), "img_per_s": round(rate, 1),
                       **{k: round(float(v), 4) for k, v in parts.items()}}
                log.write(json.dumps(row) + "\n")
                log.flush()
                print(json.dumps(row), file=sys.stderr)
                t_log, seen = time.time(), 0
            if step % cfg.save_every == 0:
                save()
            out_of_time = cfg.max_minutes and (time.time() - t_start) / 60 > cfg.max_minutes
            if step >= total or out_of_time:
                done = True
                break
        epoch += 1
    save(final=True)
    if rank == 0:
        print(f"saved {ckpt_path} after {step} steps", file=sys.stderr)
    if distributed:
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
