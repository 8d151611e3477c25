program tt_p0_0: usdt:./difftarget:dt:val (kprobe, 213 instructions)
; uprobe at ./difftarget file offset 0x13d8 (USDT dt:val at address 0x13d8), args -4@-12(%rbp) -4@-116(%rbp) -4@-120(%rbp)
; 25: usdt:./difftarget:dt:val ...
   0: (bf) r6 = r1
   1: (b7) r1 = 0
   2: (7b) *(u64 *)(r10 -32) = r1
; 27: arg1 = -4@-116(%rbp): load rbp from pt_regs, add -116, read 4 bytes, sign-extend
   3: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   4: (07) r3 += -116
   5: (bf) r1 = r10
   6: (07) r1 += -8
   7: (b7) r2 = 4
   8: (85) call bpf_probe_read_user#112
   9: (61) r0 = *(u32 *)(r10 -8)
  10: (67) r0 <<= 32
  11: (c7) r0 s>>= 32
; 27: $v = (int32)arg1
  12: (bf) r7 = r0
  13: (67) r7 <<= 32
  14: (c7) r7 s>>= 32
  15: (7b) *(u64 *)(r10 -32) = r7
; 28: $v < 0
  16: (79) r0 = *(u64 *)(r10 -32)
  17: (bf) r7 = r0
  18: (c5) if r7 s< 0x0 goto pc+2        ; to 21
  19: (b7) r7 = 0
  20: (05) goto pc+1                     ; to 22
  21: (b7) r7 = 1
  22: (15) if r7 == 0x0 goto pc+64       ; to 87
; 29: printf("%d: %d is negative\n", arg0, $v)
  23: (7a) *(u64 *)(r10 -72) = 0
; 29: arg0 = -4@-12(%rbp): load rbp from pt_regs, add -12, read 4 bytes, sign-extend
  24: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  25: (07) r3 += -12
  26: (bf) r1 = r10
  27: (07) r1 += -8
  28: (b7) r2 = 4
  29: (85) call bpf_probe_read_user#112
  30: (61) r0 = *(u32 *)(r10 -8)
  31: (67) r0 <<= 32
  32: (c7) r0 s>>= 32
  33: (bf) r7 = r0
  34: (7b) *(u64 *)(r10 -64) = r7
; 29: $v
  35: (79) r0 = *(u64 *)(r10 -32)
  36: (bf) r7 = r0
  37: (7b) *(u64 *)(r10 -56) = r7
; 29: printf("%d: %d is negative\n", arg0, $v)
  38: (18) r1 = map[events]
  40: (bf) r2 = r10
  41: (07) r2 += -72
  42: (b7) r3 = 24
  43: (b7) r4 = 1
  44: (85) call bpf_ringbuf_output#130
  45: (15) if r0 == 0x0 goto pc+4        ; to 50
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  46: (18) r1 = map[lost][0]+0
  48: (b7) r2 = 1
  49: (db) lock *(u64 *)(r1 +0) += r2
; 30: @sign["negative"] = count()
  50: (72) *(u8 *)(r10 -39) = 0
  51: (72) *(u8 *)(r10 -38) = 0
  52: (72) *(u8 *)(r10 -37) = 0
  53: (72) *(u8 *)(r10 -36) = 0
  54: (72) *(u8 *)(r10 -35) = 0
  55: (72) *(u8 *)(r10 -34) = 0
  56: (72) *(u8 *)(r10 -33) = 0
  57: (bf) r1 = r10
  58: (07) r1 += -48
  59: (62) *(u32 *)(r1 +0) = 1634166126
  60: (62) *(u32 *)(r1 +4) = 1702259060
  61: (72) *(u8 *)(r1 +8) = 0
  62: (18) r1 = map[m0_sign]
  64: (bf) r2 = r10
  65: (07) r2 += -48
  66: (85) call bpf_map_lookup_elem#1
  67: (55) if r0 != 0x0 goto pc+15       ; to 83
  68: (7a) *(u64 *)(r10 -16) = 1
  69: (18) r1 = map[m0_sign]
  71: (bf) r2 = r10
  72: (07) r2 += -48
  73: (bf) r3 = r10
  74: (07) r3 += -16
  75: (b7) r4 = 0
  76: (85) call bpf_map_update_elem#2
  77: (15) if r0 == 0x0 goto pc+8        ; to 86
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  78: (18) r1 = map[dropped][0]+0
  80: (b7) r2 = 1
  81: (db) lock *(u64 *)(r1 +0) += r2
  82: (05) goto pc+3                     ; to 86
  83: (79) r1 = *(u64 *)(r0 +0)
  84: (07) r1 += 1
  85: (7b) *(u64 *)(r0 +0) = r1
; 28: if ($v < 0) { ...
  86: (05) goto pc+124                   ; to 211
; 31: $v == 0
  87: (79) r0 = *(u64 *)(r10 -32)
  88: (bf) r7 = r0
  89: (15) if r7 == 0x0 goto pc+2        ; to 92
  90: (b7) r7 = 0
  91: (05) goto pc+1                     ; to 93
  92: (b7) r7 = 1
  93: (15) if r7 == 0x0 goto pc+37       ; to 131
; 32: @sign["zero"] = count()
  94: (72) *(u8 *)(r10 -39) = 0
  95: (72) *(u8 *)(r10 -38) = 0
  96: (72) *(u8 *)(r10 -37) = 0
  97: (72) *(u8 *)(r10 -36) = 0
  98: (72) *(u8 *)(r10 -35) = 0
  99: (72) *(u8 *)(r10 -34) = 0
 100: (72) *(u8 *)(r10 -33) = 0
 101: (bf) r1 = r10
 102: (07) r1 += -48
 103: (62) *(u32 *)(r1 +0) = 1869768058
 104: (62) *(u32 *)(r1 +4) = 0
 105: (72) *(u8 *)(r1 +8) = 0
 106: (18) r1 = map[m0_sign]
 108: (bf) r2 = r10
 109: (07) r2 += -48
 110: (85) call bpf_map_lookup_elem#1
 111: (55) if r0 != 0x0 goto pc+15       ; to 127
 112: (7a) *(u64 *)(r10 -16) = 1
 113: (18) r1 = map[m0_sign]
 115: (bf) r2 = r10
 116: (07) r2 += -48
 117: (bf) r3 = r10
 118: (07) r3 += -16
 119: (b7) r4 = 0
 120: (85) call bpf_map_update_elem#2
 121: (15) if r0 == 0x0 goto pc+8        ; to 130
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
 122: (18) r1 = map[dropped][0]+0
 124: (b7) r2 = 1
 125: (db) lock *(u64 *)(r1 +0) += r2
 126: (05) goto pc+3                     ; to 130
 127: (79) r1 = *(u64 *)(r0 +0)
 128: (07) r1 += 1
 129: (7b) *(u64 *)(r0 +0) = r1
; 31: if ($v == 0) { ...
 130: (05) goto pc+80                    ; to 211
; 34: @sign["positive"] = count()
 131: (72) *(u8 *)(r10 -39) = 0
 132: (72) *(u8 *)(r10 -38) = 0
 133: (72) *(u8 *)(r10 -37) = 0
 134: (72) *(u8 *)(r10 -36) = 0
 135: (72) *(u8 *)(r10 -35) = 0
 136: (72) *(u8 *)(r10 -34) = 0
 137: (72) *(u8 *)(r10 -33) = 0
 138: (bf) r1 = r10
 139: (07) r1 += -48
 140: (62) *(u32 *)(r1 +0) = 1769172848
 141: (62) *(u32 *)(r1 +4) = 1702259060
 142: (72) *(u8 *)(r1 +8) = 0
 143: (18) r1 = map[m0_sign]
 145: (bf) r2 = r10
 146: (07) r2 += -48
 147: (85) call bpf_map_lookup_elem#1
 148: (55) if r0 != 0x0 goto pc+15       ; to 164
 149: (7a) *(u64 *)(r10 -16) = 1
 150: (18) r1 = map[m0_sign]
 152: (bf) r2 = r10
 153: (07) r2 += -48
 154: (bf) r3 = r10
 155: (07) r3 += -16
 156: (b7) r4 = 0
 157: (85) call bpf_map_update_elem#2
 158: (15) if r0 == 0x0 goto pc+8        ; to 167
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
 159: (18) r1 = map[dropped][0]+0
 161: (b7) r2 = 1
 162: (db) lock *(u64 *)(r1 +0) += r2
 163: (05) goto pc+3                     ; to 167
 164: (79) r1 = *(u64 *)(r0 +0)
 165: (07) r1 += 1
 166: (7b) *(u64 *)(r0 +0) = r1
; 35: @size[$v < 1000 ? "small" : "large"] = count()
 167: (72) *(u8 *)(r10 -42) = 0
 168: (72) *(u8 *)(r10 -41) = 0
 169: (79) r0 = *(u64 *)(r10 -32)
 170: (bf) r8 = r0
 171: (c5) if r8 s< 0x3e8 goto pc+2      ; to 174
 172: (b7) r8 = 0
 173: (05) goto pc+1                     ; to 175
 174: (b7) r8 = 1
 175: (15) if r8 == 0x0 goto pc+6        ; to 182
 176: (bf) r1 = r10
 177: (07) r1 += -48
 178: (62) *(u32 *)(r1 +0) = 1818324339
 179: (72) *(u8 *)(r1 +4) = 108
 180: (72) *(u8 *)(r1 +5) = 0
 181: (05) goto pc+5                     ; to 187
 182: (bf) r1 = r10
 183: (07) r1 += -48
 184: (62) *(u32 *)(r1 +0) = 1735549292
 185: (72) *(u8 *)(r1 +4) = 101
 186: (72) *(u8 *)(r1 +5) = 0
 187: (18) r1 = map[m1_size]
 189: (bf) r2 = r10
 190: (07) r2 += -48
 191: (85) call bpf_map_lookup_elem#1
 192: (55) if r0 != 0x0 goto pc+15       ; to 208
 193: (7a) *(u64 *)(r10 -16) = 1
 194: (18) r1 = map[m1_size]
 196: (bf) r2 = r10
 197: (07) r2 += -48
 198: (bf) r3 = r10
 199: (07) r3 += -16
 200: (b7) r4 = 0
 201: (85) call bpf_map_update_elem#2
 202: (15) if r0 == 0x0 goto pc+8        ; to 211
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
 203: (18) r1 = map[dropped][0]+0
 205: (b7) r2 = 1
 206: (db) lock *(u64 *)(r1 +0) += r2
 207: (05) goto pc+3                     ; to 211
 208: (79) r1 = *(u64 *)(r0 +0)
 209: (07) r1 += 1
 210: (7b) *(u64 *)(r0 +0) = r1
; 25: usdt:./difftarget:dt:val ...
 211: (b7) r0 = 0
 212: (95) exit
