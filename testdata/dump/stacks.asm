program tt_p0_0: uprobe:./cxxtarget:_ZN6shapes5twiceIiEET_S1_ (kprobe, 116 instructions)
; uprobe at ./cxxtarget file offset 0x12d3
; 23: uprobe:./cxxtarget:_ZN6shapes5twiceIiEET_S1_ ...
   0: (bf) r6 = r1
; 25: printf("%s called from:%s", usym(reg("ip")), ustack(4))
   1: (18) r1 = map[events]
   3: (b7) r2 = 32
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+33       ; to 40
   7: (b7) r1 = 0
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7b) *(u64 *)(r10 -24) = r0
; 25: usym(reg("ip"))
  10: (79) r0 = *(u64 *)(r6 +128)        ; pt_regs.rip
  11: (bf) r7 = r0
  12: (85) call bpf_get_current_pid_tgid#14
  13: (77) r0 >>= 32
  14: (bf) r2 = r0
  15: (79) r1 = *(u64 *)(r10 -24)
  16: (07) r1 += 8
  17: (7b) *(u64 *)(r1 +0) = r7
  18: (7b) *(u64 *)(r1 +8) = r2
; 25: ustack(4)
  19: (bf) r1 = r6
  20: (18) r2 = map[ustack4]
  22: (b7) r3 = 256
  23: (85) call bpf_get_stackid#27
  24: (75) if r0 s>= 0x0 goto pc+1       ; to 26
  25: (b7) r0 = -1
  26: (bc) w0 = w0
  27: (7b) *(u64 *)(r10 -8) = r0
  28: (85) call bpf_get_current_pid_tgid#14
  29: (77) r0 >>= 32
  30: (67) r0 <<= 32
  31: (79) r1 = *(u64 *)(r10 -8)
  32: (4f) r0 |= r1
  33: (bf) r7 = r0
  34: (79) r1 = *(u64 *)(r10 -24)
  35: (7b) *(u64 *)(r1 +24) = r7
; 25: printf("%s called from:%s", usym(reg("ip")), ustack(4))
  36: (79) r1 = *(u64 *)(r10 -24)
  37: (b7) r2 = 0
  38: (85) call bpf_ringbuf_submit#132
  39: (05) goto pc+11                    ; to 51
  40: (b7) r1 = 0
  41: (63) *(u32 *)(r10 -8) = r1
  42: (18) r1 = map[lost]
  44: (bf) r2 = r10
  45: (07) r2 += -8
  46: (85) call bpf_map_lookup_elem#1
  47: (15) if r0 == 0x0 goto pc+3        ; to 51
  48: (79) r1 = *(u64 *)(r0 +0)
  49: (07) r1 += 1
  50: (7b) *(u64 *)(r0 +0) = r1
; 26: @stacks[ustack(2)] = count()
  51: (bf) r1 = r6
  52: (18) r2 = map[ustack2]
  54: (b7) r3 = 256
  55: (85) call bpf_get_stackid#27
  56: (75) if r0 s>= 0x0 goto pc+1       ; to 58
  57: (b7) r0 = -1
  58: (bc) w0 = w0
  59: (7b) *(u64 *)(r10 -8) = r0
  60: (85) call bpf_get_current_pid_tgid#14
  61: (77) r0 >>= 32
  62: (67) r0 <<= 32
  63: (79) r1 = *(u64 *)(r10 -8)
  64: (4f) r0 |= r1
  65: (18) r1 = 0x40000000000000
  67: (4f) r0 |= r1
  68: (bf) r8 = r0
  69: (b7) r1 = 0
  70: (7b) *(u64 *)(r10 -40) = r1
  71: (7b) *(u64 *)(r10 -40) = r8
  72: (18) r1 = map[m1_stacks]
  74: (bf) r2 = r10
  75: (07) r2 += -40
  76: (85) call bpf_map_lookup_elem#1
  77: (55) if r0 != 0x0 goto pc+33       ; to 111
  78: (b7) r1 = 0
  79: (63) *(u32 *)(r10 -16) = r1
  80: (18) r1 = map[zeroes]
  82: (bf) r2 = r10
  83: (07) r2 += -16
  84: (85) call bpf_map_lookup_elem#1
  85: (15) if r0 == 0x0 goto pc+28       ; to 114
  86: (bf) r3 = r0
  87: (18) r1 = map[m1_stacks]
  89: (bf) r2 = r10
  90: (07) r2 += -40
  91: (b7) r4 = 1
  92: (85) call bpf_map_update_elem#2
  93: (18) r1 = map[m1_stacks]
  95: (bf) r2 = r10
  96: (07) r2 += -40
  97: (85) call bpf_map_lookup_elem#1
  98: (55) if r0 != 0x0 goto pc+12       ; to 111
  99: (b7) r1 = 0
 100: (63) *(u32 *)(r10 -8) = r1
 101: (18) r1 = map[dropped]
 103: (bf) r2 = r10
 104: (07) r2 += -8
 105: (85) call bpf_map_lookup_elem#1
 106: (15) if r0 == 0x0 goto pc+3        ; to 110
 107: (79) r1 = *(u64 *)(r0 +0)
 108: (07) r1 += 1
 109: (7b) *(u64 *)(r0 +0) = r1
 110: (05) goto pc+3                     ; to 114
 111: (79) r1 = *(u64 *)(r0 +0)
 112: (07) r1 += 1
 113: (7b) *(u64 *)(r0 +0) = r1
; 23: uprobe:./cxxtarget:_ZN6shapes5twiceIiEET_S1_ ...
 114: (b7) r0 = 0
 115: (95) exit

program tt_p1_1: uretprobe:./cxxtarget:_ZN6shapes7Counter4stepEi (kprobe, 57 instructions)
; uretprobe at ./cxxtarget file offset 0x115a
; 29: uretprobe:./cxxtarget:_ZN6shapes7Counter4stepEi ...
   0: (bf) r6 = r1
; 31: @returns_to[func] = count()
   1: (b7) r1 = 0
   2: (7b) *(u64 *)(r10 -40) = r1
   3: (7b) *(u64 *)(r10 -32) = r1
   4: (79) r0 = *(u64 *)(r6 +128)        ; pt_regs.rip
   5: (bf) r8 = r0
   6: (85) call bpf_get_current_pid_tgid#14
   7: (77) r0 >>= 32
   8: (bf) r2 = r0
   9: (bf) r1 = r10
  10: (07) r1 += -40
  11: (7b) *(u64 *)(r1 +0) = r8
  12: (7b) *(u64 *)(r1 +8) = r2
  13: (18) r1 = map[m0_returns_to]
  15: (bf) r2 = r10
  16: (07) r2 += -40
  17: (85) call bpf_map_lookup_elem#1
  18: (55) if r0 != 0x0 goto pc+33       ; to 52
  19: (b7) r1 = 0
  20: (63) *(u32 *)(r10 -16) = r1
  21: (18) r1 = map[zeroes]
  23: (bf) r2 = r10
  24: (07) r2 += -16
  25: (85) call bpf_map_lookup_elem#1
  26: (15) if r0 == 0x0 goto pc+28       ; to 55
  27: (bf) r3 = r0
  28: (18) r1 = map[m0_returns_to]
  30: (bf) r2 = r10
  31: (07) r2 += -40
  32: (b7) r4 = 1
  33: (85) call bpf_map_update_elem#2
  34: (18) r1 = map[m0_returns_to]
  36: (bf) r2 = r10
  37: (07) r2 += -40
  38: (85) call bpf_map_lookup_elem#1
  39: (55) if r0 != 0x0 goto pc+12       ; to 52
  40: (b7) r1 = 0
  41: (63) *(u32 *)(r10 -8) = r1
  42: (18) r1 = map[dropped]
  44: (bf) r2 = r10
  45: (07) r2 += -8
  46: (85) call bpf_map_lookup_elem#1
  47: (15) if r0 == 0x0 goto pc+3        ; to 51
  48: (79) r1 = *(u64 *)(r0 +0)
  49: (07) r1 += 1
  50: (7b) *(u64 *)(r0 +0) = r1
  51: (05) goto pc+3                     ; to 55
  52: (79) r1 = *(u64 *)(r0 +0)
  53: (07) r1 += 1
  54: (7b) *(u64 *)(r0 +0) = r1
; 29: uretprobe:./cxxtarget:_ZN6shapes7Counter4stepEi ...
  55: (b7) r0 = 0
  56: (95) exit
