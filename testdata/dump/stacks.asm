program tt_p0_0: uprobe:./cxxtarget:_ZN6shapes5twiceIiEET_S1_ (kprobe, 83 instructions)
; uprobe at ./cxxtarget file offset 0x12d3
; 23: uprobe:./cxxtarget:_ZN6shapes5twiceIiEET_S1_ ...
   0: (bf) r6 = r1
; 25: printf("%s called from:%s", usym(reg("ip")), ustack(4))
   1: (18) r1 = map[events]
   3: (b7) r2 = 32
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+28       ; to 35
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (bf) r9 = r0
; 25: usym(reg("ip"))
   9: (79) r7 = *(u64 *)(r6 +128)        ; pt_regs.rip
  10: (85) call bpf_get_current_pid_tgid#14
  11: (77) r0 >>= 32
  12: (bf) r1 = r9
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
  30: (7b) *(u64 *)(r9 +24) = r0
; 25: printf("%s called from:%s", usym(reg("ip")), ustack(4))
  31: (bf) r1 = r9
  32: (b7) r2 = 1
  33: (85) call bpf_ringbuf_submit#132
  34: (05) goto pc+4                     ; to 39
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  35: (18) r1 = map[lost][0]+0
  37: (b7) r2 = 1
  38: (db) lock *(u64 *)(r1 +0) += r2
; 26: @stacks[ustack(2)] = count()
  39: (bf) r1 = r6
  40: (18) r2 = map[ustack2]
  42: (b7) r3 = 256
  43: (85) call bpf_get_stackid#27
  44: (75) if r0 s>= 0x0 goto pc+1       ; to 46
  45: (b7) r0 = -1
  46: (bc) w0 = w0
  47: (7b) *(u64 *)(r10 -8) = r0
  48: (85) call bpf_get_current_pid_tgid#14
  49: (77) r0 >>= 32
  50: (67) r0 <<= 32
  51: (79) r1 = *(u64 *)(r10 -8)
  52: (4f) r0 |= r1
  53: (18) r1 = 0x40000000000000
  55: (4f) r0 |= r1
  56: (7b) *(u64 *)(r10 -40) = r0
  57: (18) r1 = map[m1_stacks]
  59: (bf) r2 = r10
  60: (07) r2 += -40
  61: (85) call bpf_map_lookup_elem#1
  62: (55) if r0 != 0x0 goto pc+15       ; to 78
  63: (7a) *(u64 *)(r10 -16) = 1
  64: (18) r1 = map[m1_stacks]
  66: (bf) r2 = r10
  67: (07) r2 += -40
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
; 23: uprobe:./cxxtarget:_ZN6shapes5twiceIiEET_S1_ ...
  81: (b7) r0 = 0
  82: (95) exit

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
