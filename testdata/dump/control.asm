program tt_p0_0: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 407 instructions)
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
  56: (15) if r7 == 0x0 goto pc+53       ; to 110
; 28: while (1) { ...
  57: (79) r1 = *(u64 *)(r10 -96)
  58: (35) if r1 >= 0x64 goto pc+40      ; to 99
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
  82: (05) goto pc+27                    ; to 110
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
  99: (b7) r1 = 0
 100: (63) *(u32 *)(r10 -8) = r1
 101: (18) r1 = map[loops]
 103: (bf) r2 = r10
 104: (07) r2 += -8
 105: (85) call bpf_map_lookup_elem#1
 106: (15) if r0 == 0x0 goto pc+3        ; to 110
 107: (79) r1 = *(u64 *)(r0 +0)
 108: (07) r1 += 1
 109: (7b) *(u64 *)(r0 +0) = r1
; 38: $x = 0
 110: (b7) r7 = 0
 111: (7b) *(u64 *)(r10 -56) = r7
; 40: $x += arg0
 112: (79) r0 = *(u64 *)(r10 -56)
 113: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 114: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 115: (07) r3 += -4
 116: (bf) r1 = r10
 117: (07) r1 += -8
 118: (b7) r2 = 4
 119: (85) call bpf_probe_read_user#112
 120: (61) r0 = *(u32 *)(r10 -8)
 121: (67) r0 <<= 32
 122: (c7) r0 s>>= 32
; 40: $x += arg0
 123: (bf) r8 = r0
 124: (0f) r7 += r8
 125: (7b) *(u64 *)(r10 -56) = r7
 126: (79) r0 = *(u64 *)(r10 -56)
 127: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 128: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 129: (07) r3 += -4
 130: (bf) r1 = r10
 131: (07) r1 += -8
 132: (b7) r2 = 4
 133: (85) call bpf_probe_read_user#112
 134: (61) r0 = *(u32 *)(r10 -8)
 135: (67) r0 <<= 32
 136: (c7) r0 s>>= 32
; 40: $x += arg0
 137: (bf) r8 = r0
 138: (0f) r7 += r8
 139: (7b) *(u64 *)(r10 -56) = r7
 140: (79) r0 = *(u64 *)(r10 -56)
 141: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 142: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 143: (07) r3 += -4
 144: (bf) r1 = r10
 145: (07) r1 += -8
 146: (b7) r2 = 4
 147: (85) call bpf_probe_read_user#112
 148: (61) r0 = *(u32 *)(r10 -8)
 149: (67) r0 <<= 32
 150: (c7) r0 s>>= 32
; 40: $x += arg0
 151: (bf) r8 = r0
 152: (0f) r7 += r8
 153: (7b) *(u64 *)(r10 -56) = r7
 154: (79) r0 = *(u64 *)(r10 -56)
 155: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 156: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 157: (07) r3 += -4
 158: (bf) r1 = r10
 159: (07) r1 += -8
 160: (b7) r2 = 4
 161: (85) call bpf_probe_read_user#112
 162: (61) r0 = *(u32 *)(r10 -8)
 163: (67) r0 <<= 32
 164: (c7) r0 s>>= 32
; 40: $x += arg0
 165: (bf) r8 = r0
 166: (0f) r7 += r8
 167: (7b) *(u64 *)(r10 -56) = r7
 168: (79) r0 = *(u64 *)(r10 -56)
 169: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 170: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 171: (07) r3 += -4
 172: (bf) r1 = r10
 173: (07) r1 += -8
 174: (b7) r2 = 4
 175: (85) call bpf_probe_read_user#112
 176: (61) r0 = *(u32 *)(r10 -8)
 177: (67) r0 <<= 32
 178: (c7) r0 s>>= 32
; 40: $x += arg0
 179: (bf) r8 = r0
 180: (0f) r7 += r8
 181: (7b) *(u64 *)(r10 -56) = r7
 182: (79) r0 = *(u64 *)(r10 -56)
 183: (bf) r7 = r0
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
 193: (bf) r8 = r0
 194: (0f) r7 += r8
 195: (7b) *(u64 *)(r10 -56) = r7
 196: (79) r0 = *(u64 *)(r10 -56)
 197: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 198: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 199: (07) r3 += -4
 200: (bf) r1 = r10
 201: (07) r1 += -8
 202: (b7) r2 = 4
 203: (85) call bpf_probe_read_user#112
 204: (61) r0 = *(u32 *)(r10 -8)
 205: (67) r0 <<= 32
 206: (c7) r0 s>>= 32
; 40: $x += arg0
 207: (bf) r8 = r0
 208: (0f) r7 += r8
 209: (7b) *(u64 *)(r10 -56) = r7
 210: (79) r0 = *(u64 *)(r10 -56)
 211: (bf) r7 = r0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 212: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 213: (07) r3 += -4
 214: (bf) r1 = r10
 215: (07) r1 += -8
 216: (b7) r2 = 4
 217: (85) call bpf_probe_read_user#112
 218: (61) r0 = *(u32 *)(r10 -8)
 219: (67) r0 <<= 32
 220: (c7) r0 s>>= 32
; 40: $x += arg0
 221: (bf) r8 = r0
 222: (0f) r7 += r8
 223: (7b) *(u64 *)(r10 -56) = r7
; 42: printf("idx %d %s %s: odd sum %d, times 8: %d, low byte %d\n", arg0, $class, ...
 224: (18) r1 = map[events]
 226: (b7) r2 = 56
 227: (b7) r3 = 0
 228: (85) call bpf_ringbuf_reserve#131
 229: (15) if r0 == 0x0 goto pc+80       ; to 310
 230: (b7) r1 = 0
 231: (7b) *(u64 *)(r0 +0) = r1
 232: (7b) *(u64 *)(r10 -24) = r0
; 42: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 233: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 234: (07) r3 += -4
 235: (bf) r1 = r10
 236: (07) r1 += -8
 237: (b7) r2 = 4
 238: (85) call bpf_probe_read_user#112
 239: (61) r0 = *(u32 *)(r10 -8)
 240: (67) r0 <<= 32
 241: (c7) r0 s>>= 32
 242: (bf) r7 = r0
 243: (79) r1 = *(u64 *)(r10 -24)
 244: (7b) *(u64 *)(r1 +8) = r7
; 42: $class
 245: (bf) r3 = r10
 246: (07) r3 += -32
 247: (79) r1 = *(u64 *)(r10 -24)
 248: (07) r1 += 16
 249: (71) r2 = *(u8 *)(r3 +0)
 250: (73) *(u8 *)(r1 +0) = r2
 251: (71) r2 = *(u8 *)(r3 +1)
 252: (73) *(u8 *)(r1 +1) = r2
 253: (71) r2 = *(u8 *)(r3 +2)
 254: (73) *(u8 *)(r1 +2) = r2
 255: (71) r2 = *(u8 *)(r3 +3)
 256: (73) *(u8 *)(r1 +3) = r2
 257: (71) r2 = *(u8 *)(r3 +4)
 258: (73) *(u8 *)(r1 +4) = r2
 259: (71) r2 = *(u8 *)(r3 +5)
 260: (73) *(u8 *)(r1 +5) = r2
 261: (71) r2 = *(u8 *)(r3 +6)
 262: (73) *(u8 *)(r1 +6) = r2
; 43: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 263: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 264: (07) r3 += -4
 265: (bf) r1 = r10
 266: (07) r1 += -8
 267: (b7) r2 = 4
 268: (85) call bpf_probe_read_user#112
 269: (61) r0 = *(u32 *)(r10 -8)
 270: (67) r0 <<= 32
 271: (c7) r0 s>>= 32
; 43: arg0 % 2 ? "odd" : "even"
 272: (bf) r7 = r0
 273: (97) r7 %= 2
 274: (15) if r7 == 0x0 goto pc+5        ; to 280
 275: (79) r1 = *(u64 *)(r10 -24)
 276: (07) r1 += 24
 277: (62) *(u32 *)(r1 +0) = 6579311
 278: (72) *(u8 *)(r1 +4) = 0
 279: (05) goto pc+4                     ; to 284
 280: (79) r1 = *(u64 *)(r10 -24)
 281: (07) r1 += 24
 282: (62) *(u32 *)(r1 +0) = 1852143205
 283: (72) *(u8 *)(r1 +4) = 0
; 43: $sum
 284: (79) r0 = *(u64 *)(r10 -48)
 285: (bf) r7 = r0
 286: (79) r1 = *(u64 *)(r10 -24)
 287: (7b) *(u64 *)(r1 +32) = r7
; 43: $x
 288: (79) r0 = *(u64 *)(r10 -56)
 289: (bf) r7 = r0
 290: (79) r1 = *(u64 *)(r10 -24)
 291: (7b) *(u64 *)(r1 +40) = r7
; 43: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 292: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 293: (07) r3 += -4
 294: (bf) r1 = r10
 295: (07) r1 += -8
 296: (b7) r2 = 4
 297: (85) call bpf_probe_read_user#112
 298: (61) r0 = *(u32 *)(r10 -8)
 299: (67) r0 <<= 32
 300: (c7) r0 s>>= 32
; 43: (uint8)(arg0 + 256)
 301: (bf) r7 = r0
 302: (07) r7 += 256
 303: (57) r7 &= 255
 304: (79) r1 = *(u64 *)(r10 -24)
 305: (7b) *(u64 *)(r1 +48) = r7
; 42: printf("idx %d %s %s: odd sum %d, times 8: %d, low byte %d\n", arg0, $class, ...
 306: (79) r1 = *(u64 *)(r10 -24)
 307: (b7) r2 = 0
 308: (85) call bpf_ringbuf_submit#132
 309: (05) goto pc+11                    ; to 321
 310: (b7) r1 = 0
 311: (63) *(u32 *)(r10 -8) = r1
 312: (18) r1 = map[lost]
 314: (bf) r2 = r10
 315: (07) r2 += -8
 316: (85) call bpf_map_lookup_elem#1
 317: (15) if r0 == 0x0 goto pc+3        ; to 321
 318: (79) r1 = *(u64 *)(r0 +0)
 319: (07) r1 += 1
 320: (7b) *(u64 *)(r0 +0) = r1
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 321: (bf) r1 = r10
 322: (07) r1 += -88
 323: (b7) r2 = 0
 324: (7b) *(u64 *)(r1 +0) = r2
 325: (7b) *(u64 *)(r1 +8) = r2
 326: (7b) *(u64 *)(r1 +16) = r2
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 327: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 328: (07) r3 += -4
 329: (bf) r1 = r10
 330: (07) r1 += -8
 331: (b7) r2 = 4
 332: (85) call bpf_probe_read_user#112
 333: (61) r0 = *(u32 *)(r10 -8)
 334: (67) r0 <<= 32
 335: (c7) r0 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 336: (bf) r7 = r0
 337: (bf) r1 = r10
 338: (07) r1 += -88
 339: (7b) *(u64 *)(r1 +0) = r7
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 340: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 341: (07) r3 += -4
 342: (bf) r1 = r10
 343: (07) r1 += -8
 344: (b7) r2 = 4
 345: (85) call bpf_probe_read_user#112
 346: (61) r0 = *(u32 *)(r10 -8)
 347: (67) r0 <<= 32
 348: (c7) r0 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 349: (bf) r7 = r0
 350: (a5) if r7 < 0x3 goto pc+2         ; to 353
 351: (b7) r7 = 0
 352: (05) goto pc+1                     ; to 354
 353: (b7) r7 = 1
 354: (15) if r7 == 0x0 goto pc+7        ; to 362
 355: (bf) r1 = r10
 356: (07) r1 += -88
 357: (07) r1 += 8
 358: (62) *(u32 *)(r1 +0) = 1818324339
 359: (72) *(u8 *)(r1 +4) = 108
 360: (72) *(u8 *)(r1 +5) = 0
 361: (05) goto pc+6                     ; to 368
 362: (bf) r1 = r10
 363: (07) r1 += -88
 364: (07) r1 += 8
 365: (62) *(u32 *)(r1 +0) = 1735549292
 366: (72) *(u8 *)(r1 +4) = 101
 367: (72) *(u8 *)(r1 +5) = 0
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 368: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 369: (07) r3 += -4
 370: (bf) r1 = r10
 371: (07) r1 += -8
 372: (b7) r2 = 4
 373: (85) call bpf_probe_read_user#112
 374: (61) r0 = *(u32 *)(r10 -8)
 375: (67) r0 <<= 32
 376: (c7) r0 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 377: (bf) r7 = r0
 378: (67) r7 <<= 56
 379: (c7) r7 s>>= 56
 380: (bf) r1 = r10
 381: (07) r1 += -88
 382: (7b) *(u64 *)(r1 +16) = r7
 383: (b7) r1 = 0
 384: (7b) *(u64 *)(r10 -64) = r1
 385: (18) r1 = map[m0_last]
 387: (bf) r2 = r10
 388: (07) r2 += -64
 389: (bf) r3 = r10
 390: (07) r3 += -88
 391: (b7) r4 = 0
 392: (85) call bpf_map_update_elem#2
 393: (15) if r0 == 0x0 goto pc+11       ; to 405
 394: (b7) r1 = 0
 395: (63) *(u32 *)(r10 -8) = r1
 396: (18) r1 = map[dropped]
 398: (bf) r2 = r10
 399: (07) r2 += -8
 400: (85) call bpf_map_lookup_elem#1
 401: (15) if r0 == 0x0 goto pc+3        ; to 405
 402: (79) r1 = *(u64 *)(r0 +0)
 403: (07) r1 += 1
 404: (7b) *(u64 *)(r0 +0) = r1
; 17: usdt:./test-server-bounded:test_grp:test_idx ...
 405: (b7) r0 = 0
 406: (95) exit
