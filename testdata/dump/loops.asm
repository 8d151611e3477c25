program tt_p0_0: usdt:./difftarget:dt:val (kprobe, 112 instructions)
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
  21: (15) if r7 == 0x0 goto pc+88       ; to 110
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
  43: (15) if r7 == 0x0 goto pc+24       ; to 68
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
  57: (b7) r1 = 0
  58: (63) *(u32 *)(r10 -8) = r1
  59: (18) r1 = map[loops]
  61: (bf) r2 = r10
  62: (07) r2 += -8
  63: (85) call bpf_map_lookup_elem#1
  64: (15) if r0 == 0x0 goto pc+3        ; to 68
  65: (79) r1 = *(u64 *)(r0 +0)
  66: (07) r1 += 1
  67: (7b) *(u64 *)(r0 +0) = r1
; 31: printf("%d needs %d bits\n", (int32)arg1, $bits)
  68: (18) r1 = map[events]
  70: (b7) r2 = 24
  71: (b7) r3 = 0
  72: (85) call bpf_ringbuf_reserve#131
  73: (15) if r0 == 0x0 goto pc+25       ; to 99
  74: (b7) r1 = 0
  75: (7b) *(u64 *)(r0 +0) = r1
  76: (7b) *(u64 *)(r10 -24) = r0
; 31: arg1 = -4@-116(%rbp): load rbp from pt_regs, add -116, read 4 bytes, sign-extend
  77: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  78: (07) r3 += -116
  79: (bf) r1 = r10
  80: (07) r1 += -8
  81: (b7) r2 = 4
  82: (85) call bpf_probe_read_user#112
  83: (61) r0 = *(u32 *)(r10 -8)
  84: (67) r0 <<= 32
  85: (c7) r0 s>>= 32
; 31: (int32)arg1
  86: (bf) r7 = r0
  87: (67) r7 <<= 32
  88: (c7) r7 s>>= 32
  89: (79) r1 = *(u64 *)(r10 -24)
  90: (7b) *(u64 *)(r1 +8) = r7
; 31: $bits
  91: (79) r0 = *(u64 *)(r10 -32)
  92: (bf) r7 = r0
  93: (79) r1 = *(u64 *)(r10 -24)
  94: (7b) *(u64 *)(r1 +16) = r7
; 31: printf("%d needs %d bits\n", (int32)arg1, $bits)
  95: (79) r1 = *(u64 *)(r10 -24)
  96: (b7) r2 = 0
  97: (85) call bpf_ringbuf_submit#132
  98: (05) goto pc+11                    ; to 110
  99: (b7) r1 = 0
 100: (63) *(u32 *)(r10 -8) = r1
 101: (18) r1 = map[lost]
 103: (bf) r2 = r10
 104: (07) r2 += -8
 105: (85) call bpf_map_lookup_elem#1
 106: (15) if r0 == 0x0 goto pc+3        ; to 110
 107: (79) r1 = *(u64 *)(r0 +0)
 108: (07) r1 += 1
 109: (7b) *(u64 *)(r0 +0) = r1
; 22: usdt:./difftarget:dt:val ...
 110: (b7) r0 = 0
 111: (95) exit
