program tt_p0_0: uprobe:./uprobe:add (kprobe, 22 instructions)
; uprobe at ./uprobe file offset 0x1159
; 13: @start[tid] = nsecs
   0: (85) call bpf_ktime_get_ns#5
   1: (bf) r7 = r0
   2: (85) call bpf_get_current_pid_tgid#14
   3: (bc) w0 = w0
   4: (bf) r8 = r0
   5: (7b) *(u64 *)(r10 -32) = r8
   6: (7b) *(u64 *)(r10 -16) = r7
   7: (18) r1 = map[m2_start]
   9: (bf) r2 = r10
  10: (07) r2 += -32
  11: (bf) r3 = r10
  12: (07) r3 += -16
  13: (b7) r4 = 0
  14: (85) call bpf_map_update_elem#2
  15: (15) if r0 == 0x0 goto pc+4        ; to 20
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  16: (18) r1 = map[dropped][0]+0
  18: (b7) r2 = 1
  19: (db) lock *(u64 *)(r1 +0) += r2
; 11: uprobe:./uprobe:add ...
  20: (b7) r0 = 0
  21: (95) exit

program tt_p1_1: uretprobe:./uprobe:add (kprobe, 93 instructions)
; uretprobe at ./uprobe file offset 0x1159
; 17: @start[tid]
   0: (85) call bpf_get_current_pid_tgid#14
   1: (bc) w0 = w0
   2: (bf) r7 = r0
   3: (7b) *(u64 *)(r10 -32) = r7
   4: (18) r1 = map[m2_start]
   6: (bf) r2 = r10
   7: (07) r2 += -32
   8: (85) call bpf_map_lookup_elem#1
   9: (15) if r0 == 0x0 goto pc+2        ; to 12
  10: (79) r0 = *(u64 *)(r0 +0)
  11: (05) goto pc+1                     ; to 13
  12: (b7) r0 = 0
  13: (bf) r7 = r0
  14: (15) if r7 == 0x0 goto pc+76       ; to 91
; 19: @ns = hist(nsecs - @start[tid])
  15: (85) call bpf_ktime_get_ns#5
  16: (bf) r7 = r0
  17: (85) call bpf_get_current_pid_tgid#14
  18: (bc) w0 = w0
  19: (bf) r8 = r0
  20: (7b) *(u64 *)(r10 -32) = r8
  21: (18) r1 = map[m2_start]
  23: (bf) r2 = r10
  24: (07) r2 += -32
  25: (85) call bpf_map_lookup_elem#1
  26: (15) if r0 == 0x0 goto pc+2        ; to 29
  27: (79) r0 = *(u64 *)(r0 +0)
  28: (05) goto pc+1                     ; to 30
  29: (b7) r0 = 0
  30: (bf) r8 = r0
  31: (1f) r7 -= r8
  32: (7a) *(u64 *)(r10 -32) = 0
  33: (18) r1 = map[m1_ns]
  35: (bf) r2 = r10
  36: (07) r2 += -32
  37: (85) call bpf_map_lookup_elem#1
  38: (15) if r0 == 0x0 goto pc+33       ; to 72
  39: (7a) *(u64 *)(r0 +520) = 1
  40: (b7) r1 = 0
  41: (c5) if r7 s< 0x0 goto pc+23       ; to 65
  42: (b7) r1 = 1
  43: (15) if r7 == 0x0 goto pc+21       ; to 65
  44: (b7) r1 = 2
  45: (bf) r2 = r7
  46: (77) r2 >>= 32
  47: (15) if r2 == 0x0 goto pc+2        ; to 50
  48: (bf) r7 = r2
  49: (07) r1 += 32
  50: (a5) if r7 < 0x10000 goto pc+2     ; to 53
  51: (77) r7 >>= 16
  52: (07) r1 += 16
  53: (a5) if r7 < 0x100 goto pc+2       ; to 56
  54: (77) r7 >>= 8
  55: (07) r1 += 8
  56: (a5) if r7 < 0x10 goto pc+2        ; to 59
  57: (77) r7 >>= 4
  58: (07) r1 += 4
  59: (a5) if r7 < 0x4 goto pc+2         ; to 62
  60: (77) r7 >>= 2
  61: (07) r1 += 2
  62: (a5) if r7 < 0x2 goto pc+2         ; to 65
  63: (77) r7 >>= 1
  64: (07) r1 += 1
  65: (b5) if r1 <= 0x40 goto pc+1       ; to 67
  66: (b7) r1 = 64
  67: (67) r1 <<= 3
  68: (0f) r0 += r1
  69: (79) r1 = *(u64 *)(r0 +0)
  70: (07) r1 += 1
  71: (7b) *(u64 *)(r0 +0) = r1
; 20: @calls = count()
  72: (7a) *(u64 *)(r10 -32) = 0
  73: (18) r1 = map[m0_calls]
  75: (bf) r2 = r10
  76: (07) r2 += -32
  77: (85) call bpf_map_lookup_elem#1
  78: (15) if r0 == 0x0 goto pc+3        ; to 82
  79: (79) r1 = *(u64 *)(r0 +0)
  80: (07) r1 += 1
  81: (7b) *(u64 *)(r0 +0) = r1
; 21: delete(@start[tid])
  82: (85) call bpf_get_current_pid_tgid#14
  83: (bc) w0 = w0
  84: (bf) r7 = r0
  85: (7b) *(u64 *)(r10 -32) = r7
  86: (18) r1 = map[m2_start]
  88: (bf) r2 = r10
  89: (07) r2 += -32
  90: (85) call bpf_map_delete_elem#3
; 16: uretprobe:./uprobe:add ...
  91: (b7) r0 = 0
  92: (95) exit
