program tt_p0_0: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 380 instructions)
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
; 28: while (1) { ...
  55: (79) r1 = *(u64 *)(r10 -96)
  56: (35) if r1 >= 0x64 goto pc+42      ; to 99
  57: (07) r1 += 1
  58: (7b) *(u64 *)(r10 -96) = r1
; 28: 1
  59: (b7) r7 = 1
  60: (15) if r7 == 0x0 goto pc+38       ; to 99
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
  82: (05) goto pc+16                    ; to 99
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
; 38: $x = 0
  99: (b7) r7 = 0
 100: (7b) *(u64 *)(r10 -56) = r7
; 40: $x += arg0
 101: (79) r0 = *(u64 *)(r10 -56)
 102: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 103: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 104: (07) r3 += -4
 105: (bf) r1 = r10
 106: (07) r1 += -8
 107: (b7) r2 = 4
 108: (85) call bpf_probe_read_user#112
 109: (61) r0 = *(u32 *)(r10 -8)
 110: (67) r0 <<= 32
 111: (c7) r0 s>>= 32
; 40: $x += arg0
 112: (bf) r8 = r0
 113: (0f) r7 += r8
 114: (7b) *(u64 *)(r10 -56) = r7
 115: (79) r0 = *(u64 *)(r10 -56)
 116: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 117: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 118: (07) r3 += -4
 119: (bf) r1 = r10
 120: (07) r1 += -8
 121: (b7) r2 = 4
 122: (85) call bpf_probe_read_user#112
 123: (61) r0 = *(u32 *)(r10 -8)
 124: (67) r0 <<= 32
 125: (c7) r0 s>>= 32
; 40: $x += arg0
 126: (bf) r8 = r0
 127: (0f) r7 += r8
 128: (7b) *(u64 *)(r10 -56) = r7
 129: (79) r0 = *(u64 *)(r10 -56)
 130: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 131: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 132: (07) r3 += -4
 133: (bf) r1 = r10
 134: (07) r1 += -8
 135: (b7) r2 = 4
 136: (85) call bpf_probe_read_user#112
 137: (61) r0 = *(u32 *)(r10 -8)
 138: (67) r0 <<= 32
 139: (c7) r0 s>>= 32
; 40: $x += arg0
 140: (bf) r8 = r0
 141: (0f) r7 += r8
 142: (7b) *(u64 *)(r10 -56) = r7
 143: (79) r0 = *(u64 *)(r10 -56)
 144: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 145: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 146: (07) r3 += -4
 147: (bf) r1 = r10
 148: (07) r1 += -8
 149: (b7) r2 = 4
 150: (85) call bpf_probe_read_user#112
 151: (61) r0 = *(u32 *)(r10 -8)
 152: (67) r0 <<= 32
 153: (c7) r0 s>>= 32
; 40: $x += arg0
 154: (bf) r8 = r0
 155: (0f) r7 += r8
 156: (7b) *(u64 *)(r10 -56) = r7
 157: (79) r0 = *(u64 *)(r10 -56)
 158: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 159: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 160: (07) r3 += -4
 161: (bf) r1 = r10
 162: (07) r1 += -8
 163: (b7) r2 = 4
 164: (85) call bpf_probe_read_user#112
 165: (61) r0 = *(u32 *)(r10 -8)
 166: (67) r0 <<= 32
 167: (c7) r0 s>>= 32
; 40: $x += arg0
 168: (bf) r8 = r0
 169: (0f) r7 += r8
 170: (7b) *(u64 *)(r10 -56) = r7
 171: (79) r0 = *(u64 *)(r10 -56)
 172: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 173: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 174: (07) r3 += -4
 175: (bf) r1 = r10
 176: (07) r1 += -8
 177: (b7) r2 = 4
 178: (85) call bpf_probe_read_user#112
 179: (61) r0 = *(u32 *)(r10 -8)
 180: (67) r0 <<= 32
 181: (c7) r0 s>>= 32
; 40: $x += arg0
 182: (bf) r8 = r0
 183: (0f) r7 += r8
 184: (7b) *(u64 *)(r10 -56) = r7
 185: (79) r0 = *(u64 *)(r10 -56)
 186: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 187: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 188: (07) r3 += -4
 189: (bf) r1 = r10
 190: (07) r1 += -8
 191: (b7) r2 = 4
 192: (85) call bpf_probe_read_user#112
 193: (61) r0 = *(u32 *)(r10 -8)
 194: (67) r0 <<= 32
 195: (c7) r0 s>>= 32
; 40: $x += arg0
 196: (bf) r8 = r0
 197: (0f) r7 += r8
 198: (7b) *(u64 *)(r10 -56) = r7
 199: (79) r0 = *(u64 *)(r10 -56)
 200: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 201: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 202: (07) r3 += -4
 203: (bf) r1 = r10
 204: (07) r1 += -8
 205: (b7) r2 = 4
 206: (85) call bpf_probe_read_user#112
 207: (61) r0 = *(u32 *)(r10 -8)
 208: (67) r0 <<= 32
 209: (c7) r0 s>>= 32
; 40: $x += arg0
 210: (bf) r8 = r0
 211: (0f) r7 += r8
 212: (7b) *(u64 *)(r10 -56) = r7
; 42: printf("idx %d %s %s: odd sum %d, times 8: %d, low byte %d\n", arg0, $class, ...
 213: (18) r1 = map[events]
 215: (b7) r2 = 56
 216: (b7) r3 = 0
 217: (85) call bpf_ringbuf_reserve#131
 218: (15) if r0 == 0x0 goto pc+79       ; to 298
 219: (7a) *(u64 *)(r0 +0) = 0
 220: (7b) *(u64 *)(r10 -24) = r0
; 42: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 221: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 222: (07) r3 += -4
 223: (bf) r1 = r10
 224: (07) r1 += -8
 225: (b7) r2 = 4
 226: (85) call bpf_probe_read_user#112
 227: (61) r0 = *(u32 *)(r10 -8)
 228: (67) r0 <<= 32
 229: (c7) r0 s>>= 32
 230: (bf) r7 = r0
 231: (79) r1 = *(u64 *)(r10 -24)
 232: (7b) *(u64 *)(r1 +8) = r7
; 42: $class
 233: (bf) r3 = r10
 234: (07) r3 += -32
 235: (79) r1 = *(u64 *)(r10 -24)
 236: (07) r1 += 16
 237: (71) r2 = *(u8 *)(r3 +0)
 238: (73) *(u8 *)(r1 +0) = r2
 239: (71) r2 = *(u8 *)(r3 +1)
 240: (73) *(u8 *)(r1 +1) = r2
 241: (71) r2 = *(u8 *)(r3 +2)
 242: (73) *(u8 *)(r1 +2) = r2
 243: (71) r2 = *(u8 *)(r3 +3)
 244: (73) *(u8 *)(r1 +3) = r2
 245: (71) r2 = *(u8 *)(r3 +4)
 246: (73) *(u8 *)(r1 +4) = r2
 247: (71) r2 = *(u8 *)(r3 +5)
 248: (73) *(u8 *)(r1 +5) = r2
 249: (71) r2 = *(u8 *)(r3 +6)
 250: (73) *(u8 *)(r1 +6) = r2
; 43: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 251: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 252: (07) r3 += -4
 253: (bf) r1 = r10
 254: (07) r1 += -8
 255: (b7) r2 = 4
 256: (85) call bpf_probe_read_user#112
 257: (61) r0 = *(u32 *)(r10 -8)
 258: (67) r0 <<= 32
 259: (c7) r0 s>>= 32
; 43: arg0 % 2 ? "odd" : "even"
 260: (bf) r7 = r0
 261: (97) r7 %= 2
 262: (15) if r7 == 0x0 goto pc+5        ; to 268
 263: (79) r1 = *(u64 *)(r10 -24)
 264: (07) r1 += 24
 265: (62) *(u32 *)(r1 +0) = 6579311
 266: (72) *(u8 *)(r1 +4) = 0
 267: (05) goto pc+4                     ; to 272
 268: (79) r1 = *(u64 *)(r10 -24)
 269: (07) r1 += 24
 270: (62) *(u32 *)(r1 +0) = 1852143205
 271: (72) *(u8 *)(r1 +4) = 0
; 43: $sum
 272: (79) r0 = *(u64 *)(r10 -48)
 273: (bf) r7 = r0
 274: (79) r1 = *(u64 *)(r10 -24)
 275: (7b) *(u64 *)(r1 +32) = r7
; 43: $x
 276: (79) r0 = *(u64 *)(r10 -56)
 277: (bf) r7 = r0
 278: (79) r1 = *(u64 *)(r10 -24)
 279: (7b) *(u64 *)(r1 +40) = r7
; 43: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 280: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 281: (07) r3 += -4
 282: (bf) r1 = r10
 283: (07) r1 += -8
 284: (b7) r2 = 4
 285: (85) call bpf_probe_read_user#112
 286: (61) r0 = *(u32 *)(r10 -8)
 287: (67) r0 <<= 32
 288: (c7) r0 s>>= 32
; 43: (uint8)(arg0 + 256)
 289: (bf) r7 = r0
 290: (07) r7 += 256
 291: (57) r7 &= 255
 292: (79) r1 = *(u64 *)(r10 -24)
 293: (7b) *(u64 *)(r1 +48) = r7
; 42: printf("idx %d %s %s: odd sum %d, times 8: %d, low byte %d\n", arg0, $class, ...
 294: (79) r1 = *(u64 *)(r10 -24)
 295: (b7) r2 = 1
 296: (85) call bpf_ringbuf_submit#132
 297: (05) goto pc+4                     ; to 302
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
 298: (18) r1 = map[lost][0]+0
 300: (b7) r2 = 1
 301: (db) lock *(u64 *)(r1 +0) += r2
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 302: (bf) r1 = r10
 303: (07) r1 += -88
 304: (b7) r2 = 0
 305: (7b) *(u64 *)(r1 +0) = r2
 306: (7b) *(u64 *)(r1 +8) = r2
 307: (7b) *(u64 *)(r1 +16) = r2
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 308: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 309: (07) r3 += -4
 310: (bf) r1 = r10
 311: (07) r1 += -8
 312: (b7) r2 = 4
 313: (85) call bpf_probe_read_user#112
 314: (61) r0 = *(u32 *)(r10 -8)
 315: (67) r0 <<= 32
 316: (c7) r0 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 317: (bf) r7 = r0
 318: (bf) r1 = r10
 319: (07) r1 += -88
 320: (7b) *(u64 *)(r1 +0) = r7
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 321: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 322: (07) r3 += -4
 323: (bf) r1 = r10
 324: (07) r1 += -8
 325: (b7) r2 = 4
 326: (85) call bpf_probe_read_user#112
 327: (61) r0 = *(u32 *)(r10 -8)
 328: (67) r0 <<= 32
 329: (c7) r0 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 330: (bf) r7 = r0
 331: (a5) if r7 < 0x3 goto pc+2         ; to 334
 332: (b7) r7 = 0
 333: (05) goto pc+1                     ; to 335
 334: (b7) r7 = 1
 335: (15) if r7 == 0x0 goto pc+7        ; to 343
 336: (bf) r1 = r10
 337: (07) r1 += -88
 338: (07) r1 += 8
 339: (62) *(u32 *)(r1 +0) = 1818324339
 340: (72) *(u8 *)(r1 +4) = 108
 341: (72) *(u8 *)(r1 +5) = 0
 342: (05) goto pc+6                     ; to 349
 343: (bf) r1 = r10
 344: (07) r1 += -88
 345: (07) r1 += 8
 346: (62) *(u32 *)(r1 +0) = 1735549292
 347: (72) *(u8 *)(r1 +4) = 101
 348: (72) *(u8 *)(r1 +5) = 0
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 349: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 350: (07) r3 += -4
 351: (bf) r1 = r10
 352: (07) r1 += -8
 353: (b7) r2 = 4
 354: (85) call bpf_probe_read_user#112
 355: (61) r0 = *(u32 *)(r10 -8)
 356: (67) r0 <<= 32
 357: (c7) r0 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 358: (bf) r7 = r0
 359: (67) r7 <<= 56
 360: (c7) r7 s>>= 56
 361: (bf) r1 = r10
 362: (07) r1 += -88
 363: (7b) *(u64 *)(r1 +16) = r7
 364: (7a) *(u64 *)(r10 -64) = 0
 365: (18) r1 = map[m0_last]
 367: (bf) r2 = r10
 368: (07) r2 += -64
 369: (bf) r3 = r10
 370: (07) r3 += -88
 371: (b7) r4 = 0
 372: (85) call bpf_map_update_elem#2
 373: (15) if r0 == 0x0 goto pc+4        ; to 378
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
 374: (18) r1 = map[dropped][0]+0
 376: (b7) r2 = 1
 377: (db) lock *(u64 *)(r1 +0) += r2
; 17: usdt:./test-server-bounded:test_grp:test_idx ...
 378: (b7) r0 = 0
 379: (95) exit
