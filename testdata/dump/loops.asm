program tt_p0_0: usdt:./difftarget:dt:val (kprobe, 88 instructions)
; uprobe at ./difftarget file offset 0x13d8 (USDT dt:val at address 0x13d8), args -4@-12(%rbp) -4@-116(%rbp) -4@-120(%rbp)
; 20: usdt:./difftarget:dt:val ...
   0: (bf) r6 = r1
   1: (b7) r1 = 0
   2: (7b) *(u64 *)(r10 -48) = r1
   3: (7b) *(u64 *)(r10 -32) = r1
   4: (7b) *(u64 *)(r10 -40) = r1
; 21: arg1 = -4@-116(%rbp): load rbp from pt_regs, add -116, read 4 bytes, sign-extend
   5: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   6: (07) r3 += -116
   7: (bf) r1 = r10
   8: (07) r1 += -8
   9: (b7) r2 = 4
  10: (85) call bpf_probe_read_user#112
  11: (61) r0 = *(u32 *)(r10 -8)
  12: (67) r0 <<= 32
  13: (c7) r0 s>>= 32
; 21: (int32)arg1 > 0
  14: (bf) r7 = r0
  15: (67) r7 <<= 32
  16: (c7) r7 s>>= 32
  17: (65) if r7 s> 0x0 goto pc+2        ; to 20
  18: (b7) r7 = 0
  19: (05) goto pc+1                     ; to 21
  20: (b7) r7 = 1
  21: (15) if r7 == 0x0 goto pc+64       ; to 86
; 23: arg1 = -4@-116(%rbp): load rbp from pt_regs, add -116, read 4 bytes, sign-extend
  22: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  23: (07) r3 += -116
  24: (bf) r1 = r10
  25: (07) r1 += -8
  26: (b7) r2 = 4
  27: (85) call bpf_probe_read_user#112
  28: (61) r0 = *(u32 *)(r10 -8)
  29: (67) r0 <<= 32
  30: (c7) r0 s>>= 32
; 23: $v = (int32)arg1
  31: (bf) r7 = r0
  32: (67) r7 <<= 32
  33: (c7) r7 s>>= 32
  34: (7b) *(u64 *)(r10 -40) = r7
; 24: $bits = 0
  35: (b7) r7 = 0
  36: (7b) *(u64 *)(r10 -32) = r7
; 25: while ($v > 0) { ...
  37: (79) r1 = *(u64 *)(r10 -48)
  38: (35) if r1 >= 0x64 goto pc+18      ; to 57
  39: (07) r1 += 1
  40: (7b) *(u64 *)(r10 -48) = r1
; 25: $v > 0
  41: (79) r0 = *(u64 *)(r10 -40)
  42: (bf) r7 = r0
  43: (65) if r7 s> 0x0 goto pc+2        ; to 46
  44: (b7) r7 = 0
  45: (05) goto pc+1                     ; to 47
  46: (b7) r7 = 1
  47: (15) if r7 == 0x0 goto pc+9        ; to 57
; 26: $bits++
  48: (79) r0 = *(u64 *)(r10 -32)
  49: (bf) r7 = r0
  50: (07) r0 += 1
  51: (7b) *(u64 *)(r10 -32) = r0
; 27: $v = $v >> 1
  52: (79) r0 = *(u64 *)(r10 -40)
  53: (bf) r7 = r0
  54: (c7) r7 s>>= 1
  55: (7b) *(u64 *)(r10 -40) = r7
; 25: while ($v > 0) { ...
  56: (05) goto pc-20                    ; to 37
; 29: printf("%d needs %d bits\n", (int32)arg1, $bits)
  57: (7a) *(u64 *)(r10 -72) = 0
; 29: arg1 = -4@-116(%rbp): load rbp from pt_regs, add -116, read 4 bytes, sign-extend
  58: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  59: (07) r3 += -116
  60: (bf) r1 = r10
  61: (07) r1 += -8
  62: (b7) r2 = 4
  63: (85) call bpf_probe_read_user#112
  64: (61) r0 = *(u32 *)(r10 -8)
  65: (67) r0 <<= 32
  66: (c7) r0 s>>= 32
; 29: (int32)arg1
  67: (bf) r7 = r0
  68: (67) r7 <<= 32
  69: (c7) r7 s>>= 32
  70: (7b) *(u64 *)(r10 -64) = r7
; 29: $bits
  71: (79) r0 = *(u64 *)(r10 -32)
  72: (bf) r7 = r0
  73: (7b) *(u64 *)(r10 -56) = r7
; 29: printf("%d needs %d bits\n", (int32)arg1, $bits)
  74: (18) r1 = map[events]
  76: (bf) r2 = r10
  77: (07) r2 += -72
  78: (b7) r3 = 24
  79: (b7) r4 = 1
  80: (85) call bpf_ringbuf_output#130
  81: (15) if r0 == 0x0 goto pc+4        ; to 86
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  82: (18) r1 = map[lost][0]+0
  84: (b7) r2 = 1
  85: (db) lock *(u64 *)(r1 +0) += r2
; 20: usdt:./difftarget:dt:val ...
  86: (b7) r0 = 0
  87: (95) exit
