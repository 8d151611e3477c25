program tt_p0_0: usdt:./difftarget:dt:name (kprobe, 83 instructions)
; uprobe at ./difftarget file offset 0x1414 (USDT dt:name at address 0x1414), args -4@-16(%rbp) 8@-112(%rbp)
; 19: usdt:./difftarget:dt:name ...
   0: (bf) r6 = r1
; 21: printf("name %d is %s\n", arg0, str(arg1))
   1: (18) r1 = map[events]
   3: (b7) r2 = 80
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+27       ; to 34
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (bf) r9 = r0
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
  18: (7b) *(u64 *)(r9 +8) = r0
; 21: arg1 = 8@-112(%rbp): load rbp from pt_regs, add -112, read 8 bytes
  19: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  20: (07) r3 += -112
  21: (bf) r1 = r10
  22: (07) r1 += -8
  23: (b7) r2 = 8
  24: (85) call bpf_probe_read_user#112
  25: (79) r3 = *(u64 *)(r10 -8)
; 21: str(arg1)
  26: (bf) r1 = r9
  27: (07) r1 += 16
  28: (b7) r2 = 64
  29: (85) call bpf_probe_read_user_str#114
; 21: printf("name %d is %s\n", arg0, str(arg1))
  30: (bf) r1 = r9
  31: (b7) r2 = 1
  32: (85) call bpf_ringbuf_submit#132
  33: (05) goto pc+4                     ; to 38
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  34: (18) r1 = map[lost][0]+0
  36: (b7) r2 = 1
  37: (db) lock *(u64 *)(r1 +0) += r2
; 22: @names[str(arg1)] = count()
  38: (7a) *(u64 *)(r10 -88) = 0
  39: (7a) *(u64 *)(r10 -80) = 0
  40: (7a) *(u64 *)(r10 -72) = 0
  41: (7a) *(u64 *)(r10 -64) = 0
  42: (7a) *(u64 *)(r10 -56) = 0
  43: (7a) *(u64 *)(r10 -48) = 0
  44: (7a) *(u64 *)(r10 -40) = 0
  45: (7a) *(u64 *)(r10 -32) = 0
; 22: arg1 = 8@-112(%rbp): load rbp from pt_regs, add -112, read 8 bytes
  46: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  47: (07) r3 += -112
  48: (bf) r1 = r10
  49: (07) r1 += -8
  50: (b7) r2 = 8
  51: (85) call bpf_probe_read_user#112
  52: (79) r3 = *(u64 *)(r10 -8)
; 22: @names[str(arg1)] = count()
  53: (bf) r1 = r10
  54: (07) r1 += -88
  55: (b7) r2 = 64
  56: (85) call bpf_probe_read_user_str#114
  57: (18) r1 = map[m0_names]
  59: (bf) r2 = r10
  60: (07) r2 += -88
  61: (85) call bpf_map_lookup_elem#1
  62: (55) if r0 != 0x0 goto pc+15       ; to 78
  63: (7a) *(u64 *)(r10 -16) = 1
  64: (18) r1 = map[m0_names]
  66: (bf) r2 = r10
  67: (07) r2 += -88
  68: (bf) r3 = r10
  69: (07) r3 += -16
  70: (b7) r4 = 0
  71: (85) call bpf_map_update_elem#2
  72: (15) if r0 == 0x0 goto pc+8        ; to 81
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  73: (18) r1 = map[dropped][0]+0
  75: (b7) r2 = 1
  76: (db) lock *(u64 *)(r1 +0) += r2
  77: (05) goto pc+3                     ; to 81
  78: (79) r1 = *(u64 *)(r0 +0)
  79: (07) r1 += 1
  80: (7b) *(u64 *)(r0 +0) = r1
; 19: usdt:./difftarget:dt:name ...
  81: (b7) r0 = 0
  82: (95) exit
