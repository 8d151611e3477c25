program tt_p0_0: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 365 instructions)
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
  20: (15) if r7 == 0x0 goto pc+4        ; to 25
; 20: $class = "big"
  21: (bf) r1 = r10
  22: (07) r1 += -32
  23: (7a) *(u64 *)(r1 +0) = 6777186
; 19: if (arg0 > 4) { ...
  24: (05) goto pc+25                    ; to 50
; 21: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  25: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  26: (07) r3 += -4
  27: (bf) r1 = r10
  28: (07) r1 += -8
  29: (b7) r2 = 4
  30: (85) call bpf_probe_read_user#112
  31: (61) r0 = *(u32 *)(r10 -8)
  32: (67) r0 <<= 32
  33: (c7) r0 s>>= 32
; 21: arg0 > 2
  34: (25) if r0 > 0x2 goto pc+2         ; to 37
  35: (b7) r7 = 0
  36: (05) goto pc+1                     ; to 38
  37: (b7) r7 = 1
  38: (15) if r7 == 0x0 goto pc+6        ; to 45
; 22: $class = "medium"
  39: (bf) r1 = r10
  40: (07) r1 += -32
  41: (18) r2 = 0x6d756964656d
  43: (7b) *(u64 *)(r1 +0) = r2
; 21: if (arg0 > 2) { ...
  44: (05) goto pc+5                     ; to 50
; 24: $class = "small"
  45: (bf) r1 = r10
  46: (07) r1 += -32
  47: (18) r2 = 0x6c6c616d73
  49: (7b) *(u64 *)(r1 +0) = r2
; 26: $i = 0
  50: (b7) r7 = 0
  51: (7b) *(u64 *)(r10 -40) = r7
; 27: $sum = 0
  52: (b7) r7 = 0
  53: (7b) *(u64 *)(r10 -48) = r7
; 28: 1
  54: (b7) r7 = 1
  55: (15) if r7 == 0x0 goto pc+46       ; to 102
; 28: while (1) { ...
  56: (79) r1 = *(u64 *)(r10 -96)
  57: (35) if r1 >= 0x23 goto pc+40      ; to 98
  58: (07) r1 += 1
  59: (7b) *(u64 *)(r10 -96) = r1
; 29: $i++
  60: (79) r0 = *(u64 *)(r10 -40)
  61: (bf) r7 = r0
  62: (07) r0 += 1
  63: (7b) *(u64 *)(r10 -40) = r0
; 30: $i > arg0
  64: (79) r7 = *(u64 *)(r10 -40)
; note: r |= 0 after a variable's load keeps the value and unlinks the register from the variable's stack slot, so that a comparison does not narrow the variable and the verifier can merge the paths after it (without it, each if on a variable doubles the verifier's walk)
  65: (47) r7 |= 0
; 30: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  66: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  67: (07) r3 += -4
  68: (bf) r1 = r10
  69: (07) r1 += -8
  70: (b7) r2 = 4
  71: (85) call bpf_probe_read_user#112
  72: (61) r0 = *(u32 *)(r10 -8)
  73: (67) r0 <<= 32
  74: (c7) r0 s>>= 32
; 30: $i > arg0
  75: (2d) if r7 > r0 goto pc+2          ; to 78
  76: (b7) r7 = 0
  77: (05) goto pc+1                     ; to 79
  78: (b7) r7 = 1
  79: (15) if r7 == 0x0 goto pc+1        ; to 81
; 31: break
  80: (05) goto pc+21                    ; to 102
; 33: $i % 2 == 0
  81: (79) r0 = *(u64 *)(r10 -40)
  82: (47) r0 |= 0
  83: (bf) r7 = r0
  84: (97) r7 s%= 2
  85: (15) if r7 == 0x0 goto pc+2        ; to 88
  86: (b7) r7 = 0
  87: (05) goto pc+1                     ; to 89
  88: (b7) r7 = 1
  89: (15) if r7 == 0x0 goto pc+1        ; to 91
; 34: continue
  90: (05) goto pc-37                    ; to 54
; 36: $sum += $i
  91: (79) r7 = *(u64 *)(r10 -48)
  92: (47) r7 |= 0
  93: (79) r0 = *(u64 *)(r10 -40)
  94: (47) r0 |= 0
  95: (0f) r7 += r0
  96: (7b) *(u64 *)(r10 -48) = r7
; 28: while (1) { ...
  97: (05) goto pc-44                    ; to 54
  98: (18) r1 = map[loops][0]+0
 100: (b7) r2 = 1
 101: (db) lock *(u64 *)(r1 +0) += r2
; 38: $x = 0
 102: (b7) r7 = 0
 103: (7b) *(u64 *)(r10 -56) = r7
; 40: $x += arg0
 104: (79) r7 = *(u64 *)(r10 -56)
 105: (47) r7 |= 0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 106: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 107: (07) r3 += -4
 108: (bf) r1 = r10
 109: (07) r1 += -8
 110: (b7) r2 = 4
 111: (85) call bpf_probe_read_user#112
 112: (61) r0 = *(u32 *)(r10 -8)
 113: (67) r0 <<= 32
 114: (c7) r0 s>>= 32
; 40: $x += arg0
 115: (0f) r7 += r0
 116: (7b) *(u64 *)(r10 -56) = r7
 117: (79) r7 = *(u64 *)(r10 -56)
 118: (47) r7 |= 0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 119: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 120: (07) r3 += -4
 121: (bf) r1 = r10
 122: (07) r1 += -8
 123: (b7) r2 = 4
 124: (85) call bpf_probe_read_user#112
 125: (61) r0 = *(u32 *)(r10 -8)
 126: (67) r0 <<= 32
 127: (c7) r0 s>>= 32
; 40: $x += arg0
 128: (0f) r7 += r0
 129: (7b) *(u64 *)(r10 -56) = r7
 130: (79) r7 = *(u64 *)(r10 -56)
 131: (47) r7 |= 0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 132: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 133: (07) r3 += -4
 134: (bf) r1 = r10
 135: (07) r1 += -8
 136: (b7) r2 = 4
 137: (85) call bpf_probe_read_user#112
 138: (61) r0 = *(u32 *)(r10 -8)
 139: (67) r0 <<= 32
 140: (c7) r0 s>>= 32
; 40: $x += arg0
 141: (0f) r7 += r0
 142: (7b) *(u64 *)(r10 -56) = r7
 143: (79) r7 = *(u64 *)(r10 -56)
 144: (47) r7 |= 0
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
 154: (0f) r7 += r0
 155: (7b) *(u64 *)(r10 -56) = r7
 156: (79) r7 = *(u64 *)(r10 -56)
 157: (47) r7 |= 0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 158: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 159: (07) r3 += -4
 160: (bf) r1 = r10
 161: (07) r1 += -8
 162: (b7) r2 = 4
 163: (85) call bpf_probe_read_user#112
 164: (61) r0 = *(u32 *)(r10 -8)
 165: (67) r0 <<= 32
 166: (c7) r0 s>>= 32
; 40: $x += arg0
 167: (0f) r7 += r0
 168: (7b) *(u64 *)(r10 -56) = r7
 169: (79) r7 = *(u64 *)(r10 -56)
 170: (47) r7 |= 0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 171: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 172: (07) r3 += -4
 173: (bf) r1 = r10
 174: (07) r1 += -8
 175: (b7) r2 = 4
 176: (85) call bpf_probe_read_user#112
 177: (61) r0 = *(u32 *)(r10 -8)
 178: (67) r0 <<= 32
 179: (c7) r0 s>>= 32
; 40: $x += arg0
 180: (0f) r7 += r0
 181: (7b) *(u64 *)(r10 -56) = r7
 182: (79) r7 = *(u64 *)(r10 -56)
 183: (47) r7 |= 0
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
 195: (79) r7 = *(u64 *)(r10 -56)
 196: (47) r7 |= 0
; 40: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 197: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 198: (07) r3 += -4
 199: (bf) r1 = r10
 200: (07) r1 += -8
 201: (b7) r2 = 4
 202: (85) call bpf_probe_read_user#112
 203: (61) r0 = *(u32 *)(r10 -8)
 204: (67) r0 <<= 32
 205: (c7) r0 s>>= 32
; 40: $x += arg0
 206: (0f) r7 += r0
 207: (7b) *(u64 *)(r10 -56) = r7
; 42: printf("idx %d %s %s: odd sum %d, times 8: %d, low byte %d\n", arg0, $class, ...
 208: (18) r1 = map[events]
 210: (b7) r2 = 56
 211: (b7) r3 = 0
 212: (85) call bpf_ringbuf_reserve#131
 213: (15) if r0 == 0x0 goto pc+72       ; to 286
 214: (7a) *(u64 *)(r0 +0) = 0
 215: (bf) r9 = r0
; 42: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 216: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 217: (07) r3 += -4
 218: (bf) r1 = r10
 219: (07) r1 += -8
 220: (b7) r2 = 4
 221: (85) call bpf_probe_read_user#112
 222: (61) r0 = *(u32 *)(r10 -8)
 223: (67) r0 <<= 32
 224: (c7) r0 s>>= 32
 225: (7b) *(u64 *)(r9 +8) = r0
; 42: $class
 226: (bf) r3 = r10
 227: (07) r3 += -32
 228: (bf) r1 = r9
 229: (07) r1 += 16
 230: (71) r2 = *(u8 *)(r3 +0)
 231: (73) *(u8 *)(r1 +0) = r2
 232: (71) r2 = *(u8 *)(r3 +1)
 233: (73) *(u8 *)(r1 +1) = r2
 234: (71) r2 = *(u8 *)(r3 +2)
 235: (73) *(u8 *)(r1 +2) = r2
 236: (71) r2 = *(u8 *)(r3 +3)
 237: (73) *(u8 *)(r1 +3) = r2
 238: (71) r2 = *(u8 *)(r3 +4)
 239: (73) *(u8 *)(r1 +4) = r2
 240: (71) r2 = *(u8 *)(r3 +5)
 241: (73) *(u8 *)(r1 +5) = r2
 242: (71) r2 = *(u8 *)(r3 +6)
 243: (73) *(u8 *)(r1 +6) = r2
; 43: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 244: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 245: (07) r3 += -4
 246: (bf) r1 = r10
 247: (07) r1 += -8
 248: (b7) r2 = 4
 249: (85) call bpf_probe_read_user#112
 250: (61) r7 = *(u32 *)(r10 -8)
 251: (67) r7 <<= 32
 252: (c7) r7 s>>= 32
; 43: arg0 % 2 ? "odd" : "even"
 253: (97) r7 %= 2
 254: (15) if r7 == 0x0 goto pc+5        ; to 260
 255: (bf) r1 = r9
 256: (07) r1 += 24
 257: (62) *(u32 *)(r1 +0) = 6579311
 258: (72) *(u8 *)(r1 +4) = 0
 259: (05) goto pc+4                     ; to 264
 260: (bf) r1 = r9
 261: (07) r1 += 24
 262: (62) *(u32 *)(r1 +0) = 1852143205
 263: (72) *(u8 *)(r1 +4) = 0
; 43: $sum
 264: (79) r0 = *(u64 *)(r10 -48)
 265: (47) r0 |= 0
 266: (7b) *(u64 *)(r9 +32) = r0
; 43: $x
 267: (79) r0 = *(u64 *)(r10 -56)
 268: (47) r0 |= 0
 269: (7b) *(u64 *)(r9 +40) = r0
; 43: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 270: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 271: (07) r3 += -4
 272: (bf) r1 = r10
 273: (07) r1 += -8
 274: (b7) r2 = 4
 275: (85) call bpf_probe_read_user#112
 276: (61) r7 = *(u32 *)(r10 -8)
 277: (67) r7 <<= 32
 278: (c7) r7 s>>= 32
; 43: (uint8)(arg0 + 256)
 279: (07) r7 += 256
 280: (57) r7 &= 255
 281: (7b) *(u64 *)(r9 +48) = r7
; 42: printf("idx %d %s %s: odd sum %d, times 8: %d, low byte %d\n", arg0, $class, ...
 282: (bf) r1 = r9
 283: (b7) r2 = 1
 284: (85) call bpf_ringbuf_submit#132
 285: (05) goto pc+4                     ; to 290
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
 286: (18) r1 = map[lost][0]+0
 288: (b7) r2 = 1
 289: (db) lock *(u64 *)(r1 +0) += r2
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 290: (bf) r1 = r10
 291: (07) r1 += -88
 292: (b7) r2 = 0
 293: (7b) *(u64 *)(r1 +0) = r2
 294: (7b) *(u64 *)(r1 +8) = r2
 295: (7b) *(u64 *)(r1 +16) = r2
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 296: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 297: (07) r3 += -4
 298: (bf) r1 = r10
 299: (07) r1 += -8
 300: (b7) r2 = 4
 301: (85) call bpf_probe_read_user#112
 302: (61) r0 = *(u32 *)(r10 -8)
 303: (67) r0 <<= 32
 304: (c7) r0 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 305: (bf) r1 = r10
 306: (07) r1 += -88
 307: (7b) *(u64 *)(r1 +0) = r0
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
 317: (a5) if r0 < 0x3 goto pc+2         ; to 320
 318: (b7) r7 = 0
 319: (05) goto pc+1                     ; to 321
 320: (b7) r7 = 1
 321: (15) if r7 == 0x0 goto pc+7        ; to 329
 322: (bf) r1 = r10
 323: (07) r1 += -88
 324: (07) r1 += 8
 325: (62) *(u32 *)(r1 +0) = 1818324339
 326: (72) *(u8 *)(r1 +4) = 108
 327: (72) *(u8 *)(r1 +5) = 0
 328: (05) goto pc+6                     ; to 335
 329: (bf) r1 = r10
 330: (07) r1 += -88
 331: (07) r1 += 8
 332: (62) *(u32 *)(r1 +0) = 1735549292
 333: (72) *(u8 *)(r1 +4) = 101
 334: (72) *(u8 *)(r1 +5) = 0
; 44: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
 335: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 336: (07) r3 += -4
 337: (bf) r1 = r10
 338: (07) r1 += -8
 339: (b7) r2 = 4
 340: (85) call bpf_probe_read_user#112
 341: (61) r7 = *(u32 *)(r10 -8)
 342: (67) r7 <<= 32
 343: (c7) r7 s>>= 32
; 44: @last = ((int64)arg0, arg0 < 3 ? "small" : "large", (int8)arg0)
 344: (67) r7 <<= 56
 345: (c7) r7 s>>= 56
 346: (bf) r1 = r10
 347: (07) r1 += -88
 348: (7b) *(u64 *)(r1 +16) = r7
 349: (7a) *(u64 *)(r10 -64) = 0
 350: (18) r1 = map[m0_last]
 352: (bf) r2 = r10
 353: (07) r2 += -64
 354: (bf) r3 = r10
 355: (07) r3 += -88
 356: (b7) r4 = 0
 357: (85) call bpf_map_update_elem#2
 358: (15) if r0 == 0x0 goto pc+4        ; to 363
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
 359: (18) r1 = map[dropped][0]+0
 361: (b7) r2 = 1
 362: (db) lock *(u64 *)(r1 +0) += r2
; 17: usdt:./test-server-bounded:test_grp:test_idx ...
 363: (b7) r0 = 0
 364: (95) exit
