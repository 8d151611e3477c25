program tt_p0_0: uprobe:./cxxtarget:_ZN6shapes5twiceIiEET_S1_ (kprobe, 84 instructions)
; uprobe at ./cxxtarget file offset 0x12d3
; 23: uprobe:./cxxtarget:_ZN6shapes5twiceIiEET_S1_ ...
   0: (bf) r6 = r1
; 25: printf("%s called from:%s", usym(reg("ip")), ustack(4))
   1: (18) r1 = map[events]
   3: (b7) r2 = 32
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+29       ; to 36
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (7b) *(u64 *)(r10 -24) = r0
; 25: usym(reg("ip"))
   9: (79) r7 = *(u64 *)(r6 +128)        ; pt_regs.rip
  10: (85) call bpf_get_current_pid_tgid#14
  11: (77) r0 >>= 32
  12: (79) r1 = *(u64 *)(r10 -24)
  13: (07) r1 += 8
  14: (7b) *(u64 *)(r1 +0) = r7
  15: (7b) *(u64 *)(r1 +8) = r0
; 25: ustack(4)
  16: (bf) r1 = r6
  17: (18) r2 = map[ustack4]
  19: (b7) r3 = 256
  20: (85) call bpf_get_stackid#27
  21: (75) if r0 s>= 0x0 goto pc+1       ; to 23
  22: (b7) r0 = -1
  23: (bc) w0 = w0
  24: (7b) *(u64 *)(r10 -8) = r0
  25: (85) call bpf_get_current_pid_tgid#14
  26: (77) r0 >>= 32
  27: (67) r0 <<= 32
  28: (79) r1 = *(u64 *)(r10 -8)
  29: (4f) r0 |= r1
  30: (79) r1 = *(u64 *)(r10 -24)
  31: (7b) *(u64 *)(r1 +24) = r0
; 25: printf("%s called from:%s", usym(reg("ip")), ustack(4))
  32: (79) r1 = *(u64 *)(r10 -24)
  33: (b7) r2 = 1
  34: (85) call bpf_ringbuf_submit#132
  35: (05) goto pc+4                     ; to 40
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  36: (18) r1 = map[lost][0]+0
  38: (b7) r2 = 1
  39: (db) lock *(u64 *)(r1 +0) += r2
; 26: @stacks[ustack(2)] = count()
  40: (bf) r1 = r6
  41: (18) r2 = map[ustack2]
  43: (b7) r3 = 256
  44: (85) call bpf_get_stackid#27
  45: (75) if r0 s>= 0x0 goto pc+1       ; to 47
  46: (b7) r0 = -1
  47: (bc) w0 = w0
  48: (7b) *(u64 *)(r10 -8) = r0
  49: (85) call bpf_get_current_pid_tgid#14
  50: (77) r0 >>= 32
  51: (67) r0 <<= 32
  52: (79) r1 = *(u64 *)(r10 -8)
  53: (4f) r0 |= r1
  54: (18) r1 = 0x40000000000000
  56: (4f) r0 |= r1
  57: (7b) *(u64 *)(r10 -40) = r0
  58: (18) r1 = map[m1_stacks]
  60: (bf) r2 = r10
  61: (07) r2 += -40
  62: (85) call bpf_map_lookup_elem#1
  63: (55) if r0 != 0x0 goto pc+15       ; to 79
  64: (7a) *(u64 *)(r10 -16) = 1
  65: (18) r1 = map[m1_stacks]
  67: (bf) r2 = r10
  68: (07) r2 += -40
  69: (bf) r3 = r10
  70: (07) r3 += -16
  71: (b7) r4 = 0
  72: (85) call bpf_map_update_elem#2
  73: (15) if r0 == 0x0 goto pc+8        ; to 82
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  74: (18) r1 = map[dropped][0]+0
  76: (b7) r2 = 1
  77: (db) lock *(u64 *)(r1 +0) += r2
  78: (05) goto pc+3                     ; to 82
  79: (79) r1 = *(u64 *)(r0 +0)
  80: (07) r1 += 1
  81: (7b) *(u64 *)(r0 +0) = r1
; 23: uprobe:./cxxtarget:_ZN6shapes5twiceIiEET_S1_ ...
  82: (b7) r0 = 0
  83: (95) exit

program tt_p1_1: uretprobe:./cxxtarget:_ZN6shapes7Counter4stepEi (kprobe, 33 instructions)
; uretprobe at ./cxxtarget file offset 0x115a
; 31: @returns_to[func] = count()
   0: (79) r8 = *(u64 *)(r1 +128)
   1: (85) call bpf_get_current_pid_tgid#14
   2: (77) r0 >>= 32
   3: (bf) r1 = r10
   4: (07) r1 += -40
   5: (7b) *(u64 *)(r1 +0) = r8
   6: (7b) *(u64 *)(r1 +8) = r0
   7: (18) r1 = map[m0_returns_to]
   9: (bf) r2 = r10
  10: (07) r2 += -40
  11: (85) call bpf_map_lookup_elem#1
  12: (55) if r0 != 0x0 goto pc+15       ; to 28
  13: (7a) *(u64 *)(r10 -16) = 1
  14: (18) r1 = map[m0_returns_to]
  16: (bf) r2 = r10
  17: (07) r2 += -40
  18: (bf) r3 = r10
  19: (07) r3 += -16
  20: (b7) r4 = 0
  21: (85) call bpf_map_update_elem#2
  22: (15) if r0 == 0x0 goto pc+8        ; to 31
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  23: (18) r1 = map[dropped][0]+0
  25: (b7) r2 = 1
  26: (db) lock *(u64 *)(r1 +0) += r2
  27: (05) goto pc+3                     ; to 31
  28: (79) r1 = *(u64 *)(r0 +0)
  29: (07) r1 += 1
  30: (7b) *(u64 *)(r0 +0) = r1
; 29: uretprobe:./cxxtarget:_ZN6shapes7Counter4stepEi ...
  31: (b7) r0 = 0
  32: (95) exit
