program tt_p0_0: usdt:./difftarget:dt:val (kprobe, 207 instructions)
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
   9: (61) r7 = *(u32 *)(r10 -8)
  10: (67) r7 <<= 32
  11: (c7) r7 s>>= 32
; 27: $v = (int32)arg1
  12: (67) r7 <<= 32
  13: (c7) r7 s>>= 32
  14: (7b) *(u64 *)(r10 -32) = r7
; 28: $v < 0
  15: (79) r0 = *(u64 *)(r10 -32)
  16: (c5) if r0 s< 0x0 goto pc+2        ; to 19
  17: (b7) r7 = 0
  18: (05) goto pc+1                     ; to 20
  19: (b7) r7 = 1
  20: (15) if r7 == 0x0 goto pc+62       ; to 83
; 29: printf("%d: %d is negative\n", arg0, $v)
  21: (7a) *(u64 *)(r10 -72) = 0
; 29: arg0 = -4@-12(%rbp): load rbp from pt_regs, add -12, read 4 bytes, sign-extend
  22: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  23: (07) r3 += -12
  24: (bf) r1 = r10
  25: (07) r1 += -8
  26: (b7) r2 = 4
  27: (85) call bpf_probe_read_user#112
  28: (61) r0 = *(u32 *)(r10 -8)
  29: (67) r0 <<= 32
  30: (c7) r0 s>>= 32
  31: (7b) *(u64 *)(r10 -64) = r0
; 29: $v
  32: (79) r0 = *(u64 *)(r10 -32)
  33: (7b) *(u64 *)(r10 -56) = r0
; 29: printf("%d: %d is negative\n", arg0, $v)
  34: (18) r1 = map[events]
  36: (bf) r2 = r10
  37: (07) r2 += -72
  38: (b7) r3 = 24
  39: (b7) r4 = 1
  40: (85) call bpf_ringbuf_output#130
  41: (15) if r0 == 0x0 goto pc+4        ; to 46
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  42: (18) r1 = map[lost][0]+0
  44: (b7) r2 = 1
  45: (db) lock *(u64 *)(r1 +0) += r2
; 30: @sign["negative"] = count()
  46: (72) *(u8 *)(r10 -39) = 0
  47: (72) *(u8 *)(r10 -38) = 0
  48: (72) *(u8 *)(r10 -37) = 0
  49: (72) *(u8 *)(r10 -36) = 0
  50: (72) *(u8 *)(r10 -35) = 0
  51: (72) *(u8 *)(r10 -34) = 0
  52: (72) *(u8 *)(r10 -33) = 0
  53: (bf) r1 = r10
  54: (07) r1 += -48
  55: (62) *(u32 *)(r1 +0) = 1634166126
  56: (62) *(u32 *)(r1 +4) = 1702259060
  57: (72) *(u8 *)(r1 +8) = 0
  58: (18) r1 = map[m0_sign]
  60: (bf) r2 = r10
  61: (07) r2 += -48
  62: (85) call bpf_map_lookup_elem#1
  63: (55) if r0 != 0x0 goto pc+15       ; to 79
  64: (7a) *(u64 *)(r10 -16) = 1
  65: (18) r1 = map[m0_sign]
  67: (bf) r2 = r10
  68: (07) r2 += -48
  69: (bf) r3 = r10
  70: (07) r3 += -16
  71: (b7) r4 = 0
  72: (85) call bpf_map_update_elem#2
  73: (15) if r0 == 0x0 goto pc+8        ; to 82
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  74: (18) r1 = map[dropped][0]+0
  76: (b7) r2 = 1
  77: (db) lock *(u64 *)(r1 +0) += r2
  78: (05) goto pc+3                     ; to 82
  79: (79) r1 = *(u64 *)(r0 +0)
  80: (07) r1 += 1
  81: (7b) *(u64 *)(r0 +0) = r1
; 28: if ($v < 0) { ...
  82: (05) goto pc+122                   ; to 205
; 31: $v == 0
  83: (79) r0 = *(u64 *)(r10 -32)
  84: (15) if r0 == 0x0 goto pc+2        ; to 87
  85: (b7) r7 = 0
  86: (05) goto pc+1                     ; to 88
  87: (b7) r7 = 1
  88: (15) if r7 == 0x0 goto pc+37       ; to 126
; 32: @sign["zero"] = count()
  89: (72) *(u8 *)(r10 -39) = 0
  90: (72) *(u8 *)(r10 -38) = 0
  91: (72) *(u8 *)(r10 -37) = 0
  92: (72) *(u8 *)(r10 -36) = 0
  93: (72) *(u8 *)(r10 -35) = 0
  94: (72) *(u8 *)(r10 -34) = 0
  95: (72) *(u8 *)(r10 -33) = 0
  96: (bf) r1 = r10
  97: (07) r1 += -48
  98: (62) *(u32 *)(r1 +0) = 1869768058
  99: (62) *(u32 *)(r1 +4) = 0
 100: (72) *(u8 *)(r1 +8) = 0
 101: (18) r1 = map[m0_sign]
 103: (bf) r2 = r10
 104: (07) r2 += -48
 105: (85) call bpf_map_lookup_elem#1
 106: (55) if r0 != 0x0 goto pc+15       ; to 122
 107: (7a) *(u64 *)(r10 -16) = 1
 108: (18) r1 = map[m0_sign]
 110: (bf) r2 = r10
 111: (07) r2 += -48
 112: (bf) r3 = r10
 113: (07) r3 += -16
 114: (b7) r4 = 0
 115: (85) call bpf_map_update_elem#2
 116: (15) if r0 == 0x0 goto pc+8        ; to 125
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
 117: (18) r1 = map[dropped][0]+0
 119: (b7) r2 = 1
 120: (db) lock *(u64 *)(r1 +0) += r2
 121: (05) goto pc+3                     ; to 125
 122: (79) r1 = *(u64 *)(r0 +0)
 123: (07) r1 += 1
 124: (7b) *(u64 *)(r0 +0) = r1
; 31: if ($v == 0) { ...
 125: (05) goto pc+79                    ; to 205
; 34: @sign["positive"] = count()
 126: (72) *(u8 *)(r10 -39) = 0
 127: (72) *(u8 *)(r10 -38) = 0
 128: (72) *(u8 *)(r10 -37) = 0
 129: (72) *(u8 *)(r10 -36) = 0
 130: (72) *(u8 *)(r10 -35) = 0
 131: (72) *(u8 *)(r10 -34) = 0
 132: (72) *(u8 *)(r10 -33) = 0
 133: (bf) r1 = r10
 134: (07) r1 += -48
 135: (62) *(u32 *)(r1 +0) = 1769172848
 136: (62) *(u32 *)(r1 +4) = 1702259060
 137: (72) *(u8 *)(r1 +8) = 0
 138: (18) r1 = map[m0_sign]
 140: (bf) r2 = r10
 141: (07) r2 += -48
 142: (85) call bpf_map_lookup_elem#1
 143: (55) if r0 != 0x0 goto pc+15       ; to 159
 144: (7a) *(u64 *)(r10 -16) = 1
 145: (18) r1 = map[m0_sign]
 147: (bf) r2 = r10
 148: (07) r2 += -48
 149: (bf) r3 = r10
 150: (07) r3 += -16
 151: (b7) r4 = 0
 152: (85) call bpf_map_update_elem#2
 153: (15) if r0 == 0x0 goto pc+8        ; to 162
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
 154: (18) r1 = map[dropped][0]+0
 156: (b7) r2 = 1
 157: (db) lock *(u64 *)(r1 +0) += r2
 158: (05) goto pc+3                     ; to 162
 159: (79) r1 = *(u64 *)(r0 +0)
 160: (07) r1 += 1
 161: (7b) *(u64 *)(r0 +0) = r1
; 35: @size[$v < 1000 ? "small" : "large"] = count()
 162: (72) *(u8 *)(r10 -42) = 0
 163: (72) *(u8 *)(r10 -41) = 0
 164: (79) r0 = *(u64 *)(r10 -32)
 165: (c5) if r0 s< 0x3e8 goto pc+2      ; to 168
 166: (b7) r8 = 0
 167: (05) goto pc+1                     ; to 169
 168: (b7) r8 = 1
 169: (15) if r8 == 0x0 goto pc+6        ; to 176
 170: (bf) r1 = r10
 171: (07) r1 += -48
 172: (62) *(u32 *)(r1 +0) = 1818324339
 173: (72) *(u8 *)(r1 +4) = 108
 174: (72) *(u8 *)(r1 +5) = 0
 175: (05) goto pc+5                     ; to 181
 176: (bf) r1 = r10
 177: (07) r1 += -48
 178: (62) *(u32 *)(r1 +0) = 1735549292
 179: (72) *(u8 *)(r1 +4) = 101
 180: (72) *(u8 *)(r1 +5) = 0
 181: (18) r1 = map[m1_size]
 183: (bf) r2 = r10
 184: (07) r2 += -48
 185: (85) call bpf_map_lookup_elem#1
 186: (55) if r0 != 0x0 goto pc+15       ; to 202
 187: (7a) *(u64 *)(r10 -16) = 1
 188: (18) r1 = map[m1_size]
 190: (bf) r2 = r10
 191: (07) r2 += -48
 192: (bf) r3 = r10
 193: (07) r3 += -16
 194: (b7) r4 = 0
 195: (85) call bpf_map_update_elem#2
 196: (15) if r0 == 0x0 goto pc+8        ; to 205
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
 197: (18) r1 = map[dropped][0]+0
 199: (b7) r2 = 1
 200: (db) lock *(u64 *)(r1 +0) += r2
 201: (05) goto pc+3                     ; to 205
 202: (79) r1 = *(u64 *)(r0 +0)
 203: (07) r1 += 1
 204: (7b) *(u64 *)(r0 +0) = r1
; 25: usdt:./difftarget:dt:val ...
 205: (b7) r0 = 0
 206: (95) exit
