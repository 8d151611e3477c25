program tt_p0_0: uprobe:./uprobe:add (kprobe, 23 instructions)
; uprobe at ./uprobe file offset 0x1159
; 11: uprobe:./uprobe:add ...
   0: (bf) r6 = r1
; 13: @start[tid] = nsecs
   1: (85) call bpf_ktime_get_ns#5
   2: (bf) r7 = r0
   3: (85) call bpf_get_current_pid_tgid#14
   4: (bc) w0 = w0
   5: (bf) r8 = r0
   6: (7b) *(u64 *)(r10 -32) = r8
   7: (7b) *(u64 *)(r10 -16) = r7
   8: (18) r1 = map[m2_start]
  10: (bf) r2 = r10
  11: (07) r2 += -32
  12: (bf) r3 = r10
  13: (07) r3 += -16
  14: (b7) r4 = 0
  15: (85) call bpf_map_update_elem#2
  16: (15) if r0 == 0x0 goto pc+4        ; to 21
  17: (18) r1 = map[dropped][0]+0
  19: (b7) r2 = 1
  20: (db) lock *(u64 *)(r1 +0) += r2
; 11: uprobe:./uprobe:add ...
  21: (b7) r0 = 0
  22: (95) exit

program tt_p1_1: uretprobe:./uprobe:add (kprobe, 94 instructions)
; uretprobe at ./uprobe file offset 0x1159
; 16: uretprobe:./uprobe:add ...
   0: (bf) r6 = r1
; 17: @start[tid]
   1: (85) call bpf_get_current_pid_tgid#14
   2: (bc) w0 = w0
   3: (bf) r7 = r0
   4: (7b) *(u64 *)(r10 -32) = r7
   5: (18) r1 = map[m2_start]
   7: (bf) r2 = r10
   8: (07) r2 += -32
   9: (85) call bpf_map_lookup_elem#1
  10: (15) if r0 == 0x0 goto pc+2        ; to 13
  11: (79) r0 = *(u64 *)(r0 +0)
  12: (05) goto pc+1                     ; to 14
  13: (b7) r0 = 0
  14: (bf) r7 = r0
  15: (15) if r7 == 0x0 goto pc+76       ; to 92
; 19: @ns = hist(nsecs - @start[tid])
  16: (85) call bpf_ktime_get_ns#5
  17: (bf) r7 = r0
  18: (85) call bpf_get_current_pid_tgid#14
  19: (bc) w0 = w0
  20: (bf) r8 = r0
  21: (7b) *(u64 *)(r10 -32) = r8
  22: (18) r1 = map[m2_start]
  24: (bf) r2 = r10
  25: (07) r2 += -32
  26: (85) call bpf_map_lookup_elem#1
  27: (15) if r0 == 0x0 goto pc+2        ; to 30
  28: (79) r0 = *(u64 *)(r0 +0)
  29: (05) goto pc+1                     ; to 31
  30: (b7) r0 = 0
  31: (bf) r8 = r0
  32: (1f) r7 -= r8
  33: (7a) *(u64 *)(r10 -32) = 0
  34: (18) r1 = map[m1_ns]
  36: (bf) r2 = r10
  37: (07) r2 += -32
  38: (85) call bpf_map_lookup_elem#1
  39: (15) if r0 == 0x0 goto pc+33       ; to 73
  40: (7a) *(u64 *)(r0 +520) = 1
  41: (b7) r1 = 0
  42: (c5) if r7 s< 0x0 goto pc+23       ; to 66
  43: (b7) r1 = 1
  44: (15) if r7 == 0x0 goto pc+21       ; to 66
  45: (b7) r1 = 2
  46: (bf) r2 = r7
  47: (77) r2 >>= 32
  48: (15) if r2 == 0x0 goto pc+2        ; to 51
  49: (bf) r7 = r2
  50: (07) r1 += 32
  51: (a5) if r7 < 0x10000 goto pc+2     ; to 54
  52: (77) r7 >>= 16
  53: (07) r1 += 16
  54: (a5) if r7 < 0x100 goto pc+2       ; to 57
  55: (77) r7 >>= 8
  56: (07) r1 += 8
  57: (a5) if r7 < 0x10 goto pc+2        ; to 60
  58: (77) r7 >>= 4
  59: (07) r1 += 4
  60: (a5) if r7 < 0x4 goto pc+2         ; to 63
  61: (77) r7 >>= 2
  62: (07) r1 += 2
  63: (a5) if r7 < 0x2 goto pc+2         ; to 66
  64: (77) r7 >>= 1
  65: (07) r1 += 1
  66: (b5) if r1 <= 0x40 goto pc+1       ; to 68
  67: (b7) r1 = 64
  68: (67) r1 <<= 3
  69: (0f) r0 += r1
  70: (79) r1 = *(u64 *)(r0 +0)
  71: (07) r1 += 1
  72: (7b) *(u64 *)(r0 +0) = r1
; 20: @calls = count()
  73: (7a) *(u64 *)(r10 -32) = 0
  74: (18) r1 = map[m0_calls]
  76: (bf) r2 = r10
  77: (07) r2 += -32
  78: (85) call bpf_map_lookup_elem#1
  79: (15) if r0 == 0x0 goto pc+3        ; to 83
  80: (79) r1 = *(u64 *)(r0 +0)
  81: (07) r1 += 1
  82: (7b) *(u64 *)(r0 +0) = r1
; 21: delete(@start[tid])
  83: (85) call bpf_get_current_pid_tgid#14
  84: (bc) w0 = w0
  85: (bf) r7 = r0
  86: (7b) *(u64 *)(r10 -32) = r7
  87: (18) r1 = map[m2_start]
  89: (bf) r2 = r10
  90: (07) r2 += -32
  91: (85) call bpf_map_delete_elem#3
; 16: uretprobe:./uprobe:add ...
  92: (b7) r0 = 0
  93: (95) exit
