program tt_p0_0: usdt:./difftarget:dt:val (kprobe, 92 instructions)
; uprobe at ./difftarget file offset 0x13d8 (USDT dt:val at address 0x13d8), args -4@-12(%rbp) -4@-116(%rbp) -4@-120(%rbp)
; 22: usdt:./difftarget:dt:val ...
   0: (bf) r6 = r1
   1: (b7) r1 = 0
   2: (7b) *(u64 *)(r10 -48) = r1
   3: (7b) *(u64 *)(r10 -32) = r1
   4: (7b) *(u64 *)(r10 -40) = r1
; 23: arg1 = -4@-116(%rbp): load rbp from pt_regs, add -116, read 4 bytes, sign-extend
   5: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   6: (07) r3 += -116
   7: (bf) r1 = r10
   8: (07) r1 += -8
   9: (b7) r2 = 4
  10: (85) call bpf_probe_read_user#112
  11: (61) r0 = *(u32 *)(r10 -8)
  12: (67) r0 <<= 32
  13: (c7) r0 s>>= 32
; 23: (int32)arg1 > 0
  14: (bf) r7 = r0
  15: (67) r7 <<= 32
  16: (c7) r7 s>>= 32
  17: (65) if r7 s> 0x0 goto pc+2        ; to 20
  18: (b7) r7 = 0
  19: (05) goto pc+1                     ; to 21
  20: (b7) r7 = 1
  21: (15) if r7 == 0x0 goto pc+68       ; to 90
; 25: arg1 = -4@-116(%rbp): load rbp from pt_regs, add -116, read 4 bytes, sign-extend
  22: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  23: (07) r3 += -116
  24: (bf) r1 = r10
  25: (07) r1 += -8
  26: (b7) r2 = 4
  27: (85) call bpf_probe_read_user#112
  28: (61) r0 = *(u32 *)(r10 -8)
  29: (67) r0 <<= 32
  30: (c7) r0 s>>= 32
; 25: $v = (int32)arg1
  31: (bf) r7 = r0
  32: (67) r7 <<= 32
  33: (c7) r7 s>>= 32
  34: (7b) *(u64 *)(r10 -40) = r7
; 26: $bits = 0
  35: (b7) r7 = 0
  36: (7b) *(u64 *)(r10 -32) = r7
; 27: $v > 0
  37: (79) r0 = *(u64 *)(r10 -40)
  38: (bf) r7 = r0
  39: (65) if r7 s> 0x0 goto pc+2        ; to 42
  40: (b7) r7 = 0
  41: (05) goto pc+1                     ; to 43
  42: (b7) r7 = 1
  43: (15) if r7 == 0x0 goto pc+17       ; to 61
; 27: while ($v > 0) { ...
  44: (79) r1 = *(u64 *)(r10 -48)
  45: (35) if r1 >= 0x2710 goto pc+11    ; to 57
  46: (07) r1 += 1
  47: (7b) *(u64 *)(r10 -48) = r1
; 28: $bits++
  48: (79) r0 = *(u64 *)(r10 -32)
  49: (bf) r7 = r0
  50: (07) r0 += 1
  51: (7b) *(u64 *)(r10 -32) = r0
; 29: $v = $v >> 1
  52: (79) r0 = *(u64 *)(r10 -40)
  53: (bf) r7 = r0
  54: (c7) r7 s>>= 1
  55: (7b) *(u64 *)(r10 -40) = r7
; 27: while ($v > 0) { ...
  56: (05) goto pc-20                    ; to 37
  57: (18) r1 = map[loops][0]+0
  59: (b7) r2 = 1
  60: (db) lock *(u64 *)(r1 +0) += r2
; 31: printf("%d needs %d bits\n", (int32)arg1, $bits)
  61: (7a) *(u64 *)(r10 -72) = 0
; 31: arg1 = -4@-116(%rbp): load rbp from pt_regs, add -116, read 4 bytes, sign-extend
  62: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  63: (07) r3 += -116
  64: (bf) r1 = r10
  65: (07) r1 += -8
  66: (b7) r2 = 4
  67: (85) call bpf_probe_read_user#112
  68: (61) r0 = *(u32 *)(r10 -8)
  69: (67) r0 <<= 32
  70: (c7) r0 s>>= 32
; 31: (int32)arg1
  71: (bf) r7 = r0
  72: (67) r7 <<= 32
  73: (c7) r7 s>>= 32
  74: (7b) *(u64 *)(r10 -64) = r7
; 31: $bits
  75: (79) r0 = *(u64 *)(r10 -32)
  76: (bf) r7 = r0
  77: (7b) *(u64 *)(r10 -56) = r7
; 31: printf("%d needs %d bits\n", (int32)arg1, $bits)
  78: (18) r1 = map[events]
  80: (bf) r2 = r10
  81: (07) r2 += -72
  82: (b7) r3 = 24
  83: (b7) r4 = 1
  84: (85) call bpf_ringbuf_output#130
  85: (15) if r0 == 0x0 goto pc+4        ; to 90
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  86: (18) r1 = map[lost][0]+0
  88: (b7) r2 = 1
  89: (db) lock *(u64 *)(r1 +0) += r2
; 22: usdt:./difftarget:dt:val ...
  90: (b7) r0 = 0
  91: (95) exit
