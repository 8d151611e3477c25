program tt_p0_0: usdt:./difftarget:dt:pair (kprobe, 148 instructions)
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
   9: (7a) *(u64 *)(r10 -88) = 0
  10: (7a) *(u64 *)(r10 -80) = 0
  11: (7a) *(u64 *)(r10 -72) = 0
  12: (7a) *(u64 *)(r10 -64) = 0
  13: (7a) *(u64 *)(r10 -56) = 0
  14: (7a) *(u64 *)(r10 -48) = 0
  15: (7a) *(u64 *)(r10 -40) = 0
  16: (7a) *(u64 *)(r10 -32) = 0
; 34: arg0 = 8@-96(%rbp): load rbp from pt_regs, add -96, read 8 bytes
  17: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  18: (07) r3 += -96
  19: (bf) r1 = r10
  20: (07) r1 += -8
  21: (b7) r2 = 8
  22: (85) call bpf_probe_read_user#112
  23: (79) r0 = *(u64 *)(r10 -8)
; 34: @sum[str(arg0)] = sum(arg1)
  24: (bf) r8 = r0
  25: (bf) r1 = r10
  26: (07) r1 += -88
  27: (b7) r2 = 64
  28: (bf) r3 = r8
  29: (85) call bpf_probe_read_user_str#114
  30: (18) r1 = map[m6_sum]
  32: (bf) r2 = r10
  33: (07) r2 += -88
  34: (85) call bpf_map_lookup_elem#1
  35: (55) if r0 != 0x0 goto pc+15       ; to 51
  36: (7b) *(u64 *)(r10 -16) = r7
  37: (18) r1 = map[m6_sum]
  39: (bf) r2 = r10
  40: (07) r2 += -88
  41: (bf) r3 = r10
  42: (07) r3 += -16
  43: (b7) r4 = 0
  44: (85) call bpf_map_update_elem#2
  45: (15) if r0 == 0x0 goto pc+8        ; to 54
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  46: (18) r1 = map[dropped][0]+0
  48: (b7) r2 = 1
  49: (db) lock *(u64 *)(r1 +0) += r2
  50: (05) goto pc+3                     ; to 54
  51: (79) r1 = *(u64 *)(r0 +0)
  52: (0f) r1 += r7
  53: (7b) *(u64 *)(r0 +0) = r1
; 35: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
  54: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  55: (07) r3 += -104
  56: (bf) r1 = r10
  57: (07) r1 += -8
  58: (b7) r2 = 8
  59: (85) call bpf_probe_read_user#112
  60: (79) r0 = *(u64 *)(r10 -8)
; 35: @min = min(arg1)
  61: (bf) r7 = r0
  62: (7a) *(u64 *)(r10 -88) = 0
  63: (18) r1 = map[m2_min]
  65: (bf) r2 = r10
  66: (07) r2 += -88
  67: (85) call bpf_map_lookup_elem#1
  68: (15) if r0 == 0x0 goto pc+9        ; to 78
  69: (7a) *(u64 *)(r0 +16) = 1
  70: (79) r1 = *(u64 *)(r0 +8)
  71: (15) if r1 == 0x0 goto pc+3        ; to 75
  72: (79) r1 = *(u64 *)(r0 +0)
  73: (cd) if r7 s< r1 goto pc+1         ; to 75
  74: (05) goto pc+3                     ; to 78
  75: (7b) *(u64 *)(r0 +0) = r7
  76: (b7) r1 = 1
  77: (7b) *(u64 *)(r0 +8) = r1
; 36: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
  78: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  79: (07) r3 += -104
  80: (bf) r1 = r10
  81: (07) r1 += -8
  82: (b7) r2 = 8
  83: (85) call bpf_probe_read_user#112
  84: (79) r0 = *(u64 *)(r10 -8)
; 36: @max = max(arg1)
  85: (bf) r7 = r0
  86: (7a) *(u64 *)(r10 -88) = 0
  87: (18) r1 = map[m1_max]
  89: (bf) r2 = r10
  90: (07) r2 += -88
  91: (85) call bpf_map_lookup_elem#1
  92: (15) if r0 == 0x0 goto pc+9        ; to 102
  93: (7a) *(u64 *)(r0 +16) = 1
  94: (79) r1 = *(u64 *)(r0 +8)
  95: (15) if r1 == 0x0 goto pc+3        ; to 99
  96: (79) r1 = *(u64 *)(r0 +0)
  97: (6d) if r7 s> r1 goto pc+1         ; to 99
  98: (05) goto pc+3                     ; to 102
  99: (7b) *(u64 *)(r0 +0) = r7
 100: (b7) r1 = 1
 101: (7b) *(u64 *)(r0 +8) = r1
; 37: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
 102: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 103: (07) r3 += -104
 104: (bf) r1 = r10
 105: (07) r1 += -8
 106: (b7) r2 = 8
 107: (85) call bpf_probe_read_user#112
 108: (79) r0 = *(u64 *)(r10 -8)
; 37: @avg = avg(arg1)
 109: (bf) r7 = r0
 110: (7a) *(u64 *)(r10 -88) = 0
 111: (18) r1 = map[m0_avg]
 113: (bf) r2 = r10
 114: (07) r2 += -88
 115: (85) call bpf_map_lookup_elem#1
 116: (15) if r0 == 0x0 goto pc+7        ; to 124
 117: (7a) *(u64 *)(r0 +16) = 1
 118: (79) r1 = *(u64 *)(r0 +0)
 119: (07) r1 += 1
 120: (7b) *(u64 *)(r0 +0) = r1
 121: (79) r1 = *(u64 *)(r0 +8)
 122: (0f) r1 += r7
 123: (7b) *(u64 *)(r0 +8) = r1
; 38: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
 124: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 125: (07) r3 += -104
 126: (bf) r1 = r10
 127: (07) r1 += -8
 128: (b7) r2 = 8
 129: (85) call bpf_probe_read_user#112
 130: (79) r0 = *(u64 *)(r10 -8)
; 38: @stats = stats(arg1)
 131: (bf) r7 = r0
 132: (7a) *(u64 *)(r10 -88) = 0
 133: (18) r1 = map[m5_stats]
 135: (bf) r2 = r10
 136: (07) r2 += -88
 137: (85) call bpf_map_lookup_elem#1
 138: (15) if r0 == 0x0 goto pc+7        ; to 146
 139: (7a) *(u64 *)(r0 +16) = 1
 140: (79) r1 = *(u64 *)(r0 +0)
 141: (07) r1 += 1
 142: (7b) *(u64 *)(r0 +0) = r1
 143: (79) r1 = *(u64 *)(r0 +8)
 144: (0f) r1 += r7
 145: (7b) *(u64 *)(r0 +8) = r1
; 32: usdt:./difftarget:dt:pair ...
 146: (b7) r0 = 0
 147: (95) exit

program tt_p1_1: usdt:./difftarget:dt:val (kprobe, 54 instructions)
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
  15: (15) if r7 == 0x0 goto pc+36       ; to 52
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
  26: (7a) *(u64 *)(r10 -88) = 0
  27: (18) r1 = map[m4_small]
  29: (bf) r2 = r10
  30: (07) r2 += -88
  31: (85) call bpf_map_lookup_elem#1
  32: (15) if r0 == 0x0 goto pc+19       ; to 52
  33: (7a) *(u64 *)(r0 +96) = 1
  34: (b7) r3 = 0
  35: (b7) r1 = 0
  36: (cd) if r7 s< r3 goto pc+8         ; to 45
  37: (b7) r2 = 100
  38: (b7) r1 = 11
  39: (7d) if r7 s>= r2 goto pc+5        ; to 45
  40: (bf) r1 = r7
  41: (1f) r1 -= r3
  42: (b7) r2 = 10
  43: (3f) r1 /= r2
  44: (07) r1 += 1
  45: (b5) if r1 <= 0xb goto pc+1        ; to 47
  46: (b7) r1 = 11
  47: (67) r1 <<= 3
  48: (0f) r0 += r1
  49: (79) r1 = *(u64 *)(r0 +0)
  50: (07) r1 += 1
  51: (7b) *(u64 *)(r0 +0) = r1
; 43: usdt:./difftarget:dt:val ...
  52: (b7) r0 = 0
  53: (95) exit

program tt_p2_2: usdt:./difftarget:dt:val (kprobe, 27 instructions)
; uprobe at ./difftarget file offset 0x13d8 (USDT dt:val at address 0x13d8), args -4@-12(%rbp) -4@-116(%rbp) -4@-120(%rbp)
; 50: arg2 = -4@-120(%rbp): load rbp from pt_regs, add -120, read 4 bytes, sign-extend
   0: (79) r3 = *(u64 *)(r1 +32)         ; pt_regs.rbp
   1: (07) r3 += -120
   2: (bf) r1 = r10
   3: (07) r1 += -8
   4: (b7) r2 = 4
   5: (85) call bpf_probe_read_user#112
   6: (61) r0 = *(u32 *)(r10 -8)
   7: (67) r0 <<= 32
   8: (c7) r0 s>>= 32
; 50: arg2 == 1
   9: (bf) r7 = r0
  10: (15) if r7 == 0x1 goto pc+2        ; to 13
  11: (b7) r7 = 0
  12: (05) goto pc+1                     ; to 14
  13: (b7) r7 = 1
  14: (15) if r7 == 0x0 goto pc+10       ; to 25
; 52: @negative = count()
  15: (7a) *(u64 *)(r10 -88) = 0
  16: (18) r1 = map[m3_negative]
  18: (bf) r2 = r10
  19: (07) r2 += -88
  20: (85) call bpf_map_lookup_elem#1
  21: (15) if r0 == 0x0 goto pc+3        ; to 25
  22: (79) r1 = *(u64 *)(r0 +0)
  23: (07) r1 += 1
  24: (7b) *(u64 *)(r0 +0) = r1
; 49: usdt:./difftarget:dt:val ...
  25: (b7) r0 = 0
  26: (95) exit
