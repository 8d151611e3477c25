program tt_p0_0: usdt:./difftarget:dt:pair (kprobe, 310 instructions)
; uprobe at ./difftarget file offset 0x1467 (USDT dt:pair at address 0x1467), args 8@-96(%rbp) -8@-104(%rbp)
; 32: usdt:./difftarget:dt:pair ...
   0: (bf) r6 = r1
; 34: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
   1: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   2: (07) r3 += -104
   3: (bf) r1 = r10
   4: (07) r1 += -8
   5: (b7) r2 = 8
   6: (85) call bpf_probe_read_user#112
   7: (79) r0 = *(u64 *)(r10 -8)
; 34: @sum[str(arg0)] = sum(arg1)
   8: (bf) r7 = r0
   9: (b7) r1 = 0
  10: (7b) *(u64 *)(r10 -88) = r1
  11: (7b) *(u64 *)(r10 -80) = r1
  12: (7b) *(u64 *)(r10 -72) = r1
  13: (7b) *(u64 *)(r10 -64) = r1
  14: (7b) *(u64 *)(r10 -56) = r1
  15: (7b) *(u64 *)(r10 -48) = r1
  16: (7b) *(u64 *)(r10 -40) = r1
  17: (7b) *(u64 *)(r10 -32) = r1
  18: (bf) r1 = r10
  19: (07) r1 += -88
  20: (b7) r2 = 0
  21: (7b) *(u64 *)(r1 +0) = r2
  22: (7b) *(u64 *)(r1 +8) = r2
  23: (7b) *(u64 *)(r1 +16) = r2
  24: (7b) *(u64 *)(r1 +24) = r2
  25: (7b) *(u64 *)(r1 +32) = r2
  26: (7b) *(u64 *)(r1 +40) = r2
  27: (7b) *(u64 *)(r1 +48) = r2
  28: (7b) *(u64 *)(r1 +56) = r2
; 34: arg0 = 8@-96(%rbp): load rbp from pt_regs, add -96, read 8 bytes
  29: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  30: (07) r3 += -96
  31: (bf) r1 = r10
  32: (07) r1 += -8
  33: (b7) r2 = 8
  34: (85) call bpf_probe_read_user#112
  35: (79) r0 = *(u64 *)(r10 -8)
; 34: @sum[str(arg0)] = sum(arg1)
  36: (bf) r8 = r0
  37: (bf) r1 = r10
  38: (07) r1 += -88
  39: (b7) r2 = 64
  40: (bf) r3 = r8
  41: (85) call bpf_probe_read_user_str#114
  42: (18) r1 = map[m6_sum]
  44: (bf) r2 = r10
  45: (07) r2 += -88
  46: (85) call bpf_map_lookup_elem#1
  47: (55) if r0 != 0x0 goto pc+33       ; to 81
  48: (b7) r1 = 0
  49: (63) *(u32 *)(r10 -16) = r1
  50: (18) r1 = map[zeroes]
  52: (bf) r2 = r10
  53: (07) r2 += -16
  54: (85) call bpf_map_lookup_elem#1
  55: (15) if r0 == 0x0 goto pc+28       ; to 84
  56: (bf) r3 = r0
  57: (18) r1 = map[m6_sum]
  59: (bf) r2 = r10
  60: (07) r2 += -88
  61: (b7) r4 = 1
  62: (85) call bpf_map_update_elem#2
  63: (18) r1 = map[m6_sum]
  65: (bf) r2 = r10
  66: (07) r2 += -88
  67: (85) call bpf_map_lookup_elem#1
  68: (55) if r0 != 0x0 goto pc+12       ; to 81
  69: (b7) r1 = 0
  70: (63) *(u32 *)(r10 -8) = r1
  71: (18) r1 = map[dropped]
  73: (bf) r2 = r10
  74: (07) r2 += -8
  75: (85) call bpf_map_lookup_elem#1
  76: (15) if r0 == 0x0 goto pc+3        ; to 80
  77: (79) r1 = *(u64 *)(r0 +0)
  78: (07) r1 += 1
  79: (7b) *(u64 *)(r0 +0) = r1
  80: (05) goto pc+3                     ; to 84
  81: (79) r1 = *(u64 *)(r0 +0)
  82: (0f) r1 += r7
  83: (7b) *(u64 *)(r0 +0) = r1
; 35: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
  84: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  85: (07) r3 += -104
  86: (bf) r1 = r10
  87: (07) r1 += -8
  88: (b7) r2 = 8
  89: (85) call bpf_probe_read_user#112
  90: (79) r0 = *(u64 *)(r10 -8)
; 35: @min = min(arg1)
  91: (bf) r7 = r0
  92: (b7) r1 = 0
  93: (7b) *(u64 *)(r10 -88) = r1
  94: (18) r1 = map[m2_min]
  96: (bf) r2 = r10
  97: (07) r2 += -88
  98: (85) call bpf_map_lookup_elem#1
  99: (55) if r0 != 0x0 goto pc+33       ; to 133
 100: (b7) r1 = 0
 101: (63) *(u32 *)(r10 -16) = r1
 102: (18) r1 = map[zeroes]
 104: (bf) r2 = r10
 105: (07) r2 += -16
 106: (85) call bpf_map_lookup_elem#1
 107: (15) if r0 == 0x0 goto pc+33       ; to 141
 108: (bf) r3 = r0
 109: (18) r1 = map[m2_min]
 111: (bf) r2 = r10
 112: (07) r2 += -88
 113: (b7) r4 = 1
 114: (85) call bpf_map_update_elem#2
 115: (18) r1 = map[m2_min]
 117: (bf) r2 = r10
 118: (07) r2 += -88
 119: (85) call bpf_map_lookup_elem#1
 120: (55) if r0 != 0x0 goto pc+12       ; to 133
 121: (b7) r1 = 0
 122: (63) *(u32 *)(r10 -8) = r1
 123: (18) r1 = map[dropped]
 125: (bf) r2 = r10
 126: (07) r2 += -8
 127: (85) call bpf_map_lookup_elem#1
 128: (15) if r0 == 0x0 goto pc+3        ; to 132
 129: (79) r1 = *(u64 *)(r0 +0)
 130: (07) r1 += 1
 131: (7b) *(u64 *)(r0 +0) = r1
 132: (05) goto pc+8                     ; to 141
 133: (79) r1 = *(u64 *)(r0 +8)
 134: (15) if r1 == 0x0 goto pc+3        ; to 138
 135: (79) r1 = *(u64 *)(r0 +0)
 136: (cd) if r7 s< r1 goto pc+1         ; to 138
 137: (05) goto pc+3                     ; to 141
 138: (7b) *(u64 *)(r0 +0) = r7
 139: (b7) r1 = 1
 140: (7b) *(u64 *)(r0 +8) = r1
; 36: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
 141: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 142: (07) r3 += -104
 143: (bf) r1 = r10
 144: (07) r1 += -8
 145: (b7) r2 = 8
 146: (85) call bpf_probe_read_user#112
 147: (79) r0 = *(u64 *)(r10 -8)
; 36: @max = max(arg1)
 148: (bf) r7 = r0
 149: (b7) r1 = 0
 150: (7b) *(u64 *)(r10 -88) = r1
 151: (18) r1 = map[m1_max]
 153: (bf) r2 = r10
 154: (07) r2 += -88
 155: (85) call bpf_map_lookup_elem#1
 156: (55) if r0 != 0x0 goto pc+33       ; to 190
 157: (b7) r1 = 0
 158: (63) *(u32 *)(r10 -16) = r1
 159: (18) r1 = map[zeroes]
 161: (bf) r2 = r10
 162: (07) r2 += -16
 163: (85) call bpf_map_lookup_elem#1
 164: (15) if r0 == 0x0 goto pc+33       ; to 198
 165: (bf) r3 = r0
 166: (18) r1 = map[m1_max]
 168: (bf) r2 = r10
 169: (07) r2 += -88
 170: (b7) r4 = 1
 171: (85) call bpf_map_update_elem#2
 172: (18) r1 = map[m1_max]
 174: (bf) r2 = r10
 175: (07) r2 += -88
 176: (85) call bpf_map_lookup_elem#1
 177: (55) if r0 != 0x0 goto pc+12       ; to 190
 178: (b7) r1 = 0
 179: (63) *(u32 *)(r10 -8) = r1
 180: (18) r1 = map[dropped]
 182: (bf) r2 = r10
 183: (07) r2 += -8
 184: (85) call bpf_map_lookup_elem#1
 185: (15) if r0 == 0x0 goto pc+3        ; to 189
 186: (79) r1 = *(u64 *)(r0 +0)
 187: (07) r1 += 1
 188: (7b) *(u64 *)(r0 +0) = r1
 189: (05) goto pc+8                     ; to 198
 190: (79) r1 = *(u64 *)(r0 +8)
 191: (15) if r1 == 0x0 goto pc+3        ; to 195
 192: (79) r1 = *(u64 *)(r0 +0)
 193: (6d) if r7 s> r1 goto pc+1         ; to 195
 194: (05) goto pc+3                     ; to 198
 195: (7b) *(u64 *)(r0 +0) = r7
 196: (b7) r1 = 1
 197: (7b) *(u64 *)(r0 +8) = r1
; 37: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
 198: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 199: (07) r3 += -104
 200: (bf) r1 = r10
 201: (07) r1 += -8
 202: (b7) r2 = 8
 203: (85) call bpf_probe_read_user#112
 204: (79) r0 = *(u64 *)(r10 -8)
; 37: @avg = avg(arg1)
 205: (bf) r7 = r0
 206: (b7) r1 = 0
 207: (7b) *(u64 *)(r10 -88) = r1
 208: (18) r1 = map[m0_avg]
 210: (bf) r2 = r10
 211: (07) r2 += -88
 212: (85) call bpf_map_lookup_elem#1
 213: (55) if r0 != 0x0 goto pc+33       ; to 247
 214: (b7) r1 = 0
 215: (63) *(u32 *)(r10 -16) = r1
 216: (18) r1 = map[zeroes]
 218: (bf) r2 = r10
 219: (07) r2 += -16
 220: (85) call bpf_map_lookup_elem#1
 221: (15) if r0 == 0x0 goto pc+31       ; to 253
 222: (bf) r3 = r0
 223: (18) r1 = map[m0_avg]
 225: (bf) r2 = r10
 226: (07) r2 += -88
 227: (b7) r4 = 1
 228: (85) call bpf_map_update_elem#2
 229: (18) r1 = map[m0_avg]
 231: (bf) r2 = r10
 232: (07) r2 += -88
 233: (85) call bpf_map_lookup_elem#1
 234: (55) if r0 != 0x0 goto pc+12       ; to 247
 235: (b7) r1 = 0
 236: (63) *(u32 *)(r10 -8) = r1
 237: (18) r1 = map[dropped]
 239: (bf) r2 = r10
 240: (07) r2 += -8
 241: (85) call bpf_map_lookup_elem#1
 242: (15) if r0 == 0x0 goto pc+3        ; to 246
 243: (79) r1 = *(u64 *)(r0 +0)
 244: (07) r1 += 1
 245: (7b) *(u64 *)(r0 +0) = r1
 246: (05) goto pc+6                     ; to 253
 247: (79) r1 = *(u64 *)(r0 +0)
 248: (07) r1 += 1
 249: (7b) *(u64 *)(r0 +0) = r1
 250: (79) r1 = *(u64 *)(r0 +8)
 251: (0f) r1 += r7
 252: (7b) *(u64 *)(r0 +8) = r1
; 38: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
 253: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 254: (07) r3 += -104
 255: (bf) r1 = r10
 256: (07) r1 += -8
 257: (b7) r2 = 8
 258: (85) call bpf_probe_read_user#112
 259: (79) r0 = *(u64 *)(r10 -8)
; 38: @stats = stats(arg1)
 260: (bf) r7 = r0
 261: (b7) r1 = 0
 262: (7b) *(u64 *)(r10 -88) = r1
 263: (18) r1 = map[m5_stats]
 265: (bf) r2 = r10
 266: (07) r2 += -88
 267: (85) call bpf_map_lookup_elem#1
 268: (55) if r0 != 0x0 goto pc+33       ; to 302
 269: (b7) r1 = 0
 270: (63) *(u32 *)(r10 -16) = r1
 271: (18) r1 = map[zeroes]
 273: (bf) r2 = r10
 274: (07) r2 += -16
 275: (85) call bpf_map_lookup_elem#1
 276: (15) if r0 == 0x0 goto pc+31       ; to 308
 277: (bf) r3 = r0
 278: (18) r1 = map[m5_stats]
 280: (bf) r2 = r10
 281: (07) r2 += -88
 282: (b7) r4 = 1
 283: (85) call bpf_map_update_elem#2
 284: (18) r1 = map[m5_stats]
 286: (bf) r2 = r10
 287: (07) r2 += -88
 288: (85) call bpf_map_lookup_elem#1
 289: (55) if r0 != 0x0 goto pc+12       ; to 302
 290: (b7) r1 = 0
 291: (63) *(u32 *)(r10 -8) = r1
 292: (18) r1 = map[dropped]
 294: (bf) r2 = r10
 295: (07) r2 += -8
 296: (85) call bpf_map_lookup_elem#1
 297: (15) if r0 == 0x0 goto pc+3        ; to 301
 298: (79) r1 = *(u64 *)(r0 +0)
 299: (07) r1 += 1
 300: (7b) *(u64 *)(r0 +0) = r1
 301: (05) goto pc+6                     ; to 308
 302: (79) r1 = *(u64 *)(r0 +0)
 303: (07) r1 += 1
 304: (7b) *(u64 *)(r0 +0) = r1
 305: (79) r1 = *(u64 *)(r0 +8)
 306: (0f) r1 += r7
 307: (7b) *(u64 *)(r0 +8) = r1
; 32: usdt:./difftarget:dt:pair ...
 308: (b7) r0 = 0
 309: (95) exit

program tt_p1_1: usdt:./difftarget:dt:val (kprobe, 87 instructions)
; uprobe at ./difftarget file offset 0x13d8 (USDT dt:val at address 0x13d8), args -4@-12(%rbp) -4@-116(%rbp) -4@-120(%rbp)
; 43: usdt:./difftarget:dt:val ...
   0: (bf) r6 = r1
; 44: arg2 = -4@-120(%rbp): load rbp from pt_regs, add -120, read 4 bytes, sign-extend
   1: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   2: (07) r3 += -120
   3: (bf) r1 = r10
   4: (07) r1 += -8
   5: (b7) r2 = 4
   6: (85) call bpf_probe_read_user#112
   7: (61) r0 = *(u32 *)(r10 -8)
   8: (67) r0 <<= 32
   9: (c7) r0 s>>= 32
; 44: arg2 == 0
  10: (bf) r7 = r0
  11: (15) if r7 == 0x0 goto pc+2        ; to 14
  12: (b7) r7 = 0
  13: (05) goto pc+1                     ; to 15
  14: (b7) r7 = 1
  15: (15) if r7 == 0x0 goto pc+69       ; to 85
; 46: arg1 = -4@-116(%rbp): load rbp from pt_regs, add -116, read 4 bytes, sign-extend
  16: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  17: (07) r3 += -116
  18: (bf) r1 = r10
  19: (07) r1 += -8
  20: (b7) r2 = 4
  21: (85) call bpf_probe_read_user#112
  22: (61) r0 = *(u32 *)(r10 -8)
  23: (67) r0 <<= 32
  24: (c7) r0 s>>= 32
; 46: @small = lhist(arg1, 0, 100, 10)
  25: (bf) r7 = r0
  26: (b7) r1 = 0
  27: (7b) *(u64 *)(r10 -88) = r1
  28: (18) r1 = map[m4_small]
  30: (bf) r2 = r10
  31: (07) r2 += -88
  32: (85) call bpf_map_lookup_elem#1
  33: (55) if r0 != 0x0 goto pc+33       ; to 67
  34: (b7) r1 = 0
  35: (63) *(u32 *)(r10 -16) = r1
  36: (18) r1 = map[zeroes]
  38: (bf) r2 = r10
  39: (07) r2 += -16
  40: (85) call bpf_map_lookup_elem#1
  41: (15) if r0 == 0x0 goto pc+43       ; to 85
  42: (bf) r3 = r0
  43: (18) r1 = map[m4_small]
  45: (bf) r2 = r10
  46: (07) r2 += -88
  47: (b7) r4 = 1
  48: (85) call bpf_map_update_elem#2
  49: (18) r1 = map[m4_small]
  51: (bf) r2 = r10
  52: (07) r2 += -88
  53: (85) call bpf_map_lookup_elem#1
  54: (55) if r0 != 0x0 goto pc+12       ; to 67
  55: (b7) r1 = 0
  56: (63) *(u32 *)(r10 -8) = r1
  57: (18) r1 = map[dropped]
  59: (bf) r2 = r10
  60: (07) r2 += -8
  61: (85) call bpf_map_lookup_elem#1
  62: (15) if r0 == 0x0 goto pc+3        ; to 66
  63: (79) r1 = *(u64 *)(r0 +0)
  64: (07) r1 += 1
  65: (7b) *(u64 *)(r0 +0) = r1
  66: (05) goto pc+18                    ; to 85
  67: (b7) r3 = 0
  68: (b7) r1 = 0
  69: (cd) if r7 s< r3 goto pc+8         ; to 78
  70: (b7) r2 = 100
  71: (b7) r1 = 11
  72: (7d) if r7 s>= r2 goto pc+5        ; to 78
  73: (bf) r1 = r7
  74: (1f) r1 -= r3
  75: (b7) r2 = 10
  76: (3f) r1 /= r2
  77: (07) r1 += 1
  78: (b5) if r1 <= 0xb goto pc+1        ; to 80
  79: (b7) r1 = 11
  80: (67) r1 <<= 3
  81: (0f) r0 += r1
  82: (79) r1 = *(u64 *)(r0 +0)
  83: (07) r1 += 1
  84: (7b) *(u64 *)(r0 +0) = r1
; 43: usdt:./difftarget:dt:val ...
  85: (b7) r0 = 0
  86: (95) exit

program tt_p2_2: usdt:./difftarget:dt:val (kprobe, 62 instructions)
; uprobe at ./difftarget file offset 0x13d8 (USDT dt:val at address 0x13d8), args -4@-12(%rbp) -4@-116(%rbp) -4@-120(%rbp)
; 49: usdt:./difftarget:dt:val ...
   0: (bf) r6 = r1
; 50: arg2 = -4@-120(%rbp): load rbp from pt_regs, add -120, read 4 bytes, sign-extend
   1: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   2: (07) r3 += -120
   3: (bf) r1 = r10
   4: (07) r1 += -8
   5: (b7) r2 = 4
   6: (85) call bpf_probe_read_user#112
   7: (61) r0 = *(u32 *)(r10 -8)
   8: (67) r0 <<= 32
   9: (c7) r0 s>>= 32
; 50: arg2 == 1
  10: (bf) r7 = r0
  11: (15) if r7 == 0x1 goto pc+2        ; to 14
  12: (b7) r7 = 0
  13: (05) goto pc+1                     ; to 15
  14: (b7) r7 = 1
  15: (15) if r7 == 0x0 goto pc+44       ; to 60
; 52: @negative = count()
  16: (b7) r1 = 0
  17: (7b) *(u64 *)(r10 -88) = r1
  18: (18) r1 = map[m3_negative]
  20: (bf) r2 = r10
  21: (07) r2 += -88
  22: (85) call bpf_map_lookup_elem#1
  23: (55) if r0 != 0x0 goto pc+33       ; to 57
  24: (b7) r1 = 0
  25: (63) *(u32 *)(r10 -16) = r1
  26: (18) r1 = map[zeroes]
  28: (bf) r2 = r10
  29: (07) r2 += -16
  30: (85) call bpf_map_lookup_elem#1
  31: (15) if r0 == 0x0 goto pc+28       ; to 60
  32: (bf) r3 = r0
  33: (18) r1 = map[m3_negative]
  35: (bf) r2 = r10
  36: (07) r2 += -88
  37: (b7) r4 = 1
  38: (85) call bpf_map_update_elem#2
  39: (18) r1 = map[m3_negative]
  41: (bf) r2 = r10
  42: (07) r2 += -88
  43: (85) call bpf_map_lookup_elem#1
  44: (55) if r0 != 0x0 goto pc+12       ; to 57
  45: (b7) r1 = 0
  46: (63) *(u32 *)(r10 -8) = r1
  47: (18) r1 = map[dropped]
  49: (bf) r2 = r10
  50: (07) r2 += -8
  51: (85) call bpf_map_lookup_elem#1
  52: (15) if r0 == 0x0 goto pc+3        ; to 56
  53: (79) r1 = *(u64 *)(r0 +0)
  54: (07) r1 += 1
  55: (7b) *(u64 *)(r0 +0) = r1
  56: (05) goto pc+3                     ; to 60
  57: (79) r1 = *(u64 *)(r0 +0)
  58: (07) r1 += 1
  59: (7b) *(u64 *)(r0 +0) = r1
; 49: usdt:./difftarget:dt:val ...
  60: (b7) r0 = 0
  61: (95) exit
