program tt_p0_0: usdt:./difftarget:dt:val (kprobe, 97 instructions)
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
  21: (15) if r7 == 0x0 goto pc+73       ; to 95
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
  61: (18) r1 = map[events]
  63: (b7) r2 = 24
  64: (b7) r3 = 0
  65: (85) call bpf_ringbuf_reserve#131
  66: (15) if r0 == 0x0 goto pc+24       ; to 91
  67: (7a) *(u64 *)(r0 +0) = 0
  68: (7b) *(u64 *)(r10 -24) = r0
; 31: arg1 = -4@-116(%rbp): load rbp from pt_regs, add -116, read 4 bytes, sign-extend
  69: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  70: (07) r3 += -116
  71: (bf) r1 = r10
  72: (07) r1 += -8
  73: (b7) r2 = 4
  74: (85) call bpf_probe_read_user#112
  75: (61) r0 = *(u32 *)(r10 -8)
  76: (67) r0 <<= 32
  77: (c7) r0 s>>= 32
; 31: (int32)arg1
  78: (bf) r7 = r0
  79: (67) r7 <<= 32
  80: (c7) r7 s>>= 32
  81: (79) r1 = *(u64 *)(r10 -24)
  82: (7b) *(u64 *)(r1 +8) = r7
; 31: $bits
  83: (79) r0 = *(u64 *)(r10 -32)
  84: (bf) r7 = r0
  85: (79) r1 = *(u64 *)(r10 -24)
  86: (7b) *(u64 *)(r1 +16) = r7
; 31: printf("%d needs %d bits\n", (int32)arg1, $bits)
  87: (79) r1 = *(u64 *)(r10 -24)
  88: (b7) r2 = 1
  89: (85) call bpf_ringbuf_submit#132
  90: (05) goto pc+4                     ; to 95
  91: (18) r1 = map[lost][0]+0
  93: (b7) r2 = 1
  94: (db) lock *(u64 *)(r1 +0) += r2
; 22: usdt:./difftarget:dt:val ...
  95: (b7) r0 = 0
  96: (95) exit
