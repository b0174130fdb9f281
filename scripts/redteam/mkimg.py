#!/usr/bin/env python3
"""Synthetic test images, stdlib only. mkimg.py jpeg|png OUT W H SEED [ORIENT]
JPEG: baseline greyscale, coefficients drawn directly in the DCT domain (no DCT needed),
quant table of ones, home-made Huffman tables (fixed-length codes). W, H multiples of 8."""
import sys, random, struct, zlib, math
kind, out, W, H, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
orient = int(sys.argv[6]) if len(sys.argv) > 6 else 0
rotcw = len(sys.argv) > 7 and sys.argv[7] == 'rotcw'  # pixels physically rotated 90 deg clockwise
rnd = random.Random(seed)
def val(x, y):  # smooth synthetic pattern 0..255
    return int(128 + 60*math.sin(x/(9+seed%5)+seed) * math.cos(y/(13+seed%3)) + 50*math.sin((x+2*y)/31.0))
if kind == 'png':
    raw = b''.join(b'\x00' + bytes(max(0, min(255, val(x, y))) for x in range(W)) for y in range(H))
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    open(out, 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, H, 8, 0, 0, 0, 0))
                          + chunk(b'IDAT', zlib.compress(raw, 6)) + chunk(b'IEND', b''))
    sys.exit(0)
# --- JPEG ---
dc_syms = list(range(12))                                   # all 4-bit codes
ac_syms = [0x00, 0xF0] + [(r << 4) | s for r in range(16) for s in range(1, 11)]  # 162 syms, all 8-bit codes
dc_code = {s: (i, 4) for i, s in enumerate(dc_syms)}
ac_code = {s: (i, 8) for i, s in enumerate(ac_syms)}
bits = []
def put(v, n):
    for k in range(n - 1, -1, -1): bits.append((v >> k) & 1)
def enc(v):
    if v == 0: return 0, 0
    s = abs(v).bit_length(); return s, (v if v > 0 else v + (1 << s) - 1)
zz = sorted(((u, v) for u in range(8) for v in range(8)), key=lambda p: (p[0]+p[1], p[1] if (p[0]+p[1]) % 2 else p[0]))  # (row v?,) zigzag
# zz[k] = (r, c): row (vertical freq), column (horizontal freq)
zz = [(r, c) for (r, c) in sorted(((r, c) for r in range(8) for c in range(8)), key=lambda p: (p[0]+p[1], p[0] if (p[0]+p[1]) % 2 else p[1]))]
grid = []
for by in range(H // 8):
    row = []
    for bx in range(W // 8):
        mean = val(bx*8 + 4, by*8 + 4)
        m = [[0]*8 for _ in range(8)]
        m[0][0] = max(-1023, min(1016, 8*(mean - 128)))
        for k in range(1, 10):
            r, c = zz[k]; m[r][c] = rnd.randint(-40, 40)
        row.append(m)
    grid.append(row)
if rotcw:  # transpose, then mirror horizontally
    grid = [[[[grid[by][bx][c][r] for c in range(8)] for r in range(8)] for by in range(len(grid))] for bx in range(len(grid[0]))]
    grid = [[[[m[r][c] * (-1 if c % 2 else 1) for c in range(8)] for r in range(8)] for m in reversed(row)] for row in grid]
    W, H = H, W
pred = 0
for row in grid:
    for m in row:
        co = [m[r][c] for (r, c) in zz]
        d = co[0] - pred; pred = co[0]
        s, b = enc(d); c, n = dc_code[s]; put(c, n); put(b, s)
        run = 0
        last = max([k for k in range(1, 64) if co[k] != 0], default=0)
        for k in range(1, last + 1):
            if co[k] == 0: run += 1; continue
            while run > 15: c, n = ac_code[0xF0]; put(c, n); run -= 16
            s, b = enc(co[k]); c, n = ac_code[(run << 4) | s]; put(c, n); put(b, s); run = 0
        if last < 63: c, n = ac_code[0]; put(c, n)
while len(bits) % 8: bits.append(1)
data = bytearray()
for i in range(0, len(bits), 8):
    byte = int(''.join(map(str, bits[i:i+8])), 2); data.append(byte)
    if byte == 0xFF: data.append(0)
def seg(m, p): return bytes([0xFF, m]) + struct.pack('>H', len(p) + 2) + p
def dht(tc, syms, length):
    counts = [0]*16; counts[length - 1] = len(syms); return bytes([tc]) + bytes(counts) + bytes(syms)
j = b'\xFF\xD8'
if orient:
    tiff = b'MM\x00\x2a\x00\x00\x00\x08' + struct.pack('>H', 1) + struct.pack('>HHIHH', 0x0112, 3, 1, orient, 0) + b'\x00\x00\x00\x00'
    j += seg(0xE1, b'Exif\x00\x00' + tiff)
j += seg(0xDB, b'\x00' + bytes([1]*64))
j += seg(0xC0, struct.pack('>BHHB', 8, H, W, 1) + b'\x01\x11\x00')
j += seg(0xC4, dht(0x00, dc_syms, 4) + dht(0x10, ac_syms, 8))
j += seg(0xDA, b'\x01\x01\x00\x00\x3f\x00') + bytes(data) + b'\xFF\xD9'
open(out, 'wb').write(j)
