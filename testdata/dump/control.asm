program tt_p0_0: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 384 instructions)
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
  16: (bf) r7 = r0
  17: (25) if r7 > 0x4 goto pc+2         ; to 20
  18: (b7) r7 = 0
  19: (05) goto pc+1                     ; to 21
  20: (b7) r7 = 1
  21: (15) if r7 == 0x0 goto pc+5        ; to 27
; 20: $class = "big"
  22: (bf) r1 = r10
  23: (07) r1 += -32
  24: (62) *(u32 *)(r1 +0) = 6777186
  25: (62) *(u32 *)(r1 +4) = 0
; 19: if (arg0 > 4) { ...
  26: (05) goto pc+24                    ; to 51
; 21: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  27: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  28: (07) r3 += -4
  29: (bf) r1 = r10
  30: (07) r1 += -8
  31: (b7) r2 = 4
  32: (85) call bpf_probe_read_user#112
  33: (61) r0 = *(u32 *)(r10 -8)
  34: (67) r0 <<= 32
  35: (c7) r0 s>>= 32
; 21: arg0 > 2
  36: (bf) r7 = r0
  37: (25) if r7 > 0x2 goto pc+2         ; to 40
  38: (b7) r7 = 0
  39: (05) goto pc+1                     ; to 41
  40: (b7) r7 = 1
  41: (15) if r7 == 0x0 goto pc+5        ; to 47
; 22: $class = "medium"
  42: (bf) r1 = r10
  43: (07) r1 += -32
  44: (62) *(u32 *)(r1 +0) = 1768187245
  45: (62) *(u32 *)(r1 +4) = 28021
; 21: if (arg0 > 2) { ...
  46: (05) goto pc+4                     ; to 51
; 24: $class = "small"
  47: (bf) r1 = r10
  48: (07) r1 += -32
  49: (62) *(u32 *)(r1 +0) = 1818324339
  50: (62) *(u32 *)(r1 +4) = 108
; 26: $i = 0
  51: (b7) r7 = 0
  52: (7b) *(u64 *)(r10 -40) = r7
; 27: $sum = 0
  53: (b7) r7 = 0
  54: (7b) *(u64 *)(r10 -48) = r7
; 28: 1
  55: (b7) r7 = 1
  56: (15) if r7 == 0x0 goto pc+46       ; to 103
; 28: while (1) { ...
  57: (79) r1 = *(u64 *)(r10 -96)
  58: (35) if r1 >= 0x25 goto pc+40      ; to 99
  59: (07) r1 += 1
  60: (7b) *(u64 *)(r10 -96) = r1
; 29: $i++
  61: (79) r0 = *(u64 *)(r10 -40)
  62: (bf) r7 = r0
  63: (07) r0 += 1
  64: (7b) *(u64 *)(r10 -40) = r0
; 30: $i > arg0
  65: (79) r0 = *(u64 *)(r10 -40)
  66: (bf) r7 = r0
; 30: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  67: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  68: (07) r3 += -4
  69: (bf) r1 = r10
  70: (07) r1 += -8
  71: (b7) r2 = 4
  72: (85) call bpf_probe_read_user#112
  73: (61) r0 = *(u32 *)(r10 -8)
  74: (67) r0 <<= 32
  75: (c7) r0 s>>= 32
; 30: $i > arg0
  76: (bf) r8 = r0
  77: (2d) if r7 > r8 goto pc+2          ; to 80
  78: (b7) r7 = 0
  79: (05) goto pc+1                     ; to 81
  80: (b7) r7 = 1
  81: (15) if r7 == 0x0 goto pc+1        ; to 83
; 31: break
  82: (05) goto pc+20                    ; to 103
; 33: $i % 2 == 0
  83: (79) r0 = *(u64 *)(r10 -40)
  84: (bf) r7 = r0
  85: (97) r7 s%= 2
  86: (15) if r7 == 0x0 goto pc+2        ; to 89
  87: (b7) r7 = 0
  88: (05) goto pc+1                     ; to 90
  89: (b7) r7 = 1
  90: (15) if r7 == 0x0 goto pc+1        ; to 92
; 34: continue
  91: (05) goto pc-37                    ; to 55
; 36: $sum += $i
  92: (79) r0 = *(u64 *)(r10 -48)
  93: (bf) r7 = r0
  94: (79) r0 = *(u64 *)(r10 -40)
  95: (bf) r8 = r0
  96: (0f) r7 += r8
  97: (7b) *(u64 *)(r10 -48) = r7
; 28: while (1) { ...
  98: (05) goto pc-44                    ; to 55
  99: (18) r1 = map[loops][0]+0
 101: (b7) r2 = 1
 102: (db) lock *(u64 *)(r1 +0) += r2
; 38: $x = 0
 103: (b7) r7 = 0
 104: (7b) *(u64 *)(r10 -56) = r7
; 40: $x += arg0
 105: (79) r0 = *(u64 *)(r10 -56)
 106: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 107: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 108: (07) r3 += -4
 109: (bf) r1 = r10
 110: (07) r1 += -8
 111: (b7) r2 = 4
 112: (85) call bpf_probe_read_user#112
 113: (61) r0 = *(u32 *)(r10 -8)
 114: (67) r0 <<= 32
 115: (c7) r0 s>>= 32
; 40: $x += arg0
 116: (bf) r8 = r0
 117: (0f) r7 += r8
 118: (7b) *(u64 *)(r10 -56) = r7
 119: (79) r0 = *(u64 *)(r10 -56)
 120: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 121: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 122: (07) r3 += -4
 123: (bf) r1 = r10
 124: (07) r1 += -8
 125: (b7) r2 = 4
 126: (85) call bpf_probe_read_user#112
 127: (61) r0 = *(u32 *)(r10 -8)
 128: (67) r0 <<= 32
 129: (c7) r0 s>>= 32
; 40: $x += arg0
 130: (bf) r8 = r0
 131: (0f) r7 += r8
 132: (7b) *(u64 *)(r10 -56) = r7
 133: (79) r0 = *(u64 *)(r10 -56)
 134: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 135: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 136: (07) r3 += -4
 137: (bf) r1 = r10
 138: (07) r1 += -8
 139: (b7) r2 = 4
 140: (85) call bpf_probe_read_user#112
 141: (61) r0 = *(u32 *)(r10 -8)
 142: (67) r0 <<= 32
 143: (c7) r0 s>>= 32
; 40: $x += arg0
 144: (bf) r8 = r0
 145: (0f) r7 += r8
 146: (7b) *(u64 *)(r10 -56) = r7
 147: (79) r0 = *(u64 *)(r10 -56)
 148: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 149: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 150: (07) r3 += -4
 151: (bf) r1 = r10
 152: (07) r1 += -8
 153: (b7) r2 = 4
 154: (85) call bpf_probe_read_user#112
 155: (61) r0 = *(u32 *)(r10 -8)
 156: (67) r0 <<= 32
 157: (c7) r0 s>>= 32
; 40: $x += arg0
 158: (bf) r8 = r0
 159: (0f) r7 += r8
 160: (7b) *(u64 *)(r10 -56) = r7
 161: (79) r0 = *(u64 *)(r10 -56)
 162: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 163: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 164: (07) r3 += -4
 165: (bf) r1 = r10
 166: (07) r1 += -8
 167: (b7) r2 = 4
 168: (85) call bpf_probe_read_user#112
 169: (61) r0 = *(u32 *)(r10 -8)
 170: (67) r0 <<= 32
 171: (c7) r0 s>>= 32
; 40: $x += arg0
 172: (bf) r8 = r0
 173: (0f) r7 += r8
 174: (7b) *(u64 *)(r10 -56) = r7
 175: (79) r0 = *(u64 *)(r10 -56)
 176: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 177: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 178: (07) r3 += -4
 179: (bf) r1 = r10
 180: (07) r1 += -8
 181: (b7) r2 = 4
 182: (85) call bpf_probe_read_user#112
 183: (61) r0 = *(u32 *)(r10 -8)
 184: (67) r0 <<= 32
 185: (c7) r0 s>>= 32
; 40: $x += arg0
 186: (bf) r8 = r0
 187: (0f) r7 += r8
 188: (7b) *(u64 *)(r10 -56) = r7
 189: (79) r0 = *(u64 *)(r10 -56)
 190: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 191: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 192: (07) r3 += -4
 193: (bf) r1 = r10
 194: (07) r1 += -8
 195: (b7) r2 = 4
 196: (85) call bpf_probe_read_user#112
 197: (61) r0 = *(u32 *)(r10 -8)
 198: (67) r0 <<= 32
 199: (c7) r0 s>>= 32
; 40: $x += arg0
 200: (bf) r8 = r0
 201: (0f) r7 += r8
 202: (7b) *(u64 *)(r10 -56) = r7
 203: (79) r0 = *(u64 *)(r10 -56)
 204: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 205: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 206: (07) r3 += -4
 207: (bf) r1 = r10
 208: (07) r1 += -8
 209: (b7) r2 = 4
 210: (85) call bpf_probe_read_user#112
 211: (61) r0 = *(u32 *)(r10 -8)
 212: (67) r0 <<= 32
 213: (c7) r0 s>>= 32
; 40: $x += arg0
 214: (bf) r8 = r0
 215: (0f) r7 += r8
 216: (7b) *(u64 *)(r10 -56) = r7
; 42: printf("idx %d %s %s: odd sum %d, times 8: %d, low byte %d\n", arg0, $class, ...
 217: (18) r1 = map[events]
 219: (b7) r2 = 56
 220: (b7) r3 = 0
 221: (85) call bpf_ringbuf_reserve#131
 222: (15) if r0 == 0x0 goto pc+79       ; to 302
 223: (7a) *(u64 *)(r0 +0) = 0
 224: (7b) *(u64 *)(r10 -24) = r0
; 42: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 225: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 226: (07) r3 += -4
 227: (bf) r1 = r10
 228: (07) r1 += -8
 229: (b7) r2 = 4
 230: (85) call bpf_probe_read_user#112
 231: (61) r0 = *(u32 *)(r10 -8)
 232: (67) r0 <<= 32
 233: (c7) r0 s>>= 32
 234: (bf) r7 = r0
 235: (79) r1 = *(u64 *)(r10 -24)
 236: (7b) *(u64 *)(r1 +8) = r7
; 42: $class
 237: (bf) r3 = r10
 238: (07) r3 += -32
 239: (79) r1 = *(u64 *)(r10 -24)
 240: (07) r1 += 16
 241: (71) r2 = *(u8 *)(r3 +0)
 242: (73) *(u8 *)(r1 +0) = r2
 243: (71) r2 = *(u8 *)(r3 +1)
 244: (73) *(u8 *)(r1 +1) = r2
 245: (71) r2 = *(u8 *)(r3 +2)
 246: (73) *(u8 *)(r1 +2) = r2
 247: (71) r2 = *(u8 *)(r3 +3)
 248: (73) *(u8 *)(r1 +3) = r2
 249: (71) r2 = *(u8 *)(r3 +4)
 250: (73) *(u8 *)(r1 +4) = r2
 251: (71) r2 = *(u8 *)(r3 +5)
 252: (73) *(u8 *)(r1 +5) = r2
 253: (71) r2 = *(u8 *)(r3 +6)
 254: (73) *(u8 *)(r1 +6) = r2
; 43: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 255: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 256: (07) r3 += -4
 257: (bf) r1 = r10
 258: (07) r1 += -8
 259: (b7) r2 = 4
 260: (85) call bpf_probe_read_user#112
 261: (61) r0 = *(u32 *)(r10 -8)
 262: (67) r0 <<= 32
 263: (c7) r0 s>>= 32
; 43: arg0 % 2 ? "odd" : "even"
 264: (bf) r7 = r0
 265: (97) r7 %= 2
 266: (15) if r7 == 0x0 goto pc+5        ; to 272
 267: (79) r1 = *(u64 *)(r10 -24)
 268: (07) r1 += 24
 269: (62) *(u32 *)(r1 +0) = 6579311
 270: (72) *(u8 *)(r1 +4) = 0
 271: (05) goto pc+4                     ; to 276
 272: (79) r1 = *(u64 *)(r10 -24)
 273: (07) r1 += 24
 274: (62) *(u32 *)(r1 +0) = 1852143205
 275: (72) *(u8 *)(r1 +4) = 0
; 43: $sum
 276: (79) r0 = *(u64 *)(r10 -48)
 277: (bf) r7 = r0
 278: (79) r1 = *(u64 *)(r10 -24)
 279: (7b) *(u64 *)(r1 +32) = r7
; 43: $x
 280: (79) r0 = *(u64 *)(r10 -56)
 281: (bf) r7 = r0
 282: (79) r1 = *(u64 *)(r10 -24)
 283: (7b) *(u64 *)(r1 +40) = r7
; 43: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 284: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 285: (07) r3 += -4
 286: (bf) r1 = r10
 287: (07) r1 += -8
 288: (b7) r2 = 4
 289: (85) call bpf_probe_read_user#112
 290: (61) r0 = *(u32 *)(r10 -8)
 291: (67) r0 <<= 32
 292: (c7) r0 s>>= 32
; 43: (uint8)(arg0 + 256)
 293: (bf) r7 = r0
 294: (07) r7 += 256
 295: (57) r7 &= 255
 296: (79) r1 = *(u64 *)(r10 -24)
 297: (7b) *(u64 *)(r1 +48) = r7
; 42: printf("idx %d %s %s: odd sum %d, times 8: %d, low byte %d\n", arg0, $class, ...
 298: (79) r1 = *(u64 *)(r10 -24)
 299: (b7) r2 = 1
 300: (85) call bpf_ringbuf_submit#132
 301: (05) goto pc+4                     ; to 306
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
 302: (18) r1 = map[lost][0]+0
 304: (b7) r2 = 1
 305: (db) lock *(u64 *)(r1 +0) += r2
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 306: (bf) r1 = r10
 307: (07) r1 += -88
 308: (b7) r2 = 0
 309: (7b) *(u64 *)(r1 +0) = r2
 310: (7b) *(u64 *)(r1 +8) = r2
 311: (7b) *(u64 *)(r1 +16) = r2
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 312: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 313: (07) r3 += -4
 314: (bf) r1 = r10
 315: (07) r1 += -8
 316: (b7) r2 = 4
 317: (85) call bpf_probe_read_user#112
 318: (61) r0 = *(u32 *)(r10 -8)
 319: (67) r0 <<= 32
 320: (c7) r0 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 321: (bf) r7 = r0
 322: (bf) r1 = r10
 323: (07) r1 += -88
 324: (7b) *(u64 *)(r1 +0) = r7
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 325: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 326: (07) r3 += -4
 327: (bf) r1 = r10
 328: (07) r1 += -8
 329: (b7) r2 = 4
 330: (85) call bpf_probe_read_user#112
 331: (61) r0 = *(u32 *)(r10 -8)
 332: (67) r0 <<= 32
 333: (c7) r0 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 334: (bf) r7 = r0
 335: (a5) if r7 < 0x3 goto pc+2         ; to 338
 336: (b7) r7 = 0
 337: (05) goto pc+1                     ; to 339
 338: (b7) r7 = 1
 339: (15) if r7 == 0x0 goto pc+7        ; to 347
 340: (bf) r1 = r10
 341: (07) r1 += -88
 342: (07) r1 += 8
 343: (62) *(u32 *)(r1 +0) = 1818324339
 344: (72) *(u8 *)(r1 +4) = 108
 345: (72) *(u8 *)(r1 +5) = 0
 346: (05) goto pc+6                     ; to 353
 347: (bf) r1 = r10
 348: (07) r1 += -88
 349: (07) r1 += 8
 350: (62) *(u32 *)(r1 +0) = 1735549292
 351: (72) *(u8 *)(r1 +4) = 101
 352: (72) *(u8 *)(r1 +5) = 0
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 353: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 354: (07) r3 += -4
 355: (bf) r1 = r10
 356: (07) r1 += -8
 357: (b7) r2 = 4
 358: (85) call bpf_probe_read_user#112
 359: (61) r0 = *(u32 *)(r10 -8)
 360: (67) r0 <<= 32
 361: (c7) r0 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 362: (bf) r7 = r0
 363: (67) r7 <<= 56
 364: (c7) r7 s>>= 56
 365: (bf) r1 = r10
 366: (07) r1 += -88
 367: (7b) *(u64 *)(r1 +16) = r7
 368: (7a) *(u64 *)(r10 -64) = 0
 369: (18) r1 = map[m0_last]
 371: (bf) r2 = r10
 372: (07) r2 += -64
 373: (bf) r3 = r10
 374: (07) r3 += -88
 375: (b7) r4 = 0
 376: (85) call bpf_map_update_elem#2
 377: (15) if r0 == 0x0 goto pc+4        ; to 382
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
 378: (18) r1 = map[dropped][0]+0
 380: (b7) r2 = 1
 381: (db) lock *(u64 *)(r1 +0) += r2
; 17: usdt:./test-server-bounded:test_grp:test_idx ...
 382: (b7) r0 = 0
 383: (95) exit
