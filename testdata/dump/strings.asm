program tt_p0_0: usdt:./difftarget:dt:name (kprobe, 138 instructions)
; uprobe at ./difftarget file offset 0x1414 (USDT dt:name at address 0x1414), args -4@-16(%rbp) 8@-112(%rbp)
; 19: usdt:./difftarget:dt:name ...
   0: (bf) r6 = r1
; 21: printf("name %d is %s\n", arg0, str(arg1))
   1: (18) r1 = map[events]
   3: (b7) r2 = 80
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+43       ; to 50
   7: (b7) r1 = 0
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7b) *(u64 *)(r10 -24) = r0
; 21: arg0 = -4@-16(%rbp): load rbp from pt_regs, add -16, read 4 bytes, sign-extend
  10: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  11: (07) r3 += -16
  12: (bf) r1 = r10
  13: (07) r1 += -8
  14: (b7) r2 = 4
  15: (85) call bpf_probe_read_user#112
  16: (61) r0 = *(u32 *)(r10 -8)
  17: (67) r0 <<= 32
  18: (c7) r0 s>>= 32
  19: (bf) r7 = r0
  20: (79) r1 = *(u64 *)(r10 -24)
  21: (7b) *(u64 *)(r1 +8) = r7
; 21: str(arg1)
  22: (79) r1 = *(u64 *)(r10 -24)
  23: (07) r1 += 16
  24: (b7) r2 = 0
  25: (7b) *(u64 *)(r1 +0) = r2
  26: (7b) *(u64 *)(r1 +8) = r2
  27: (7b) *(u64 *)(r1 +16) = r2
  28: (7b) *(u64 *)(r1 +24) = r2
  29: (7b) *(u64 *)(r1 +32) = r2
  30: (7b) *(u64 *)(r1 +40) = r2
  31: (7b) *(u64 *)(r1 +48) = r2
  32: (7b) *(u64 *)(r1 +56) = r2
; 21: arg1 = 8@-112(%rbp): load rbp from pt_regs, add -112, read 8 bytes
  33: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  34: (07) r3 += -112
  35: (bf) r1 = r10
  36: (07) r1 += -8
  37: (b7) r2 = 8
  38: (85) call bpf_probe_read_user#112
  39: (79) r0 = *(u64 *)(r10 -8)
; 21: str(arg1)
  40: (bf) r7 = r0
  41: (79) r1 = *(u64 *)(r10 -24)
  42: (07) r1 += 16
  43: (b7) r2 = 64
  44: (bf) r3 = r7
  45: (85) call bpf_probe_read_user_str#114
; 21: printf("name %d is %s\n", arg0, str(arg1))
  46: (79) r1 = *(u64 *)(r10 -24)
  47: (b7) r2 = 0
  48: (85) call bpf_ringbuf_submit#132
  49: (05) goto pc+11                    ; to 61
  50: (b7) r1 = 0
  51: (63) *(u32 *)(r10 -8) = r1
  52: (18) r1 = map[lost]
  54: (bf) r2 = r10
  55: (07) r2 += -8
  56: (85) call bpf_map_lookup_elem#1
  57: (15) if r0 == 0x0 goto pc+3        ; to 61
  58: (79) r1 = *(u64 *)(r0 +0)
  59: (07) r1 += 1
  60: (7b) *(u64 *)(r0 +0) = r1
; 22: @names[str(arg1)] = count()
  61: (b7) r1 = 0
  62: (7b) *(u64 *)(r10 -88) = r1
  63: (7b) *(u64 *)(r10 -80) = r1
  64: (7b) *(u64 *)(r10 -72) = r1
  65: (7b) *(u64 *)(r10 -64) = r1
  66: (7b) *(u64 *)(r10 -56) = r1
  67: (7b) *(u64 *)(r10 -48) = r1
  68: (7b) *(u64 *)(r10 -40) = r1
  69: (7b) *(u64 *)(r10 -32) = r1
  70: (bf) r1 = r10
  71: (07) r1 += -88
  72: (b7) r2 = 0
  73: (7b) *(u64 *)(r1 +0) = r2
  74: (7b) *(u64 *)(r1 +8) = r2
  75: (7b) *(u64 *)(r1 +16) = r2
  76: (7b) *(u64 *)(r1 +24) = r2
  77: (7b) *(u64 *)(r1 +32) = r2
  78: (7b) *(u64 *)(r1 +40) = r2
  79: (7b) *(u64 *)(r1 +48) = r2
  80: (7b) *(u64 *)(r1 +56) = r2
; 22: arg1 = 8@-112(%rbp): load rbp from pt_regs, add -112, read 8 bytes
  81: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  82: (07) r3 += -112
  83: (bf) r1 = r10
  84: (07) r1 += -8
  85: (b7) r2 = 8
  86: (85) call bpf_probe_read_user#112
  87: (79) r0 = *(u64 *)(r10 -8)
; 22: @names[str(arg1)] = count()
  88: (bf) r8 = r0
  89: (bf) r1 = r10
  90: (07) r1 += -88
  91: (b7) r2 = 64
  92: (bf) r3 = r8
  93: (85) call bpf_probe_read_user_str#114
  94: (18) r1 = map[m0_names]
  96: (bf) r2 = r10
  97: (07) r2 += -88
  98: (85) call bpf_map_lookup_elem#1
  99: (55) if r0 != 0x0 goto pc+33       ; to 133
 100: (b7) r1 = 0
 101: (63) *(u32 *)(r10 -16) = r1
 102: (18) r1 = map[zeroes]
 104: (bf) r2 = r10
 105: (07) r2 += -16
 106: (85) call bpf_map_lookup_elem#1
 107: (15) if r0 == 0x0 goto pc+28       ; to 136
 108: (bf) r3 = r0
 109: (18) r1 = map[m0_names]
 111: (bf) r2 = r10
 112: (07) r2 += -88
 113: (b7) r4 = 1
 114: (85) call bpf_map_update_elem#2
 115: (18) r1 = map[m0_names]
 117: (bf) r2 = r10
 118: (07) r2 += -88
 119: (85) call bpf_map_lookup_elem#1
 120: (55) if r0 != 0x0 goto pc+12       ; to 133
 121: (b7) r1 = 0
 122: (63) *(u32 *)(r10 -8) = r1
 123: (18) r1 = map[dropped]
 125: (bf) r2 = r10
 126: (07) r2 += -8
 127: (85) call bpf_map_lookup_elem#1
 128: (15) if r0 == 0x0 goto pc+3        ; to 132
 129: (79) r1 = *(u64 *)(r0 +0)
 130: (07) r1 += 1
 131: (7b) *(u64 *)(r0 +0) = r1
 132: (05) goto pc+3                     ; to 136
 133: (79) r1 = *(u64 *)(r0 +0)
 134: (07) r1 += 1
 135: (7b) *(u64 *)(r0 +0) = r1
; 19: usdt:./difftarget:dt:name ...
 136: (b7) r0 = 0
 137: (95) exit
