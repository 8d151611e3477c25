program tt_p0_0: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 396 instructions)
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
 218: (15) if r0 == 0x0 goto pc+80       ; to 299
 219: (b7) r1 = 0
 220: (7b) *(u64 *)(r0 +0) = r1
 221: (7b) *(u64 *)(r10 -24) = r0
; 42: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 222: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 223: (07) r3 += -4
 224: (bf) r1 = r10
 225: (07) r1 += -8
 226: (b7) r2 = 4
 227: (85) call bpf_probe_read_user#112
 228: (61) r0 = *(u32 *)(r10 -8)
 229: (67) r0 <<= 32
 230: (c7) r0 s>>= 32
 231: (bf) r7 = r0
 232: (79) r1 = *(u64 *)(r10 -24)
 233: (7b) *(u64 *)(r1 +8) = r7
; 42: $class
 234: (bf) r3 = r10
 235: (07) r3 += -32
 236: (79) r1 = *(u64 *)(r10 -24)
 237: (07) r1 += 16
 238: (71) r2 = *(u8 *)(r3 +0)
 239: (73) *(u8 *)(r1 +0) = r2
 240: (71) r2 = *(u8 *)(r3 +1)
 241: (73) *(u8 *)(r1 +1) = r2
 242: (71) r2 = *(u8 *)(r3 +2)
 243: (73) *(u8 *)(r1 +2) = r2
 244: (71) r2 = *(u8 *)(r3 +3)
 245: (73) *(u8 *)(r1 +3) = r2
 246: (71) r2 = *(u8 *)(r3 +4)
 247: (73) *(u8 *)(r1 +4) = r2
 248: (71) r2 = *(u8 *)(r3 +5)
 249: (73) *(u8 *)(r1 +5) = r2
 250: (71) r2 = *(u8 *)(r3 +6)
 251: (73) *(u8 *)(r1 +6) = r2
; 43: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 252: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 253: (07) r3 += -4
 254: (bf) r1 = r10
 255: (07) r1 += -8
 256: (b7) r2 = 4
 257: (85) call bpf_probe_read_user#112
 258: (61) r0 = *(u32 *)(r10 -8)
 259: (67) r0 <<= 32
 260: (c7) r0 s>>= 32
; 43: arg0 % 2 ? "odd" : "even"
 261: (bf) r7 = r0
 262: (97) r7 %= 2
 263: (15) if r7 == 0x0 goto pc+5        ; to 269
 264: (79) r1 = *(u64 *)(r10 -24)
 265: (07) r1 += 24
 266: (62) *(u32 *)(r1 +0) = 6579311
 267: (72) *(u8 *)(r1 +4) = 0
 268: (05) goto pc+4                     ; to 273
 269: (79) r1 = *(u64 *)(r10 -24)
 270: (07) r1 += 24
 271: (62) *(u32 *)(r1 +0) = 1852143205
 272: (72) *(u8 *)(r1 +4) = 0
; 43: $sum
 273: (79) r0 = *(u64 *)(r10 -48)
 274: (bf) r7 = r0
 275: (79) r1 = *(u64 *)(r10 -24)
 276: (7b) *(u64 *)(r1 +32) = r7
; 43: $x
 277: (79) r0 = *(u64 *)(r10 -56)
 278: (bf) r7 = r0
 279: (79) r1 = *(u64 *)(r10 -24)
 280: (7b) *(u64 *)(r1 +40) = r7
; 43: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 281: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 282: (07) r3 += -4
 283: (bf) r1 = r10
 284: (07) r1 += -8
 285: (b7) r2 = 4
 286: (85) call bpf_probe_read_user#112
 287: (61) r0 = *(u32 *)(r10 -8)
 288: (67) r0 <<= 32
 289: (c7) r0 s>>= 32
; 43: (uint8)(arg0 + 256)
 290: (bf) r7 = r0
 291: (07) r7 += 256
 292: (57) r7 &= 255
 293: (79) r1 = *(u64 *)(r10 -24)
 294: (7b) *(u64 *)(r1 +48) = r7
; 42: printf("idx %d %s %s: odd sum %d, times 8: %d, low byte %d\n", arg0, $class, ...
 295: (79) r1 = *(u64 *)(r10 -24)
 296: (b7) r2 = 0
 297: (85) call bpf_ringbuf_submit#132
 298: (05) goto pc+11                    ; to 310
 299: (b7) r1 = 0
 300: (63) *(u32 *)(r10 -8) = r1
 301: (18) r1 = map[lost]
 303: (bf) r2 = r10
 304: (07) r2 += -8
 305: (85) call bpf_map_lookup_elem#1
 306: (15) if r0 == 0x0 goto pc+3        ; to 310
 307: (79) r1 = *(u64 *)(r0 +0)
 308: (07) r1 += 1
 309: (7b) *(u64 *)(r0 +0) = r1
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 310: (bf) r1 = r10
 311: (07) r1 += -88
 312: (b7) r2 = 0
 313: (7b) *(u64 *)(r1 +0) = r2
 314: (7b) *(u64 *)(r1 +8) = r2
 315: (7b) *(u64 *)(r1 +16) = r2
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 316: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 317: (07) r3 += -4
 318: (bf) r1 = r10
 319: (07) r1 += -8
 320: (b7) r2 = 4
 321: (85) call bpf_probe_read_user#112
 322: (61) r0 = *(u32 *)(r10 -8)
 323: (67) r0 <<= 32
 324: (c7) r0 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 325: (bf) r7 = r0
 326: (bf) r1 = r10
 327: (07) r1 += -88
 328: (7b) *(u64 *)(r1 +0) = r7
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 329: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 330: (07) r3 += -4
 331: (bf) r1 = r10
 332: (07) r1 += -8
 333: (b7) r2 = 4
 334: (85) call bpf_probe_read_user#112
 335: (61) r0 = *(u32 *)(r10 -8)
 336: (67) r0 <<= 32
 337: (c7) r0 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 338: (bf) r7 = r0
 339: (a5) if r7 < 0x3 goto pc+2         ; to 342
 340: (b7) r7 = 0
 341: (05) goto pc+1                     ; to 343
 342: (b7) r7 = 1
 343: (15) if r7 == 0x0 goto pc+7        ; to 351
 344: (bf) r1 = r10
 345: (07) r1 += -88
 346: (07) r1 += 8
 347: (62) *(u32 *)(r1 +0) = 1818324339
 348: (72) *(u8 *)(r1 +4) = 108
 349: (72) *(u8 *)(r1 +5) = 0
 350: (05) goto pc+6                     ; to 357
 351: (bf) r1 = r10
 352: (07) r1 += -88
 353: (07) r1 += 8
 354: (62) *(u32 *)(r1 +0) = 1735549292
 355: (72) *(u8 *)(r1 +4) = 101
 356: (72) *(u8 *)(r1 +5) = 0
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 357: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 358: (07) r3 += -4
 359: (bf) r1 = r10
 360: (07) r1 += -8
 361: (b7) r2 = 4
 362: (85) call bpf_probe_read_user#112
 363: (61) r0 = *(u32 *)(r10 -8)
 364: (67) r0 <<= 32
 365: (c7) r0 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 366: (bf) r7 = r0
 367: (67) r7 <<= 56
 368: (c7) r7 s>>= 56
 369: (bf) r1 = r10
 370: (07) r1 += -88
 371: (7b) *(u64 *)(r1 +16) = r7
 372: (b7) r1 = 0
 373: (7b) *(u64 *)(r10 -64) = r1
 374: (18) r1 = map[m0_last]
 376: (bf) r2 = r10
 377: (07) r2 += -64
 378: (bf) r3 = r10
 379: (07) r3 += -88
 380: (b7) r4 = 0
 381: (85) call bpf_map_update_elem#2
 382: (15) if r0 == 0x0 goto pc+11       ; to 394
 383: (b7) r1 = 0
 384: (63) *(u32 *)(r10 -8) = r1
 385: (18) r1 = map[dropped]
 387: (bf) r2 = r10
 388: (07) r2 += -8
 389: (85) call bpf_map_lookup_elem#1
 390: (15) if r0 == 0x0 goto pc+3        ; to 394
 391: (79) r1 = *(u64 *)(r0 +0)
 392: (07) r1 += 1
 393: (7b) *(u64 *)(r0 +0) = r1
; 17: usdt:./test-server-bounded:test_grp:test_idx ...
 394: (b7) r0 = 0
 395: (95) exit
