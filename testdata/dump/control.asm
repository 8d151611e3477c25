program tt_p0_0: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 350 instructions)
; uprobe at ./test-server-bounded file offset 0x123e (USDT test_grp:test_idx at address 0x123e), args -4@-4(%rbp)
; 17: usdt:./test-server-bounded:test_grp:test_idx ...
   0: (bf) r6 = r1
   1: (b7) r1 = 0
   2: (7b) *(u64 *)(r10 -96) = r1
   3: (7b) *(u64 *)(r10 -32) = r1
   4: (7b) *(u64 *)(r10 -40) = r1
   5: (7b) *(u64 *)(r10 -48) = r1
   6: (7b) *(u64 *)(r10 -56) = r1
; 19: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
   7: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   8: (07) r3 += -4
   9: (bf) r1 = r10
  10: (07) r1 += -8
  11: (b7) r2 = 4
  12: (85) call bpf_probe_read_user#112
  13: (61) r0 = *(u32 *)(r10 -8)
  14: (67) r0 <<= 32
  15: (c7) r0 s>>= 32
; 19: arg0 > 4
  16: (25) if r0 > 0x4 goto pc+2         ; to 19
  17: (b7) r7 = 0
  18: (05) goto pc+1                     ; to 20
  19: (b7) r7 = 1
  20: (15) if r7 == 0x0 goto pc+5        ; to 26
; 20: $class = "big"
  21: (bf) r1 = r10
  22: (07) r1 += -32
  23: (62) *(u32 *)(r1 +0) = 6777186
  24: (62) *(u32 *)(r1 +4) = 0
; 19: if (arg0 > 4) { ...
  25: (05) goto pc+23                    ; to 49
; 21: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  26: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  27: (07) r3 += -4
  28: (bf) r1 = r10
  29: (07) r1 += -8
  30: (b7) r2 = 4
  31: (85) call bpf_probe_read_user#112
  32: (61) r0 = *(u32 *)(r10 -8)
  33: (67) r0 <<= 32
  34: (c7) r0 s>>= 32
; 21: arg0 > 2
  35: (25) if r0 > 0x2 goto pc+2         ; to 38
  36: (b7) r7 = 0
  37: (05) goto pc+1                     ; to 39
  38: (b7) r7 = 1
  39: (15) if r7 == 0x0 goto pc+5        ; to 45
; 22: $class = "medium"
  40: (bf) r1 = r10
  41: (07) r1 += -32
  42: (62) *(u32 *)(r1 +0) = 1768187245
  43: (62) *(u32 *)(r1 +4) = 28021
; 21: if (arg0 > 2) { ...
  44: (05) goto pc+4                     ; to 49
; 24: $class = "small"
  45: (bf) r1 = r10
  46: (07) r1 += -32
  47: (62) *(u32 *)(r1 +0) = 1818324339
  48: (62) *(u32 *)(r1 +4) = 108
; 26: $i = 0
  49: (b7) r7 = 0
  50: (7b) *(u64 *)(r10 -40) = r7
; 27: $sum = 0
  51: (b7) r7 = 0
  52: (7b) *(u64 *)(r10 -48) = r7
; 28: 1
  53: (b7) r7 = 1
  54: (15) if r7 == 0x0 goto pc+42       ; to 97
; 28: while (1) { ...
  55: (79) r1 = *(u64 *)(r10 -96)
  56: (35) if r1 >= 0x25 goto pc+36      ; to 93
  57: (07) r1 += 1
  58: (7b) *(u64 *)(r10 -96) = r1
; 29: $i++
  59: (79) r0 = *(u64 *)(r10 -40)
  60: (bf) r7 = r0
  61: (07) r0 += 1
  62: (7b) *(u64 *)(r10 -40) = r0
; 30: $i > arg0
  63: (79) r7 = *(u64 *)(r10 -40)
; 30: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  64: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  65: (07) r3 += -4
  66: (bf) r1 = r10
  67: (07) r1 += -8
  68: (b7) r2 = 4
  69: (85) call bpf_probe_read_user#112
  70: (61) r0 = *(u32 *)(r10 -8)
  71: (67) r0 <<= 32
  72: (c7) r0 s>>= 32
; 30: $i > arg0
  73: (2d) if r7 > r0 goto pc+2          ; to 76
  74: (b7) r7 = 0
  75: (05) goto pc+1                     ; to 77
  76: (b7) r7 = 1
  77: (15) if r7 == 0x0 goto pc+1        ; to 79
; 31: break
  78: (05) goto pc+18                    ; to 97
; 33: $i % 2 == 0
  79: (79) r0 = *(u64 *)(r10 -40)
  80: (bf) r7 = r0
  81: (97) r7 s%= 2
  82: (15) if r7 == 0x0 goto pc+2        ; to 85
  83: (b7) r7 = 0
  84: (05) goto pc+1                     ; to 86
  85: (b7) r7 = 1
  86: (15) if r7 == 0x0 goto pc+1        ; to 88
; 34: continue
  87: (05) goto pc-35                    ; to 53
; 36: $sum += $i
  88: (79) r7 = *(u64 *)(r10 -48)
  89: (79) r0 = *(u64 *)(r10 -40)
  90: (0f) r7 += r0
  91: (7b) *(u64 *)(r10 -48) = r7
; 28: while (1) { ...
  92: (05) goto pc-40                    ; to 53
  93: (18) r1 = map[loops][0]+0
  95: (b7) r2 = 1
  96: (db) lock *(u64 *)(r1 +0) += r2
; 38: $x = 0
  97: (b7) r7 = 0
  98: (7b) *(u64 *)(r10 -56) = r7
; 40: $x += arg0
  99: (79) r7 = *(u64 *)(r10 -56)
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 100: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 101: (07) r3 += -4
 102: (bf) r1 = r10
 103: (07) r1 += -8
 104: (b7) r2 = 4
 105: (85) call bpf_probe_read_user#112
 106: (61) r0 = *(u32 *)(r10 -8)
 107: (67) r0 <<= 32
 108: (c7) r0 s>>= 32
; 40: $x += arg0
 109: (0f) r7 += r0
 110: (7b) *(u64 *)(r10 -56) = r7
 111: (79) r7 = *(u64 *)(r10 -56)
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 112: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 113: (07) r3 += -4
 114: (bf) r1 = r10
 115: (07) r1 += -8
 116: (b7) r2 = 4
 117: (85) call bpf_probe_read_user#112
 118: (61) r0 = *(u32 *)(r10 -8)
 119: (67) r0 <<= 32
 120: (c7) r0 s>>= 32
; 40: $x += arg0
 121: (0f) r7 += r0
 122: (7b) *(u64 *)(r10 -56) = r7
 123: (79) r7 = *(u64 *)(r10 -56)
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 124: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 125: (07) r3 += -4
 126: (bf) r1 = r10
 127: (07) r1 += -8
 128: (b7) r2 = 4
 129: (85) call bpf_probe_read_user#112
 130: (61) r0 = *(u32 *)(r10 -8)
 131: (67) r0 <<= 32
 132: (c7) r0 s>>= 32
; 40: $x += arg0
 133: (0f) r7 += r0
 134: (7b) *(u64 *)(r10 -56) = r7
 135: (79) r7 = *(u64 *)(r10 -56)
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 136: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 137: (07) r3 += -4
 138: (bf) r1 = r10
 139: (07) r1 += -8
 140: (b7) r2 = 4
 141: (85) call bpf_probe_read_user#112
 142: (61) r0 = *(u32 *)(r10 -8)
 143: (67) r0 <<= 32
 144: (c7) r0 s>>= 32
; 40: $x += arg0
 145: (0f) r7 += r0
 146: (7b) *(u64 *)(r10 -56) = r7
 147: (79) r7 = *(u64 *)(r10 -56)
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 148: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 149: (07) r3 += -4
 150: (bf) r1 = r10
 151: (07) r1 += -8
 152: (b7) r2 = 4
 153: (85) call bpf_probe_read_user#112
 154: (61) r0 = *(u32 *)(r10 -8)
 155: (67) r0 <<= 32
 156: (c7) r0 s>>= 32
; 40: $x += arg0
 157: (0f) r7 += r0
 158: (7b) *(u64 *)(r10 -56) = r7
 159: (79) r7 = *(u64 *)(r10 -56)
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 160: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 161: (07) r3 += -4
 162: (bf) r1 = r10
 163: (07) r1 += -8
 164: (b7) r2 = 4
 165: (85) call bpf_probe_read_user#112
 166: (61) r0 = *(u32 *)(r10 -8)
 167: (67) r0 <<= 32
 168: (c7) r0 s>>= 32
; 40: $x += arg0
 169: (0f) r7 += r0
 170: (7b) *(u64 *)(r10 -56) = r7
 171: (79) r7 = *(u64 *)(r10 -56)
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 172: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 173: (07) r3 += -4
 174: (bf) r1 = r10
 175: (07) r1 += -8
 176: (b7) r2 = 4
 177: (85) call bpf_probe_read_user#112
 178: (61) r0 = *(u32 *)(r10 -8)
 179: (67) r0 <<= 32
 180: (c7) r0 s>>= 32
; 40: $x += arg0
 181: (0f) r7 += r0
 182: (7b) *(u64 *)(r10 -56) = r7
 183: (79) r7 = *(u64 *)(r10 -56)
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 184: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 185: (07) r3 += -4
 186: (bf) r1 = r10
 187: (07) r1 += -8
 188: (b7) r2 = 4
 189: (85) call bpf_probe_read_user#112
 190: (61) r0 = *(u32 *)(r10 -8)
 191: (67) r0 <<= 32
 192: (c7) r0 s>>= 32
; 40: $x += arg0
 193: (0f) r7 += r0
 194: (7b) *(u64 *)(r10 -56) = r7
; 42: printf("idx %d %s %s: odd sum %d, times 8: %d, low byte %d\n", arg0, $class, ...
 195: (18) r1 = map[events]
 197: (b7) r2 = 56
 198: (b7) r3 = 0
 199: (85) call bpf_ringbuf_reserve#131
 200: (15) if r0 == 0x0 goto pc+70       ; to 271
 201: (7a) *(u64 *)(r0 +0) = 0
 202: (bf) r9 = r0
; 42: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 203: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 204: (07) r3 += -4
 205: (bf) r1 = r10
 206: (07) r1 += -8
 207: (b7) r2 = 4
 208: (85) call bpf_probe_read_user#112
 209: (61) r0 = *(u32 *)(r10 -8)
 210: (67) r0 <<= 32
 211: (c7) r0 s>>= 32
 212: (7b) *(u64 *)(r9 +8) = r0
; 42: $class
 213: (bf) r3 = r10
 214: (07) r3 += -32
 215: (bf) r1 = r9
 216: (07) r1 += 16
 217: (71) r2 = *(u8 *)(r3 +0)
 218: (73) *(u8 *)(r1 +0) = r2
 219: (71) r2 = *(u8 *)(r3 +1)
 220: (73) *(u8 *)(r1 +1) = r2
 221: (71) r2 = *(u8 *)(r3 +2)
 222: (73) *(u8 *)(r1 +2) = r2
 223: (71) r2 = *(u8 *)(r3 +3)
 224: (73) *(u8 *)(r1 +3) = r2
 225: (71) r2 = *(u8 *)(r3 +4)
 226: (73) *(u8 *)(r1 +4) = r2
 227: (71) r2 = *(u8 *)(r3 +5)
 228: (73) *(u8 *)(r1 +5) = r2
 229: (71) r2 = *(u8 *)(r3 +6)
 230: (73) *(u8 *)(r1 +6) = r2
; 43: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 231: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 232: (07) r3 += -4
 233: (bf) r1 = r10
 234: (07) r1 += -8
 235: (b7) r2 = 4
 236: (85) call bpf_probe_read_user#112
 237: (61) r7 = *(u32 *)(r10 -8)
 238: (67) r7 <<= 32
 239: (c7) r7 s>>= 32
; 43: arg0 % 2 ? "odd" : "even"
 240: (97) r7 %= 2
 241: (15) if r7 == 0x0 goto pc+5        ; to 247
 242: (bf) r1 = r9
 243: (07) r1 += 24
 244: (62) *(u32 *)(r1 +0) = 6579311
 245: (72) *(u8 *)(r1 +4) = 0
 246: (05) goto pc+4                     ; to 251
 247: (bf) r1 = r9
 248: (07) r1 += 24
 249: (62) *(u32 *)(r1 +0) = 1852143205
 250: (72) *(u8 *)(r1 +4) = 0
; 43: $sum
 251: (79) r0 = *(u64 *)(r10 -48)
 252: (7b) *(u64 *)(r9 +32) = r0
; 43: $x
 253: (79) r0 = *(u64 *)(r10 -56)
 254: (7b) *(u64 *)(r9 +40) = r0
; 43: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 255: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 256: (07) r3 += -4
 257: (bf) r1 = r10
 258: (07) r1 += -8
 259: (b7) r2 = 4
 260: (85) call bpf_probe_read_user#112
 261: (61) r7 = *(u32 *)(r10 -8)
 262: (67) r7 <<= 32
 263: (c7) r7 s>>= 32
; 43: (uint8)(arg0 + 256)
 264: (07) r7 += 256
 265: (57) r7 &= 255
 266: (7b) *(u64 *)(r9 +48) = r7
; 42: printf("idx %d %s %s: odd sum %d, times 8: %d, low byte %d\n", arg0, $class, ...
 267: (bf) r1 = r9
 268: (b7) r2 = 1
 269: (85) call bpf_ringbuf_submit#132
 270: (05) goto pc+4                     ; to 275
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
 271: (18) r1 = map[lost][0]+0
 273: (b7) r2 = 1
 274: (db) lock *(u64 *)(r1 +0) += r2
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 275: (bf) r1 = r10
 276: (07) r1 += -88
 277: (b7) r2 = 0
 278: (7b) *(u64 *)(r1 +0) = r2
 279: (7b) *(u64 *)(r1 +8) = r2
 280: (7b) *(u64 *)(r1 +16) = r2
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 281: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 282: (07) r3 += -4
 283: (bf) r1 = r10
 284: (07) r1 += -8
 285: (b7) r2 = 4
 286: (85) call bpf_probe_read_user#112
 287: (61) r0 = *(u32 *)(r10 -8)
 288: (67) r0 <<= 32
 289: (c7) r0 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 290: (bf) r1 = r10
 291: (07) r1 += -88
 292: (7b) *(u64 *)(r1 +0) = r0
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 293: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 294: (07) r3 += -4
 295: (bf) r1 = r10
 296: (07) r1 += -8
 297: (b7) r2 = 4
 298: (85) call bpf_probe_read_user#112
 299: (61) r0 = *(u32 *)(r10 -8)
 300: (67) r0 <<= 32
 301: (c7) r0 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 302: (a5) if r0 < 0x3 goto pc+2         ; to 305
 303: (b7) r7 = 0
 304: (05) goto pc+1                     ; to 306
 305: (b7) r7 = 1
 306: (15) if r7 == 0x0 goto pc+7        ; to 314
 307: (bf) r1 = r10
 308: (07) r1 += -88
 309: (07) r1 += 8
 310: (62) *(u32 *)(r1 +0) = 1818324339
 311: (72) *(u8 *)(r1 +4) = 108
 312: (72) *(u8 *)(r1 +5) = 0
 313: (05) goto pc+6                     ; to 320
 314: (bf) r1 = r10
 315: (07) r1 += -88
 316: (07) r1 += 8
 317: (62) *(u32 *)(r1 +0) = 1735549292
 318: (72) *(u8 *)(r1 +4) = 101
 319: (72) *(u8 *)(r1 +5) = 0
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 320: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 321: (07) r3 += -4
 322: (bf) r1 = r10
 323: (07) r1 += -8
 324: (b7) r2 = 4
 325: (85) call bpf_probe_read_user#112
 326: (61) r7 = *(u32 *)(r10 -8)
 327: (67) r7 <<= 32
 328: (c7) r7 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 329: (67) r7 <<= 56
 330: (c7) r7 s>>= 56
 331: (bf) r1 = r10
 332: (07) r1 += -88
 333: (7b) *(u64 *)(r1 +16) = r7
 334: (7a) *(u64 *)(r10 -64) = 0
 335: (18) r1 = map[m0_last]
 337: (bf) r2 = r10
 338: (07) r2 += -64
 339: (bf) r3 = r10
 340: (07) r3 += -88
 341: (b7) r4 = 0
 342: (85) call bpf_map_update_elem#2
 343: (15) if r0 == 0x0 goto pc+4        ; to 348
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
 344: (18) r1 = map[dropped][0]+0
 346: (b7) r2 = 1
 347: (db) lock *(u64 *)(r1 +0) += r2
; 17: usdt:./test-server-bounded:test_grp:test_idx ...
 348: (b7) r0 = 0
 349: (95) exit
