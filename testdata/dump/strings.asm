program tt_p0_0: usdt:./difftarget:dt:name (kprobe, 95 instructions)
; uprobe at ./difftarget file offset 0x1414 (USDT dt:name at address 0x1414), args -4@-16(%rbp) 8@-112(%rbp)
; 19: usdt:./difftarget:dt:name ...
   0: (bf) r6 = r1
; 21: printf("name %d is %s\n", arg0, str(arg1))
   1: (18) r1 = map[events]
   3: (b7) r2 = 80
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+39       ; to 46
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
  18: (79) r1 = *(u64 *)(r10 -24)
  19: (7b) *(u64 *)(r1 +8) = r0
; 21: str(arg1)
  20: (79) r1 = *(u64 *)(r10 -24)
  21: (07) r1 += 16
  22: (b7) r2 = 0
  23: (7b) *(u64 *)(r1 +0) = r2
  24: (7b) *(u64 *)(r1 +8) = r2
  25: (7b) *(u64 *)(r1 +16) = r2
  26: (7b) *(u64 *)(r1 +24) = r2
  27: (7b) *(u64 *)(r1 +32) = r2
  28: (7b) *(u64 *)(r1 +40) = r2
  29: (7b) *(u64 *)(r1 +48) = r2
  30: (7b) *(u64 *)(r1 +56) = r2
; 21: arg1 = 8@-112(%rbp): load rbp from pt_regs, add -112, read 8 bytes
  31: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  32: (07) r3 += -112
  33: (bf) r1 = r10
  34: (07) r1 += -8
  35: (b7) r2 = 8
  36: (85) call bpf_probe_read_user#112
  37: (79) r3 = *(u64 *)(r10 -8)
; 21: str(arg1)
  38: (79) r1 = *(u64 *)(r10 -24)
  39: (07) r1 += 16
  40: (b7) r2 = 64
  41: (85) call bpf_probe_read_user_str#114
; 21: printf("name %d is %s\n", arg0, str(arg1))
  42: (79) r1 = *(u64 *)(r10 -24)
  43: (b7) r2 = 1
  44: (85) call bpf_ringbuf_submit#132
  45: (05) goto pc+4                     ; to 50
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  46: (18) r1 = map[lost][0]+0
  48: (b7) r2 = 1
  49: (db) lock *(u64 *)(r1 +0) += r2
; 22: @names[str(arg1)] = count()
  50: (7a) *(u64 *)(r10 -88) = 0
  51: (7a) *(u64 *)(r10 -80) = 0
  52: (7a) *(u64 *)(r10 -72) = 0
  53: (7a) *(u64 *)(r10 -64) = 0
  54: (7a) *(u64 *)(r10 -56) = 0
  55: (7a) *(u64 *)(r10 -48) = 0
  56: (7a) *(u64 *)(r10 -40) = 0
  57: (7a) *(u64 *)(r10 -32) = 0
; 22: arg1 = 8@-112(%rbp): load rbp from pt_regs, add -112, read 8 bytes
  58: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  59: (07) r3 += -112
  60: (bf) r1 = r10
  61: (07) r1 += -8
  62: (b7) r2 = 8
  63: (85) call bpf_probe_read_user#112
  64: (79) r3 = *(u64 *)(r10 -8)
; 22: @names[str(arg1)] = count()
  65: (bf) r1 = r10
  66: (07) r1 += -88
  67: (b7) r2 = 64
  68: (85) call bpf_probe_read_user_str#114
  69: (18) r1 = map[m0_names]
  71: (bf) r2 = r10
  72: (07) r2 += -88
  73: (85) call bpf_map_lookup_elem#1
  74: (55) if r0 != 0x0 goto pc+15       ; to 90
  75: (7a) *(u64 *)(r10 -16) = 1
  76: (18) r1 = map[m0_names]
  78: (bf) r2 = r10
  79: (07) r2 += -88
  80: (bf) r3 = r10
  81: (07) r3 += -16
  82: (b7) r4 = 0
  83: (85) call bpf_map_update_elem#2
  84: (15) if r0 == 0x0 goto pc+8        ; to 93
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  85: (18) r1 = map[dropped][0]+0
  87: (b7) r2 = 1
  88: (db) lock *(u64 *)(r1 +0) += r2
  89: (05) goto pc+3                     ; to 93
  90: (79) r1 = *(u64 *)(r0 +0)
  91: (07) r1 += 1
  92: (7b) *(u64 *)(r0 +0) = r1
; 19: usdt:./difftarget:dt:name ...
  93: (b7) r0 = 0
  94: (95) exit
