program tt_p0_0: uprobe:./cxxtarget:_ZN6shapes5twiceIiEET_S1_ (kprobe, 88 instructions)
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
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
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
  67: (55) if r0 != 0x0 goto pc+15       ; to 83
  68: (7a) *(u64 *)(r10 -16) = 1
  69: (18) r1 = map[m1_stacks]
  71: (bf) r2 = r10
  72: (07) r2 += -40
  73: (bf) r3 = r10
  74: (07) r3 += -16
  75: (b7) r4 = 0
  76: (85) call bpf_map_update_elem#2
  77: (15) if r0 == 0x0 goto pc+8        ; to 86
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  78: (18) r1 = map[dropped][0]+0
  80: (b7) r2 = 1
  81: (db) lock *(u64 *)(r1 +0) += r2
  82: (05) goto pc+3                     ; to 86
  83: (79) r1 = *(u64 *)(r0 +0)
  84: (07) r1 += 1
  85: (7b) *(u64 *)(r0 +0) = r1
; 23: uprobe:./cxxtarget:_ZN6shapes5twiceIiEET_S1_ ...
  86: (b7) r0 = 0
  87: (95) exit

program tt_p1_1: uretprobe:./cxxtarget:_ZN6shapes7Counter4stepEi (kprobe, 35 instructions)
; uretprobe at ./cxxtarget file offset 0x115a
; 31: @returns_to[func] = count()
   0: (79) r0 = *(u64 *)(r1 +128)        ; pt_regs.rip
   1: (bf) r8 = r0
   2: (85) call bpf_get_current_pid_tgid#14
   3: (77) r0 >>= 32
   4: (bf) r2 = r0
   5: (bf) r1 = r10
   6: (07) r1 += -40
   7: (7b) *(u64 *)(r1 +0) = r8
   8: (7b) *(u64 *)(r1 +8) = r2
   9: (18) r1 = map[m0_returns_to]
  11: (bf) r2 = r10
  12: (07) r2 += -40
  13: (85) call bpf_map_lookup_elem#1
  14: (55) if r0 != 0x0 goto pc+15       ; to 30
  15: (7a) *(u64 *)(r10 -16) = 1
  16: (18) r1 = map[m0_returns_to]
  18: (bf) r2 = r10
  19: (07) r2 += -40
  20: (bf) r3 = r10
  21: (07) r3 += -16
  22: (b7) r4 = 0
  23: (85) call bpf_map_update_elem#2
  24: (15) if r0 == 0x0 goto pc+8        ; to 33
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  25: (18) r1 = map[dropped][0]+0
  27: (b7) r2 = 1
  28: (db) lock *(u64 *)(r1 +0) += r2
  29: (05) goto pc+3                     ; to 33
  30: (79) r1 = *(u64 *)(r0 +0)
  31: (07) r1 += 1
  32: (7b) *(u64 *)(r0 +0) = r1
; 29: uretprobe:./cxxtarget:_ZN6shapes7Counter4stepEi ...
  33: (b7) r0 = 0
  34: (95) exit
