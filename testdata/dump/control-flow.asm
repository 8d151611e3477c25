program tt_p0_0: usdt:./difftarget:dt:val (kprobe, 212 instructions)
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
; note: r |= 0 after a variable's load keeps the value and unlinks the register from the variable's stack slot, so that a comparison does not narrow the variable and the verifier can merge the paths after it (without it, each if on a variable doubles the verifier's walk)
  16: (47) r0 |= 0
  17: (c5) if r0 s< 0x0 goto pc+2        ; to 20
  18: (b7) r7 = 0
  19: (05) goto pc+1                     ; to 21
  20: (b7) r7 = 1
  21: (15) if r7 == 0x0 goto pc+64       ; to 86
; 29: printf("%d: %d is negative\n", arg0, $v)
  22: (7a) *(u64 *)(r10 -72) = 0
; 29: arg0 = -4@-12(%rbp): load rbp from pt_regs, add -12, read 4 bytes, sign-extend
  23: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  24: (07) r3 += -12
  25: (bf) r1 = r10
  26: (07) r1 += -8
  27: (b7) r2 = 4
  28: (85) call bpf_probe_read_user#112
  29: (61) r0 = *(u32 *)(r10 -8)
  30: (67) r0 <<= 32
  31: (c7) r0 s>>= 32
  32: (7b) *(u64 *)(r10 -64) = r0
; 29: $v
  33: (79) r0 = *(u64 *)(r10 -32)
  34: (47) r0 |= 0
  35: (7b) *(u64 *)(r10 -56) = r0
; 29: printf("%d: %d is negative\n", arg0, $v)
  36: (18) r1 = map[events]
  38: (bf) r2 = r10
  39: (07) r2 += -72
  40: (b7) r3 = 24
  41: (b7) r4 = 1
  42: (85) call bpf_ringbuf_output#130
  43: (15) if r0 == 0x0 goto pc+4        ; to 48
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  44: (18) r1 = map[lost][0]+0
  46: (b7) r2 = 1
  47: (db) lock *(u64 *)(r1 +0) += r2
; 30: @sign["negative"] = count()
  48: (72) *(u8 *)(r10 -39) = 0
  49: (72) *(u8 *)(r10 -38) = 0
  50: (72) *(u8 *)(r10 -37) = 0
  51: (72) *(u8 *)(r10 -36) = 0
  52: (72) *(u8 *)(r10 -35) = 0
  53: (72) *(u8 *)(r10 -34) = 0
  54: (72) *(u8 *)(r10 -33) = 0
  55: (bf) r1 = r10
  56: (07) r1 += -48
  57: (18) r2 = 0x657669746167656e
  59: (7b) *(u64 *)(r1 +0) = r2
  60: (72) *(u8 *)(r1 +8) = 0
  61: (18) r1 = map[m0_sign]
  63: (bf) r2 = r10
  64: (07) r2 += -48
  65: (85) call bpf_map_lookup_elem#1
  66: (55) if r0 != 0x0 goto pc+15       ; to 82
  67: (7a) *(u64 *)(r10 -16) = 1
  68: (18) r1 = map[m0_sign]
  70: (bf) r2 = r10
  71: (07) r2 += -48
  72: (bf) r3 = r10
  73: (07) r3 += -16
  74: (b7) r4 = 0
  75: (85) call bpf_map_update_elem#2
  76: (15) if r0 == 0x0 goto pc+8        ; to 85
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  77: (18) r1 = map[dropped][0]+0
  79: (b7) r2 = 1
  80: (db) lock *(u64 *)(r1 +0) += r2
  81: (05) goto pc+3                     ; to 85
  82: (79) r1 = *(u64 *)(r0 +0)
  83: (07) r1 += 1
  84: (7b) *(u64 *)(r0 +0) = r1
; 28: if ($v < 0) { ...
  85: (05) goto pc+124                   ; to 210
; 31: $v == 0
  86: (79) r0 = *(u64 *)(r10 -32)
  87: (47) r0 |= 0
  88: (15) if r0 == 0x0 goto pc+2        ; to 91
  89: (b7) r7 = 0
  90: (05) goto pc+1                     ; to 92
  91: (b7) r7 = 1
  92: (15) if r7 == 0x0 goto pc+36       ; to 129
; 32: @sign["zero"] = count()
  93: (72) *(u8 *)(r10 -39) = 0
  94: (72) *(u8 *)(r10 -38) = 0
  95: (72) *(u8 *)(r10 -37) = 0
  96: (72) *(u8 *)(r10 -36) = 0
  97: (72) *(u8 *)(r10 -35) = 0
  98: (72) *(u8 *)(r10 -34) = 0
  99: (72) *(u8 *)(r10 -33) = 0
 100: (bf) r1 = r10
 101: (07) r1 += -48
 102: (7a) *(u64 *)(r1 +0) = 1869768058
 103: (72) *(u8 *)(r1 +8) = 0
 104: (18) r1 = map[m0_sign]
 106: (bf) r2 = r10
 107: (07) r2 += -48
 108: (85) call bpf_map_lookup_elem#1
 109: (55) if r0 != 0x0 goto pc+15       ; to 125
 110: (7a) *(u64 *)(r10 -16) = 1
 111: (18) r1 = map[m0_sign]
 113: (bf) r2 = r10
 114: (07) r2 += -48
 115: (bf) r3 = r10
 116: (07) r3 += -16
 117: (b7) r4 = 0
 118: (85) call bpf_map_update_elem#2
 119: (15) if r0 == 0x0 goto pc+8        ; to 128
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
 120: (18) r1 = map[dropped][0]+0
 122: (b7) r2 = 1
 123: (db) lock *(u64 *)(r1 +0) += r2
 124: (05) goto pc+3                     ; to 128
 125: (79) r1 = *(u64 *)(r0 +0)
 126: (07) r1 += 1
 127: (7b) *(u64 *)(r0 +0) = r1
; 31: if ($v == 0) { ...
 128: (05) goto pc+81                    ; to 210
; 34: @sign["positive"] = count()
 129: (72) *(u8 *)(r10 -39) = 0
 130: (72) *(u8 *)(r10 -38) = 0
 131: (72) *(u8 *)(r10 -37) = 0
 132: (72) *(u8 *)(r10 -36) = 0
 133: (72) *(u8 *)(r10 -35) = 0
 134: (72) *(u8 *)(r10 -34) = 0
 135: (72) *(u8 *)(r10 -33) = 0
 136: (bf) r1 = r10
 137: (07) r1 += -48
 138: (18) r2 = 0x6576697469736f70
 140: (7b) *(u64 *)(r1 +0) = r2
 141: (72) *(u8 *)(r1 +8) = 0
 142: (18) r1 = map[m0_sign]
 144: (bf) r2 = r10
 145: (07) r2 += -48
 146: (85) call bpf_map_lookup_elem#1
 147: (55) if r0 != 0x0 goto pc+15       ; to 163
 148: (7a) *(u64 *)(r10 -16) = 1
 149: (18) r1 = map[m0_sign]
 151: (bf) r2 = r10
 152: (07) r2 += -48
 153: (bf) r3 = r10
 154: (07) r3 += -16
 155: (b7) r4 = 0
 156: (85) call bpf_map_update_elem#2
 157: (15) if r0 == 0x0 goto pc+8        ; to 166
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
 158: (18) r1 = map[dropped][0]+0
 160: (b7) r2 = 1
 161: (db) lock *(u64 *)(r1 +0) += r2
 162: (05) goto pc+3                     ; to 166
 163: (79) r1 = *(u64 *)(r0 +0)
 164: (07) r1 += 1
 165: (7b) *(u64 *)(r0 +0) = r1
; 35: @size[$v < 1000 ? "small" : "large"] = count()
 166: (72) *(u8 *)(r10 -42) = 0
 167: (72) *(u8 *)(r10 -41) = 0
 168: (79) r0 = *(u64 *)(r10 -32)
 169: (47) r0 |= 0
 170: (c5) if r0 s< 0x3e8 goto pc+2      ; to 173
 171: (b7) r8 = 0
 172: (05) goto pc+1                     ; to 174
 173: (b7) r8 = 1
 174: (15) if r8 == 0x0 goto pc+6        ; to 181
 175: (bf) r1 = r10
 176: (07) r1 += -48
 177: (62) *(u32 *)(r1 +0) = 1818324339
 178: (72) *(u8 *)(r1 +4) = 108
 179: (72) *(u8 *)(r1 +5) = 0
 180: (05) goto pc+5                     ; to 186
 181: (bf) r1 = r10
 182: (07) r1 += -48
 183: (62) *(u32 *)(r1 +0) = 1735549292
 184: (72) *(u8 *)(r1 +4) = 101
 185: (72) *(u8 *)(r1 +5) = 0
 186: (18) r1 = map[m1_size]
 188: (bf) r2 = r10
 189: (07) r2 += -48
 190: (85) call bpf_map_lookup_elem#1
 191: (55) if r0 != 0x0 goto pc+15       ; to 207
 192: (7a) *(u64 *)(r10 -16) = 1
 193: (18) r1 = map[m1_size]
 195: (bf) r2 = r10
 196: (07) r2 += -48
 197: (bf) r3 = r10
 198: (07) r3 += -16
 199: (b7) r4 = 0
 200: (85) call bpf_map_update_elem#2
 201: (15) if r0 == 0x0 goto pc+8        ; to 210
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
 202: (18) r1 = map[dropped][0]+0
 204: (b7) r2 = 1
 205: (db) lock *(u64 *)(r1 +0) += r2
 206: (05) goto pc+3                     ; to 210
 207: (79) r1 = *(u64 *)(r0 +0)
 208: (07) r1 += 1
 209: (7b) *(u64 *)(r0 +0) = r1
; 25: usdt:./difftarget:dt:val ...
 210: (b7) r0 = 0
 211: (95) exit
