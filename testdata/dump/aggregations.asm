program tt_p0_0: usdt:./difftarget:dt:pair (kprobe, 156 instructions)
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
   9: (bf) r1 = r10
  10: (07) r1 += -88
  11: (b7) r2 = 0
  12: (7b) *(u64 *)(r1 +0) = r2
  13: (7b) *(u64 *)(r1 +8) = r2
  14: (7b) *(u64 *)(r1 +16) = r2
  15: (7b) *(u64 *)(r1 +24) = r2
  16: (7b) *(u64 *)(r1 +32) = r2
  17: (7b) *(u64 *)(r1 +40) = r2
  18: (7b) *(u64 *)(r1 +48) = r2
  19: (7b) *(u64 *)(r1 +56) = r2
; 34: arg0 = 8@-96(%rbp): load rbp from pt_regs, add -96, read 8 bytes
  20: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  21: (07) r3 += -96
  22: (bf) r1 = r10
  23: (07) r1 += -8
  24: (b7) r2 = 8
  25: (85) call bpf_probe_read_user#112
  26: (79) r0 = *(u64 *)(r10 -8)
; 34: @sum[str(arg0)] = sum(arg1)
  27: (bf) r8 = r0
  28: (bf) r1 = r10
  29: (07) r1 += -88
  30: (b7) r2 = 64
  31: (bf) r3 = r8
  32: (85) call bpf_probe_read_user_str#114
  33: (18) r1 = map[m6_sum]
  35: (bf) r2 = r10
  36: (07) r2 += -88
  37: (85) call bpf_map_lookup_elem#1
  38: (55) if r0 != 0x0 goto pc+20       ; to 59
  39: (7a) *(u64 *)(r10 -16) = 0
  40: (bf) r3 = r10
  41: (07) r3 += -16
  42: (18) r1 = map[m6_sum]
  44: (bf) r2 = r10
  45: (07) r2 += -88
  46: (b7) r4 = 1
  47: (85) call bpf_map_update_elem#2
  48: (18) r1 = map[m6_sum]
  50: (bf) r2 = r10
  51: (07) r2 += -88
  52: (85) call bpf_map_lookup_elem#1
  53: (55) if r0 != 0x0 goto pc+5        ; to 59
  54: (18) r1 = map[dropped][0]+0
  56: (b7) r2 = 1
  57: (db) lock *(u64 *)(r1 +0) += r2
  58: (05) goto pc+3                     ; to 62
  59: (79) r1 = *(u64 *)(r0 +0)
  60: (0f) r1 += r7
  61: (7b) *(u64 *)(r0 +0) = r1
; 35: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
  62: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  63: (07) r3 += -104
  64: (bf) r1 = r10
  65: (07) r1 += -8
  66: (b7) r2 = 8
  67: (85) call bpf_probe_read_user#112
  68: (79) r0 = *(u64 *)(r10 -8)
; 35: @min = min(arg1)
  69: (bf) r7 = r0
  70: (7a) *(u64 *)(r10 -88) = 0
  71: (18) r1 = map[m2_min]
  73: (bf) r2 = r10
  74: (07) r2 += -88
  75: (85) call bpf_map_lookup_elem#1
  76: (15) if r0 == 0x0 goto pc+9        ; to 86
  77: (7a) *(u64 *)(r0 +16) = 1
  78: (79) r1 = *(u64 *)(r0 +8)
  79: (15) if r1 == 0x0 goto pc+3        ; to 83
  80: (79) r1 = *(u64 *)(r0 +0)
  81: (cd) if r7 s< r1 goto pc+1         ; to 83
  82: (05) goto pc+3                     ; to 86
  83: (7b) *(u64 *)(r0 +0) = r7
  84: (b7) r1 = 1
  85: (7b) *(u64 *)(r0 +8) = r1
; 36: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
  86: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  87: (07) r3 += -104
  88: (bf) r1 = r10
  89: (07) r1 += -8
  90: (b7) r2 = 8
  91: (85) call bpf_probe_read_user#112
  92: (79) r0 = *(u64 *)(r10 -8)
; 36: @max = max(arg1)
  93: (bf) r7 = r0
  94: (7a) *(u64 *)(r10 -88) = 0
  95: (18) r1 = map[m1_max]
  97: (bf) r2 = r10
  98: (07) r2 += -88
  99: (85) call bpf_map_lookup_elem#1
 100: (15) if r0 == 0x0 goto pc+9        ; to 110
 101: (7a) *(u64 *)(r0 +16) = 1
 102: (79) r1 = *(u64 *)(r0 +8)
 103: (15) if r1 == 0x0 goto pc+3        ; to 107
 104: (79) r1 = *(u64 *)(r0 +0)
 105: (6d) if r7 s> r1 goto pc+1         ; to 107
 106: (05) goto pc+3                     ; to 110
 107: (7b) *(u64 *)(r0 +0) = r7
 108: (b7) r1 = 1
 109: (7b) *(u64 *)(r0 +8) = r1
; 37: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
 110: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 111: (07) r3 += -104
 112: (bf) r1 = r10
 113: (07) r1 += -8
 114: (b7) r2 = 8
 115: (85) call bpf_probe_read_user#112
 116: (79) r0 = *(u64 *)(r10 -8)
; 37: @avg = avg(arg1)
 117: (bf) r7 = r0
 118: (7a) *(u64 *)(r10 -88) = 0
 119: (18) r1 = map[m0_avg]
 121: (bf) r2 = r10
 122: (07) r2 += -88
 123: (85) call bpf_map_lookup_elem#1
 124: (15) if r0 == 0x0 goto pc+7        ; to 132
 125: (7a) *(u64 *)(r0 +16) = 1
 126: (79) r1 = *(u64 *)(r0 +0)
 127: (07) r1 += 1
 128: (7b) *(u64 *)(r0 +0) = r1
 129: (79) r1 = *(u64 *)(r0 +8)
 130: (0f) r1 += r7
 131: (7b) *(u64 *)(r0 +8) = r1
; 38: arg1 = -8@-104(%rbp): load rbp from pt_regs, add -104, read 8 bytes
 132: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 133: (07) r3 += -104
 134: (bf) r1 = r10
 135: (07) r1 += -8
 136: (b7) r2 = 8
 137: (85) call bpf_probe_read_user#112
 138: (79) r0 = *(u64 *)(r10 -8)
; 38: @stats = stats(arg1)
 139: (bf) r7 = r0
 140: (7a) *(u64 *)(r10 -88) = 0
 141: (18) r1 = map[m5_stats]
 143: (bf) r2 = r10
 144: (07) r2 += -88
 145: (85) call bpf_map_lookup_elem#1
 146: (15) if r0 == 0x0 goto pc+7        ; to 154
 147: (7a) *(u64 *)(r0 +16) = 1
 148: (79) r1 = *(u64 *)(r0 +0)
 149: (07) r1 += 1
 150: (7b) *(u64 *)(r0 +0) = r1
 151: (79) r1 = *(u64 *)(r0 +8)
 152: (0f) r1 += r7
 153: (7b) *(u64 *)(r0 +8) = r1
; 32: usdt:./difftarget:dt:pair ...
 154: (b7) r0 = 0
 155: (95) exit

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

program tt_p2_2: usdt:./difftarget:dt:val (kprobe, 28 instructions)
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
  15: (15) if r7 == 0x0 goto pc+10       ; to 26
; 52: @negative = count()
  16: (7a) *(u64 *)(r10 -88) = 0
  17: (18) r1 = map[m3_negative]
  19: (bf) r2 = r10
  20: (07) r2 += -88
  21: (85) call bpf_map_lookup_elem#1
  22: (15) if r0 == 0x0 goto pc+3        ; to 26
  23: (79) r1 = *(u64 *)(r0 +0)
  24: (07) r1 += 1
  25: (7b) *(u64 *)(r0 +0) = r1
; 49: usdt:./difftarget:dt:val ...
  26: (b7) r0 = 0
  27: (95) exit
