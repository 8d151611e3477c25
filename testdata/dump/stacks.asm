program tt_p0_0: uprobe:./cxxtarget:_ZN6shapes5twiceIiEET_S1_ (kprobe, 93 instructions)
; uprobe at ./cxxtarget file offset 0x12d3
; 23: uprobe:./cxxtarget:_ZN6shapes5twiceIiEET_S1_ ...
   0: (bf) r6 = r1
; 25: printf("%s called from:%s", usym(reg("ip")), ustack(4))
   1: (18) r1 = map[events]
   3: (b7) r2 = 32
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+32       ; to 39
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (7b) *(u64 *)(r10 -24) = r0
; 25: usym(reg("ip"))
   9: (79) r0 = *(u64 *)(r6 +128)        ; pt_regs.rip
  10: (bf) r7 = r0
  11: (85) call bpf_get_current_pid_tgid#14
  12: (77) r0 >>= 32
  13: (bf) r2 = r0
  14: (79) r1 = *(u64 *)(r10 -24)
  15: (07) r1 += 8
  16: (7b) *(u64 *)(r1 +0) = r7
  17: (7b) *(u64 *)(r1 +8) = r2
; 25: ustack(4)
  18: (bf) r1 = r6
  19: (18) r2 = map[ustack4]
  21: (b7) r3 = 256
  22: (85) call bpf_get_stackid#27
  23: (75) if r0 s>= 0x0 goto pc+1       ; to 25
  24: (b7) r0 = -1
  25: (bc) w0 = w0
  26: (7b) *(u64 *)(r10 -8) = r0
  27: (85) call bpf_get_current_pid_tgid#14
  28: (77) r0 >>= 32
  29: (67) r0 <<= 32
  30: (79) r1 = *(u64 *)(r10 -8)
  31: (4f) r0 |= r1
  32: (bf) r7 = r0
  33: (79) r1 = *(u64 *)(r10 -24)
  34: (7b) *(u64 *)(r1 +24) = r7
; 25: printf("%s called from:%s", usym(reg("ip")), ustack(4))
  35: (79) r1 = *(u64 *)(r10 -24)
  36: (b7) r2 = 1
  37: (85) call bpf_ringbuf_submit#132
  38: (05) goto pc+4                     ; to 43
  39: (18) r1 = map[lost][0]+0
  41: (b7) r2 = 1
  42: (db) lock *(u64 *)(r1 +0) += r2
; 26: @stacks[ustack(2)] = count()
  43: (bf) r1 = r6
  44: (18) r2 = map[ustack2]
  46: (b7) r3 = 256
  47: (85) call bpf_get_stackid#27
  48: (75) if r0 s>= 0x0 goto pc+1       ; to 50
  49: (b7) r0 = -1
  50: (bc) w0 = w0
  51: (7b) *(u64 *)(r10 -8) = r0
  52: (85) call bpf_get_current_pid_tgid#14
  53: (77) r0 >>= 32
  54: (67) r0 <<= 32
  55: (79) r1 = *(u64 *)(r10 -8)
  56: (4f) r0 |= r1
  57: (18) r1 = 0x40000000000000
  59: (4f) r0 |= r1
  60: (bf) r8 = r0
  61: (7b) *(u64 *)(r10 -40) = r8
  62: (18) r1 = map[m1_stacks]
  64: (bf) r2 = r10
  65: (07) r2 += -40
  66: (85) call bpf_map_lookup_elem#1
  67: (55) if r0 != 0x0 goto pc+20       ; to 88
  68: (7a) *(u64 *)(r10 -16) = 0
  69: (bf) r3 = r10
  70: (07) r3 += -16
  71: (18) r1 = map[m1_stacks]
  73: (bf) r2 = r10
  74: (07) r2 += -40
  75: (b7) r4 = 1
  76: (85) call bpf_map_update_elem#2
  77: (18) r1 = map[m1_stacks]
  79: (bf) r2 = r10
  80: (07) r2 += -40
  81: (85) call bpf_map_lookup_elem#1
  82: (55) if r0 != 0x0 goto pc+5        ; to 88
  83: (18) r1 = map[dropped][0]+0
  85: (b7) r2 = 1
  86: (db) lock *(u64 *)(r1 +0) += r2
  87: (05) goto pc+3                     ; to 91
  88: (79) r1 = *(u64 *)(r0 +0)
  89: (07) r1 += 1
  90: (7b) *(u64 *)(r0 +0) = r1
; 23: uprobe:./cxxtarget:_ZN6shapes5twiceIiEET_S1_ ...
  91: (b7) r0 = 0
  92: (95) exit

program tt_p1_1: uretprobe:./cxxtarget:_ZN6shapes7Counter4stepEi (kprobe, 41 instructions)
; uretprobe at ./cxxtarget file offset 0x115a
; 29: uretprobe:./cxxtarget:_ZN6shapes7Counter4stepEi ...
   0: (bf) r6 = r1
; 31: @returns_to[func] = count()
   1: (79) r0 = *(u64 *)(r6 +128)        ; pt_regs.rip
   2: (bf) r8 = r0
   3: (85) call bpf_get_current_pid_tgid#14
   4: (77) r0 >>= 32
   5: (bf) r2 = r0
   6: (bf) r1 = r10
   7: (07) r1 += -40
   8: (7b) *(u64 *)(r1 +0) = r8
   9: (7b) *(u64 *)(r1 +8) = r2
  10: (18) r1 = map[m0_returns_to]
  12: (bf) r2 = r10
  13: (07) r2 += -40
  14: (85) call bpf_map_lookup_elem#1
  15: (55) if r0 != 0x0 goto pc+20       ; to 36
  16: (7a) *(u64 *)(r10 -16) = 0
  17: (bf) r3 = r10
  18: (07) r3 += -16
  19: (18) r1 = map[m0_returns_to]
  21: (bf) r2 = r10
  22: (07) r2 += -40
  23: (b7) r4 = 1
  24: (85) call bpf_map_update_elem#2
  25: (18) r1 = map[m0_returns_to]
  27: (bf) r2 = r10
  28: (07) r2 += -40
  29: (85) call bpf_map_lookup_elem#1
  30: (55) if r0 != 0x0 goto pc+5        ; to 36
  31: (18) r1 = map[dropped][0]+0
  33: (b7) r2 = 1
  34: (db) lock *(u64 *)(r1 +0) += r2
  35: (05) goto pc+3                     ; to 39
  36: (79) r1 = *(u64 *)(r0 +0)
  37: (07) r1 += 1
  38: (7b) *(u64 *)(r0 +0) = r1
; 29: uretprobe:./cxxtarget:_ZN6shapes7Counter4stepEi ...
  39: (b7) r0 = 0
  40: (95) exit
