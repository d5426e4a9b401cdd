"""Afterview's add-in icons, drawn as PNG images: a check mark on a blue tile (``color``) or a
white check mark on transparency (``outline``, as the unified manifest asks for)."""
from __future__ import annotations

import functools
import struct
import zlib

SIZES = (16, 32, 64, 80, 128, 192)
TILE = (11, 87, 208)  # the pane's accent colour
WHITE = (255, 255, 255)
CHECK = ((0.27, 0.52), (0.43, 0.68), (0.74, 0.36))  # the mark's corners, as fractions of the side
SAMPLES = 3  # per axis, for smooth edges


def _png(width: int, rows: list[bytes]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, len(rows), 8, 6, 0, 0, 0)  # 8-bit RGBA
    raw = b"".join(b"\x00" + row for row in rows)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def _near_check(x: float, y: float, width: float) -> bool:
    for (ax, ay), (bx, by) in zip(CHECK, CHECK[1:], strict=False):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        if (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= width * width:
            return True
    return False


def _in_tile(x: float, y: float, radius: float = 0.2) -> bool:
    cx, cy = min(max(x, radius), 1 - radius), min(max(y, radius), 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius


def _pixel(px: int, py: int, size: int, outline: bool) -> bytes:
    tile = mark = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            x, y = (px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size
            tile += _in_tile(x, y)
            mark += _near_check(x, y, 0.06 if outline else 0.055)
    total = SAMPLES * SAMPLES
    if outline:
        return bytes((*WHITE, round(255 * mark / total)))
    if not tile:
        return b"\x00\x00\x00\x00"
    share = mark / max(tile, 1)
    colour = [round(t + (w - t) * share) for t, w in zip(TILE, WHITE, strict=True)]
    return bytes((*colour, round(255 * tile / total)))


@functools.lru_cache(maxsize=16)
def icon(size: int, outline: bool = False) -> bytes:
    """The PNG image of the icon at ``size`` pixels square."""
    if size not in SIZES:
        raise ValueError(f"no icon of size {size}")
    rows = [b"".join(_pixel(x, y, size, outline) for x in range(size)) for y in range(size)]
    return _png(size, rows)
