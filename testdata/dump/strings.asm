program tt_p0_0: usdt:./difftarget:dt:name (kprobe, 100 instructions)
; uprobe at ./difftarget file offset 0x1414 (USDT dt:name at address 0x1414), args -4@-16(%rbp) 8@-112(%rbp)
; 19: usdt:./difftarget:dt:name ...
   0: (bf) r6 = r1
; 21: printf("name %d is %s\n", arg0, str(arg1))
   1: (18) r1 = map[events]
   3: (b7) r2 = 80
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+42       ; to 49
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (7b) *(u64 *)(r10 -24) = r0
; 21: arg0 = -4@-16(%rbp): load rbp from pt_regs, add -16, read 4 bytes, sign-extend
   9: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  10: (07) r3 += -16
  11: (bf) r1 = r10
  12: (07) r1 += -8
  13: (b7) r2 = 4
  14: (85) call bpf_probe_read_user#112
  15: (61) r0 = *(u32 *)(r10 -8)
  16: (67) r0 <<= 32
  17: (c7) r0 s>>= 32
  18: (bf) r7 = r0
  19: (79) r1 = *(u64 *)(r10 -24)
  20: (7b) *(u64 *)(r1 +8) = r7
; 21: str(arg1)
  21: (79) r1 = *(u64 *)(r10 -24)
  22: (07) r1 += 16
  23: (b7) r2 = 0
  24: (7b) *(u64 *)(r1 +0) = r2
  25: (7b) *(u64 *)(r1 +8) = r2
  26: (7b) *(u64 *)(r1 +16) = r2
  27: (7b) *(u64 *)(r1 +24) = r2
  28: (7b) *(u64 *)(r1 +32) = r2
  29: (7b) *(u64 *)(r1 +40) = r2
  30: (7b) *(u64 *)(r1 +48) = r2
  31: (7b) *(u64 *)(r1 +56) = r2
; 21: arg1 = 8@-112(%rbp): load rbp from pt_regs, add -112, read 8 bytes
  32: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  33: (07) r3 += -112
  34: (bf) r1 = r10
  35: (07) r1 += -8
  36: (b7) r2 = 8
  37: (85) call bpf_probe_read_user#112
  38: (79) r0 = *(u64 *)(r10 -8)
; 21: str(arg1)
  39: (bf) r7 = r0
  40: (79) r1 = *(u64 *)(r10 -24)
  41: (07) r1 += 16
  42: (b7) r2 = 64
  43: (bf) r3 = r7
  44: (85) call bpf_probe_read_user_str#114
; 21: printf("name %d is %s\n", arg0, str(arg1))
  45: (79) r1 = *(u64 *)(r10 -24)
  46: (b7) r2 = 1
  47: (85) call bpf_ringbuf_submit#132
  48: (05) goto pc+4                     ; to 53
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  49: (18) r1 = map[lost][0]+0
  51: (b7) r2 = 1
  52: (db) lock *(u64 *)(r1 +0) += r2
; 22: @names[str(arg1)] = count()
  53: (7a) *(u64 *)(r10 -88) = 0
  54: (7a) *(u64 *)(r10 -80) = 0
  55: (7a) *(u64 *)(r10 -72) = 0
  56: (7a) *(u64 *)(r10 -64) = 0
  57: (7a) *(u64 *)(r10 -56) = 0
  58: (7a) *(u64 *)(r10 -48) = 0
  59: (7a) *(u64 *)(r10 -40) = 0
  60: (7a) *(u64 *)(r10 -32) = 0
; 22: arg1 = 8@-112(%rbp): load rbp from pt_regs, add -112, read 8 bytes
  61: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  62: (07) r3 += -112
  63: (bf) r1 = r10
  64: (07) r1 += -8
  65: (b7) r2 = 8
  66: (85) call bpf_probe_read_user#112
  67: (79) r0 = *(u64 *)(r10 -8)
; 22: @names[str(arg1)] = count()
  68: (bf) r8 = r0
  69: (bf) r1 = r10
  70: (07) r1 += -88
  71: (b7) r2 = 64
  72: (bf) r3 = r8
  73: (85) call bpf_probe_read_user_str#114
  74: (18) r1 = map[m0_names]
  76: (bf) r2 = r10
  77: (07) r2 += -88
  78: (85) call bpf_map_lookup_elem#1
  79: (55) if r0 != 0x0 goto pc+15       ; to 95
  80: (7a) *(u64 *)(r10 -16) = 1
  81: (18) r1 = map[m0_names]
  83: (bf) r2 = r10
  84: (07) r2 += -88
  85: (bf) r3 = r10
  86: (07) r3 += -16
  87: (b7) r4 = 0
  88: (85) call bpf_map_update_elem#2
  89: (15) if r0 == 0x0 goto pc+8        ; to 98
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  90: (18) r1 = map[dropped][0]+0
  92: (b7) r2 = 1
  93: (db) lock *(u64 *)(r1 +0) += r2
  94: (05) goto pc+3                     ; to 98
  95: (79) r1 = *(u64 *)(r0 +0)
  96: (07) r1 += 1
  97: (7b) *(u64 *)(r0 +0) = r1
; 19: usdt:./difftarget:dt:name ...
  98: (b7) r0 = 0
  99: (95) exit
