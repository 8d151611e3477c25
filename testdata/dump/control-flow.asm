program tt_p0_0: usdt:./difftarget:dt:val (kprobe, 286 instructions)
; uprobe at ./difftarget file offset 0x13d8 (USDT dt:val at address 0x13d8), args -4@-12(%rbp) -4@-116(%rbp) -4@-120(%rbp)
; 25: usdt:./difftarget:dt:val ...
   0: (bf) r6 = r1
   1: (b7) r1 = 0
   2: (7b) *(u64 *)(r10 -32) = r1
; 27: arg1 = -4@-116(%rbp): load rbp from pt_regs, add -116, read 4 bytes, sign-extend
   3: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   4: (07) r3 += -116
   5: (bf) r1 = r10
   6: (07) r1 += -8
   7: (b7) r2 = 4
   8: (85) call bpf_probe_read_user#112
   9: (61) r0 = *(u32 *)(r10 -8)
  10: (67) r0 <<= 32
  11: (c7) r0 s>>= 32
; 27: $v = (int32)arg1
  12: (bf) r7 = r0
  13: (67) r7 <<= 32
  14: (c7) r7 s>>= 32
  15: (7b) *(u64 *)(r10 -32) = r7
; 28: $v < 0
  16: (79) r0 = *(u64 *)(r10 -32)
  17: (bf) r7 = r0
  18: (c5) if r7 s< 0x0 goto pc+2        ; to 21
  19: (b7) r7 = 0
  20: (05) goto pc+1                     ; to 22
  21: (b7) r7 = 1
  22: (15) if r7 == 0x0 goto pc+91       ; to 114
; 29: printf("%d: %d is negative\n", arg0, $v)
  23: (18) r1 = map[events]
  25: (b7) r2 = 24
  26: (b7) r3 = 0
  27: (85) call bpf_ringbuf_reserve#131
  28: (15) if r0 == 0x0 goto pc+23       ; to 52
  29: (b7) r1 = 0
  30: (7b) *(u64 *)(r0 +0) = r1
  31: (7b) *(u64 *)(r10 -24) = r0
; 29: arg0 = -4@-12(%rbp): load rbp from pt_regs, add -12, read 4 bytes, sign-extend
  32: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  33: (07) r3 += -12
  34: (bf) r1 = r10
  35: (07) r1 += -8
  36: (b7) r2 = 4
  37: (85) call bpf_probe_read_user#112
  38: (61) r0 = *(u32 *)(r10 -8)
  39: (67) r0 <<= 32
  40: (c7) r0 s>>= 32
  41: (bf) r7 = r0
  42: (79) r1 = *(u64 *)(r10 -24)
  43: (7b) *(u64 *)(r1 +8) = r7
; 29: $v
  44: (79) r0 = *(u64 *)(r10 -32)
  45: (bf) r7 = r0
  46: (79) r1 = *(u64 *)(r10 -24)
  47: (7b) *(u64 *)(r1 +16) = r7
; 29: printf("%d: %d is negative\n", arg0, $v)
  48: (79) r1 = *(u64 *)(r10 -24)
  49: (b7) r2 = 0
  50: (85) call bpf_ringbuf_submit#132
  51: (05) goto pc+11                    ; to 63
  52: (b7) r1 = 0
  53: (63) *(u32 *)(r10 -8) = r1
  54: (18) r1 = map[lost]
  56: (bf) r2 = r10
  57: (07) r2 += -8
  58: (85) call bpf_map_lookup_elem#1
  59: (15) if r0 == 0x0 goto pc+3        ; to 63
  60: (79) r1 = *(u64 *)(r0 +0)
  61: (07) r1 += 1
  62: (7b) *(u64 *)(r0 +0) = r1
; 30: @sign["negative"] = count()
  63: (b7) r1 = 0
  64: (7b) *(u64 *)(r10 -48) = r1
  65: (7b) *(u64 *)(r10 -40) = r1
  66: (bf) r1 = r10
  67: (07) r1 += -48
  68: (62) *(u32 *)(r1 +0) = 1634166126
  69: (62) *(u32 *)(r1 +4) = 1702259060
  70: (72) *(u8 *)(r1 +8) = 0
  71: (18) r1 = map[m0_sign]
  73: (bf) r2 = r10
  74: (07) r2 += -48
  75: (85) call bpf_map_lookup_elem#1
  76: (55) if r0 != 0x0 goto pc+33       ; to 110
  77: (b7) r1 = 0
  78: (63) *(u32 *)(r10 -16) = r1
  79: (18) r1 = map[zeroes]
  81: (bf) r2 = r10
  82: (07) r2 += -16
  83: (85) call bpf_map_lookup_elem#1
  84: (15) if r0 == 0x0 goto pc+28       ; to 113
  85: (bf) r3 = r0
  86: (18) r1 = map[m0_sign]
  88: (bf) r2 = r10
  89: (07) r2 += -48
  90: (b7) r4 = 1
  91: (85) call bpf_map_update_elem#2
  92: (18) r1 = map[m0_sign]
  94: (bf) r2 = r10
  95: (07) r2 += -48
  96: (85) call bpf_map_lookup_elem#1
  97: (55) if r0 != 0x0 goto pc+12       ; to 110
  98: (b7) r1 = 0
  99: (63) *(u32 *)(r10 -8) = r1
 100: (18) r1 = map[dropped]
 102: (bf) r2 = r10
 103: (07) r2 += -8
 104: (85) call bpf_map_lookup_elem#1
 105: (15) if r0 == 0x0 goto pc+3        ; to 109
 106: (79) r1 = *(u64 *)(r0 +0)
 107: (07) r1 += 1
 108: (7b) *(u64 *)(r0 +0) = r1
 109: (05) goto pc+3                     ; to 113
 110: (79) r1 = *(u64 *)(r0 +0)
 111: (07) r1 += 1
 112: (7b) *(u64 *)(r0 +0) = r1
; 28: if ($v < 0) { ...
 113: (05) goto pc+170                   ; to 284
; 31: $v == 0
 114: (79) r0 = *(u64 *)(r10 -32)
 115: (bf) r7 = r0
 116: (15) if r7 == 0x0 goto pc+2        ; to 119
 117: (b7) r7 = 0
 118: (05) goto pc+1                     ; to 120
 119: (b7) r7 = 1
 120: (15) if r7 == 0x0 goto pc+51       ; to 172
; 32: @sign["zero"] = count()
 121: (b7) r1 = 0
 122: (7b) *(u64 *)(r10 -48) = r1
 123: (7b) *(u64 *)(r10 -40) = r1
 124: (bf) r1 = r10
 125: (07) r1 += -48
 126: (62) *(u32 *)(r1 +0) = 1869768058
 127: (62) *(u32 *)(r1 +4) = 0
 128: (72) *(u8 *)(r1 +8) = 0
 129: (18) r1 = map[m0_sign]
 131: (bf) r2 = r10
 132: (07) r2 += -48
 133: (85) call bpf_map_lookup_elem#1
 134: (55) if r0 != 0x0 goto pc+33       ; to 168
 135: (b7) r1 = 0
 136: (63) *(u32 *)(r10 -16) = r1
 137: (18) r1 = map[zeroes]
 139: (bf) r2 = r10
 140: (07) r2 += -16
 141: (85) call bpf_map_lookup_elem#1
 142: (15) if r0 == 0x0 goto pc+28       ; to 171
 143: (bf) r3 = r0
 144: (18) r1 = map[m0_sign]
 146: (bf) r2 = r10
 147: (07) r2 += -48
 148: (b7) r4 = 1
 149: (85) call bpf_map_update_elem#2
 150: (18) r1 = map[m0_sign]
 152: (bf) r2 = r10
 153: (07) r2 += -48
 154: (85) call bpf_map_lookup_elem#1
 155: (55) if r0 != 0x0 goto pc+12       ; to 168
 156: (b7) r1 = 0
 157: (63) *(u32 *)(r10 -8) = r1
 158: (18) r1 = map[dropped]
 160: (bf) r2 = r10
 161: (07) r2 += -8
 162: (85) call bpf_map_lookup_elem#1
 163: (15) if r0 == 0x0 goto pc+3        ; to 167
 164: (79) r1 = *(u64 *)(r0 +0)
 165: (07) r1 += 1
 166: (7b) *(u64 *)(r0 +0) = r1
 167: (05) goto pc+3                     ; to 171
 168: (79) r1 = *(u64 *)(r0 +0)
 169: (07) r1 += 1
 170: (7b) *(u64 *)(r0 +0) = r1
; 31: if ($v == 0) { ...
 171: (05) goto pc+112                   ; to 284
; 34: @sign["positive"] = count()
 172: (b7) r1 = 0
 173: (7b) *(u64 *)(r10 -48) = r1
 174: (7b) *(u64 *)(r10 -40) = r1
 175: (bf) r1 = r10
 176: (07) r1 += -48
 177: (62) *(u32 *)(r1 +0) = 1769172848
 178: (62) *(u32 *)(r1 +4) = 1702259060
 179: (72) *(u8 *)(r1 +8) = 0
 180: (18) r1 = map[m0_sign]
 182: (bf) r2 = r10
 183: (07) r2 += -48
 184: (85) call bpf_map_lookup_elem#1
 185: (55) if r0 != 0x0 goto pc+33       ; to 219
 186: (b7) r1 = 0
 187: (63) *(u32 *)(r10 -16) = r1
 188: (18) r1 = map[zeroes]
 190: (bf) r2 = r10
 191: (07) r2 += -16
 192: (85) call bpf_map_lookup_elem#1
 193: (15) if r0 == 0x0 goto pc+28       ; to 222
 194: (bf) r3 = r0
 195: (18) r1 = map[m0_sign]
 197: (bf) r2 = r10
 198: (07) r2 += -48
 199: (b7) r4 = 1
 200: (85) call bpf_map_update_elem#2
 201: (18) r1 = map[m0_sign]
 203: (bf) r2 = r10
 204: (07) r2 += -48
 205: (85) call bpf_map_lookup_elem#1
 206: (55) if r0 != 0x0 goto pc+12       ; to 219
 207: (b7) r1 = 0
 208: (63) *(u32 *)(r10 -8) = r1
 209: (18) r1 = map[dropped]
 211: (bf) r2 = r10
 212: (07) r2 += -8
 213: (85) call bpf_map_lookup_elem#1
 214: (15) if r0 == 0x0 goto pc+3        ; to 218
 215: (79) r1 = *(u64 *)(r0 +0)
 216: (07) r1 += 1
 217: (7b) *(u64 *)(r0 +0) = r1
 218: (05) goto pc+3                     ; to 222
 219: (79) r1 = *(u64 *)(r0 +0)
 220: (07) r1 += 1
 221: (7b) *(u64 *)(r0 +0) = r1
; 35: @size[$v < 1000 ? "small" : "large"] = count()
 222: (b7) r1 = 0
 223: (7b) *(u64 *)(r10 -48) = r1
 224: (79) r0 = *(u64 *)(r10 -32)
 225: (bf) r8 = r0
 226: (c5) if r8 s< 0x3e8 goto pc+2      ; to 229
 227: (b7) r8 = 0
 228: (05) goto pc+1                     ; to 230
 229: (b7) r8 = 1
 230: (15) if r8 == 0x0 goto pc+6        ; to 237
 231: (bf) r1 = r10
 232: (07) r1 += -48
 233: (62) *(u32 *)(r1 +0) = 1818324339
 234: (72) *(u8 *)(r1 +4) = 108
 235: (72) *(u8 *)(r1 +5) = 0
 236: (05) goto pc+5                     ; to 242
 237: (bf) r1 = r10
 238: (07) r1 += -48
 239: (62) *(u32 *)(r1 +0) = 1735549292
 240: (72) *(u8 *)(r1 +4) = 101
 241: (72) *(u8 *)(r1 +5) = 0
 242: (18) r1 = map[m1_size]
 244: (bf) r2 = r10
 245: (07) r2 += -48
 246: (85) call bpf_map_lookup_elem#1
 247: (55) if r0 != 0x0 goto pc+33       ; to 281
 248: (b7) r1 = 0
 249: (63) *(u32 *)(r10 -16) = r1
 250: (18) r1 = map[zeroes]
 252: (bf) r2 = r10
 253: (07) r2 += -16
 254: (85) call bpf_map_lookup_elem#1
 255: (15) if r0 == 0x0 goto pc+28       ; to 284
 256: (bf) r3 = r0
 257: (18) r1 = map[m1_size]
 259: (bf) r2 = r10
 260: (07) r2 += -48
 261: (b7) r4 = 1
 262: (85) call bpf_map_update_elem#2
 263: (18) r1 = map[m1_size]
 265: (bf) r2 = r10
 266: (07) r2 += -48
 267: (85) call bpf_map_lookup_elem#1
 268: (55) if r0 != 0x0 goto pc+12       ; to 281
 269: (b7) r1 = 0
 270: (63) *(u32 *)(r10 -8) = r1
 271: (18) r1 = map[dropped]
 273: (bf) r2 = r10
 274: (07) r2 += -8
 275: (85) call bpf_map_lookup_elem#1
 276: (15) if r0 == 0x0 goto pc+3        ; to 280
 277: (79) r1 = *(u64 *)(r0 +0)
 278: (07) r1 += 1
 279: (7b) *(u64 *)(r0 +0) = r1
 280: (05) goto pc+3                     ; to 284
 281: (79) r1 = *(u64 *)(r0 +0)
 282: (07) r1 += 1
 283: (7b) *(u64 *)(r0 +0) = r1
; 25: usdt:./difftarget:dt:val ...
 284: (b7) r0 = 0
 285: (95) exit
