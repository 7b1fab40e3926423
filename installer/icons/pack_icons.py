#!/usr/bin/env python3
"""Packs rendered PNGs into a Windows .ico and a macOS .icns. Both formats may hold PNG data as it is, so no image
library is needed and the output depends only on the PNG bytes (reproducible).

usage: pack_icons.py PNG_DIR OUT.ico OUT.icns   (PNG_DIR holds factdesk-<size>.png)
"""
import struct
import sys
from pathlib import Path

ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# icns element types that hold PNG data, and the pixel size each one wants
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)]


def png(folder, size):
    return (Path(folder) / f"factdesk-{size}.png").read_bytes()


def write_ico(folder, out):
    images = [png(folder, size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images):
        # width and height 0 mean 256; planes 1, 32 bits per pixel
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    Path(out).write_bytes(header + entries + b"".join(images))


def write_icns(folder, out):
    body = b"".join(kind + struct.pack(">I", 8 + len(png(folder, size))) + png(folder, size)
                    for kind, size in ICNS_TYPES)
    Path(out).write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    write_ico(sys.argv[1], sys.argv[2])
    write_icns(sys.argv[1], sys.argv[3])
