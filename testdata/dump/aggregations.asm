program tt_p0_0: usdt:./difftarget:dt:pair (kprobe, 141 instructions)
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
   7: (79) r7 = *(u64 *)(r10 -8)
; 34: @sum[str(arg0)] = sum(arg1)
   8: (7a) *(u64 *)(r10 -88) = 0
   9: (7a) *(u64 *)(r10 -80) = 0
  10: (7a) *(u64 *)(r10 -72) = 0
  11: (7a) *(u64 *)(r10 -64) = 0
  12: (7a) *(u64 *)(r10 -56) = 0
  13: (7a) *(u64 *)(r10 -48) = 0
  14: (7a) *(u64 *)(r10 -40) = 0
  15: (7a) *(u64 *)(r10 -32) = 0
; 34: arg0 = 8@-96(%rbp): load rbp from pt_regs, add -96, read 8 bytes
  16: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  17: (07) r3 += -96
  18: (bf) r1 = r10
  19: (07) r1 += -8
  20: (b7) r2 = 8
  21: (85) call bpf_probe_read_user#112
  22: (79) r3 = *(u64 *)(r10 -8)
; 34: @sum[str(arg0)] = sum(arg1)
  23: (bf) r1 = r10
  24: (07) r1 += -88
  25: (b7) r2 = 64
  26: (85) call bpf_probe_read_user_str#114
  27: (18) r1 = map[m6_sum]
  29: (bf) r2 = r10
  30: (07) r2 += -88
  31: (85) call bpf_map_lookup_elem#1
  32: (55) if r0 != 0x0 goto pc+15       ; to 48
  33: (7b) *(u64 *)(r10 -16) = r7
  34: (18) r1 = map[m6_sum]
  36: (bf) r2 = r10
  37: (07) r2 += -88
  38: (bf) r3 = r10
  39: (07) r3 += -16
  40: (b7) r4 = 0
  41: (85) call bpf_map_update_elem#2
  42: (15) if r0 == 0x0 goto pc+8        ; to 51
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  43: (18) r1 = map[dropped][0]+0
  45: (b7) r2 = 1
  46: (db) lock *(u64 *)(r1 +0) += r2
  47: (05) goto pc+3                     ; to 51
  48: (79) r1 = *(u64 *)(r0 +0)
  49: (0f) r1 += r7
  50: (7b) *(u64 *)(r0 +0) = r1
; 35: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
  51: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  52: (07) r3 += -104
  53: (bf) r1 = r10
  54: (07) r1 += -8
  55: (b7) r2 = 8
  56: (85) call bpf_probe_read_user#112
  57: (79) r7 = *(u64 *)(r10 -8)
; 35: @min = min(arg1)
  58: (7a) *(u64 *)(r10 -88) = 0
  59: (18) r1 = map[m2_min]
  61: (bf) r2 = r10
  62: (07) r2 += -88
  63: (85) call bpf_map_lookup_elem#1
  64: (15) if r0 == 0x0 goto pc+9        ; to 74
  65: (7a) *(u64 *)(r0 +16) = 1
  66: (79) r1 = *(u64 *)(r0 +8)
  67: (15) if r1 == 0x0 goto pc+3        ; to 71
  68: (79) r1 = *(u64 *)(r0 +0)
  69: (cd) if r7 s< r1 goto pc+1         ; to 71
  70: (05) goto pc+3                     ; to 74
  71: (7b) *(u64 *)(r0 +0) = r7
  72: (b7) r1 = 1
  73: (7b) *(u64 *)(r0 +8) = r1
; 36: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
  74: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  75: (07) r3 += -104
  76: (bf) r1 = r10
  77: (07) r1 += -8
  78: (b7) r2 = 8
  79: (85) call bpf_probe_read_user#112
  80: (79) r7 = *(u64 *)(r10 -8)
; 36: @max = max(arg1)
  81: (7a) *(u64 *)(r10 -88) = 0
  82: (18) r1 = map[m1_max]
  84: (bf) r2 = r10
  85: (07) r2 += -88
  86: (85) call bpf_map_lookup_elem#1
  87: (15) if r0 == 0x0 goto pc+9        ; to 97
  88: (7a) *(u64 *)(r0 +16) = 1
  89: (79) r1 = *(u64 *)(r0 +8)
  90: (15) if r1 == 0x0 goto pc+3        ; to 94
  91: (79) r1 = *(u64 *)(r0 +0)
  92: (6d) if r7 s> r1 goto pc+1         ; to 94
  93: (05) goto pc+3                     ; to 97
  94: (7b) *(u64 *)(r0 +0) = r7
  95: (b7) r1 = 1
  96: (7b) *(u64 *)(r0 +8) = r1
; 37: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
  97: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  98: (07) r3 += -104
  99: (bf) r1 = r10
 100: (07) r1 += -8
 101: (b7) r2 = 8
 102: (85) call bpf_probe_read_user#112
 103: (79) r7 = *(u64 *)(r10 -8)
; 37: @avg = avg(arg1)
 104: (7a) *(u64 *)(r10 -88) = 0
 105: (18) r1 = map[m0_avg]
 107: (bf) r2 = r10
 108: (07) r2 += -88
 109: (85) call bpf_map_lookup_elem#1
 110: (15) if r0 == 0x0 goto pc+7        ; to 118
 111: (7a) *(u64 *)(r0 +16) = 1
 112: (79) r1 = *(u64 *)(r0 +0)
 113: (07) r1 += 1
 114: (7b) *(u64 *)(r0 +0) = r1
 115: (79) r1 = *(u64 *)(r0 +8)
 116: (0f) r1 += r7
 117: (7b) *(u64 *)(r0 +8) = r1
; 38: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
 118: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 119: (07) r3 += -104
 120: (bf) r1 = r10
 121: (07) r1 += -8
 122: (b7) r2 = 8
 123: (85) call bpf_probe_read_user#112
 124: (79) r7 = *(u64 *)(r10 -8)
; 38: @stats = stats(arg1)
 125: (7a) *(u64 *)(r10 -88) = 0
 126: (18) r1 = map[m5_stats]
 128: (bf) r2 = r10
 129: (07) r2 += -88
 130: (85) call bpf_map_lookup_elem#1
 131: (15) if r0 == 0x0 goto pc+7        ; to 139
 132: (7a) *(u64 *)(r0 +16) = 1
 133: (79) r1 = *(u64 *)(r0 +0)
 134: (07) r1 += 1
 135: (7b) *(u64 *)(r0 +0) = r1
 136: (79) r1 = *(u64 *)(r0 +8)
 137: (0f) r1 += r7
 138: (7b) *(u64 *)(r0 +8) = r1
; 32: usdt:./difftarget:dt:pair ...
 139: (b7) r0 = 0
 140: (95) exit

program tt_p1_1: usdt:./difftarget:dt:val (kprobe, 52 instructions)
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
  10: (15) if r0 == 0x0 goto pc+2        ; to 13
  11: (b7) r7 = 0
  12: (05) goto pc+1                     ; to 14
  13: (b7) r7 = 1
  14: (15) if r7 == 0x0 goto pc+35       ; to 50
; 46: arg1 = -4@-116(%rbp): load rbp from pt_regs, add -116, read 4 bytes, sign-extend
  15: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  16: (07) r3 += -116
  17: (bf) r1 = r10
  18: (07) r1 += -8
  19: (b7) r2 = 4
  20: (85) call bpf_probe_read_user#112
  21: (61) r7 = *(u32 *)(r10 -8)
  22: (67) r7 <<= 32
  23: (c7) r7 s>>= 32
; 46: @small = lhist(arg1, 0, 100, 10)
  24: (7a) *(u64 *)(r10 -88) = 0
  25: (18) r1 = map[m4_small]
  27: (bf) r2 = r10
  28: (07) r2 += -88
  29: (85) call bpf_map_lookup_elem#1
  30: (15) if r0 == 0x0 goto pc+19       ; to 50
  31: (7a) *(u64 *)(r0 +96) = 1
  32: (b7) r3 = 0
  33: (b7) r1 = 0
  34: (cd) if r7 s< r3 goto pc+8         ; to 43
  35: (b7) r2 = 100
  36: (b7) r1 = 11
  37: (7d) if r7 s>= r2 goto pc+5        ; to 43
  38: (bf) r1 = r7
  39: (1f) r1 -= r3
  40: (b7) r2 = 10
  41: (3f) r1 /= r2
  42: (07) r1 += 1
  43: (b5) if r1 <= 0xb goto pc+1        ; to 45
  44: (b7) r1 = 11
  45: (67) r1 <<= 3
  46: (0f) r0 += r1
  47: (79) r1 = *(u64 *)(r0 +0)
  48: (07) r1 += 1
  49: (7b) *(u64 *)(r0 +0) = r1
; 43: usdt:./difftarget:dt:val ...
  50: (b7) r0 = 0
  51: (95) exit

program tt_p2_2: usdt:./difftarget:dt:val (kprobe, 26 instructions)
; uprobe at ./difftarget file offset 0x13d8 (USDT dt:val at address 0x13d8), args -4@-12(%rbp) -4@-116(%rbp) -4@-120(%rbp)
; 50: arg2 = -4@-120(%rbp): load rbp from pt_regs, add -120, read 4 bytes, sign-extend
   0: (79) r3 = *(u64 *)(r1 +32)
   1: (07) r3 += -120
   2: (bf) r1 = r10
   3: (07) r1 += -8
   4: (b7) r2 = 4
   5: (85) call bpf_probe_read_user#112
   6: (61) r0 = *(u32 *)(r10 -8)
   7: (67) r0 <<= 32
   8: (c7) r0 s>>= 32
; 50: arg2 == 1
   9: (15) if r0 == 0x1 goto pc+2        ; to 12
  10: (b7) r7 = 0
  11: (05) goto pc+1                     ; to 13
  12: (b7) r7 = 1
  13: (15) if r7 == 0x0 goto pc+10       ; to 24
; 52: @negative = count()
  14: (7a) *(u64 *)(r10 -88) = 0
  15: (18) r1 = map[m3_negative]
  17: (bf) r2 = r10
  18: (07) r2 += -88
  19: (85) call bpf_map_lookup_elem#1
  20: (15) if r0 == 0x0 goto pc+3        ; to 24
  21: (79) r1 = *(u64 *)(r0 +0)
  22: (07) r1 += 1
  23: (7b) *(u64 *)(r0 +0) = r1
; 49: usdt:./difftarget:dt:val ...
  24: (b7) r0 = 0
  25: (95) exit
