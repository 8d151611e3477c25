program tt_p0_0: usdt:./difftarget:dt:val (kprobe, 89 instructions)
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
  11: (61) r7 = *(u32 *)(r10 -8)
  12: (67) r7 <<= 32
  13: (c7) r7 s>>= 32
; 23: (int32)arg1 > 0
  14: (67) r7 <<= 32
  15: (c7) r7 s>>= 32
  16: (65) if r7 s> 0x0 goto pc+2        ; to 19
  17: (b7) r7 = 0
  18: (05) goto pc+1                     ; to 20
  19: (b7) r7 = 1
  20: (15) if r7 == 0x0 goto pc+66       ; to 87
; 25: arg1 = -4@-116(%rbp): load rbp from pt_regs, add -116, read 4 bytes, sign-extend
  21: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  22: (07) r3 += -116
  23: (bf) r1 = r10
  24: (07) r1 += -8
  25: (b7) r2 = 4
  26: (85) call bpf_probe_read_user#112
  27: (61) r7 = *(u32 *)(r10 -8)
  28: (67) r7 <<= 32
  29: (c7) r7 s>>= 32
; 25: $v = (int32)arg1
  30: (67) r7 <<= 32
  31: (c7) r7 s>>= 32
  32: (7b) *(u64 *)(r10 -40) = r7
; 26: $bits = 0
  33: (b7) r7 = 0
  34: (7b) *(u64 *)(r10 -32) = r7
; 27: $v > 0
  35: (79) r0 = *(u64 *)(r10 -40)
; note: r |= 0 after a variable's load keeps the value and unlinks the register from the variable's stack slot, so that a comparison does not narrow the variable and the verifier can merge the paths after it (without it, each if on a variable doubles the verifier's walk)
  36: (47) r0 |= 0
  37: (65) if r0 s> 0x0 goto pc+2        ; to 40
  38: (b7) r7 = 0
  39: (05) goto pc+1                     ; to 41
  40: (b7) r7 = 1
  41: (15) if r7 == 0x0 goto pc+17       ; to 59
; 27: while ($v > 0) { ...
  42: (79) r1 = *(u64 *)(r10 -48)
  43: (35) if r1 >= 0x2382 goto pc+11    ; to 55
  44: (07) r1 += 1
  45: (7b) *(u64 *)(r10 -48) = r1
; 28: $bits++
  46: (79) r0 = *(u64 *)(r10 -32)
  47: (bf) r7 = r0
  48: (07) r0 += 1
  49: (7b) *(u64 *)(r10 -32) = r0
; 29: $v = $v >> 1
  50: (79) r7 = *(u64 *)(r10 -40)
  51: (47) r7 |= 0
  52: (c7) r7 s>>= 1
  53: (7b) *(u64 *)(r10 -40) = r7
; 27: while ($v > 0) { ...
  54: (05) goto pc-20                    ; to 35
  55: (18) r1 = map[loops][0]+0
  57: (b7) r2 = 1
  58: (db) lock *(u64 *)(r1 +0) += r2
; 31: printf("%d needs %d bits\n", (int32)arg1, $bits)
  59: (7a) *(u64 *)(r10 -72) = 0
; 31: arg1 = -4@-116(%rbp): load rbp from pt_regs, add -116, read 4 bytes, sign-extend
  60: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  61: (07) r3 += -116
  62: (bf) r1 = r10
  63: (07) r1 += -8
  64: (b7) r2 = 4
  65: (85) call bpf_probe_read_user#112
  66: (61) r7 = *(u32 *)(r10 -8)
  67: (67) r7 <<= 32
  68: (c7) r7 s>>= 32
; 31: (int32)arg1
  69: (67) r7 <<= 32
  70: (c7) r7 s>>= 32
  71: (7b) *(u64 *)(r10 -64) = r7
; 31: $bits
  72: (79) r0 = *(u64 *)(r10 -32)
  73: (47) r0 |= 0
  74: (7b) *(u64 *)(r10 -56) = r0
; 31: printf("%d needs %d bits\n", (int32)arg1, $bits)
  75: (18) r1 = map[events]
  77: (bf) r2 = r10
  78: (07) r2 += -72
  79: (b7) r3 = 24
  80: (b7) r4 = 1
  81: (85) call bpf_ringbuf_output#130
  82: (15) if r0 == 0x0 goto pc+4        ; to 87
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  83: (18) r1 = map[lost][0]+0
  85: (b7) r2 = 1
  86: (db) lock *(u64 *)(r1 +0) += r2
; 22: usdt:./difftarget:dt:val ...
  87: (b7) r0 = 0
  88: (95) exit
