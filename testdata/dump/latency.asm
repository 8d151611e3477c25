program tt_p0_0: uprobe:./uprobe:add (kprobe, 21 instructions)
; uprobe at ./uprobe file offset 0x1159
; 13: @start[tid] = nsecs
   0: (85) call bpf_ktime_get_ns#5
   1: (bf) r7 = r0
   2: (85) call bpf_get_current_pid_tgid#14
   3: (bc) w0 = w0
   4: (7b) *(u64 *)(r10 -32) = r0
   5: (7b) *(u64 *)(r10 -16) = r7
   6: (18) r1 = map[m2_start]
   8: (bf) r2 = r10
   9: (07) r2 += -32
  10: (bf) r3 = r10
  11: (07) r3 += -16
  12: (b7) r4 = 0
  13: (85) call bpf_map_update_elem#2
  14: (15) if r0 == 0x0 goto pc+4        ; to 19
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  15: (18) r1 = map[dropped][0]+0
  17: (b7) r2 = 1
  18: (db) lock *(u64 *)(r1 +0) += r2
; 11: uprobe:./uprobe:add ...
  19: (b7) r0 = 0
  20: (95) exit

program tt_p1_1: uretprobe:./uprobe:add (kprobe, 90 instructions)
; uretprobe at ./uprobe file offset 0x1159
; 17: @start[tid]
   0: (85) call bpf_get_current_pid_tgid#14
   1: (bc) w0 = w0
   2: (7b) *(u64 *)(r10 -32) = r0
   3: (18) r1 = map[m2_start]
   5: (bf) r2 = r10
   6: (07) r2 += -32
   7: (85) call bpf_map_lookup_elem#1
   8: (15) if r0 == 0x0 goto pc+2        ; to 11
   9: (79) r0 = *(u64 *)(r0 +0)
  10: (05) goto pc+1                     ; to 12
  11: (b7) r0 = 0
  12: (bf) r7 = r0
  13: (15) if r7 == 0x0 goto pc+74       ; to 88
; 19: @ns = hist(nsecs - @start[tid])
  14: (85) call bpf_ktime_get_ns#5
  15: (bf) r7 = r0
  16: (85) call bpf_get_current_pid_tgid#14
  17: (bc) w0 = w0
  18: (7b) *(u64 *)(r10 -32) = r0
  19: (18) r1 = map[m2_start]
  21: (bf) r2 = r10
  22: (07) r2 += -32
  23: (85) call bpf_map_lookup_elem#1
  24: (15) if r0 == 0x0 goto pc+2        ; to 27
  25: (79) r0 = *(u64 *)(r0 +0)
  26: (05) goto pc+1                     ; to 28
  27: (b7) r0 = 0
  28: (bf) r8 = r0
  29: (1f) r7 -= r8
  30: (7a) *(u64 *)(r10 -32) = 0
  31: (18) r1 = map[m1_ns]
  33: (bf) r2 = r10
  34: (07) r2 += -32
  35: (85) call bpf_map_lookup_elem#1
  36: (15) if r0 == 0x0 goto pc+33       ; to 70
  37: (7a) *(u64 *)(r0 +520) = 1
  38: (b7) r1 = 0
  39: (c5) if r7 s< 0x0 goto pc+23       ; to 63
  40: (b7) r1 = 1
  41: (15) if r7 == 0x0 goto pc+21       ; to 63
  42: (b7) r1 = 2
  43: (bf) r2 = r7
  44: (77) r2 >>= 32
  45: (15) if r2 == 0x0 goto pc+2        ; to 48
  46: (bf) r7 = r2
  47: (07) r1 += 32
  48: (a5) if r7 < 0x10000 goto pc+2     ; to 51
  49: (77) r7 >>= 16
  50: (07) r1 += 16
  51: (a5) if r7 < 0x100 goto pc+2       ; to 54
  52: (77) r7 >>= 8
  53: (07) r1 += 8
  54: (a5) if r7 < 0x10 goto pc+2        ; to 57
  55: (77) r7 >>= 4
  56: (07) r1 += 4
  57: (a5) if r7 < 0x4 goto pc+2         ; to 60
  58: (77) r7 >>= 2
  59: (07) r1 += 2
  60: (a5) if r7 < 0x2 goto pc+2         ; to 63
  61: (77) r7 >>= 1
  62: (07) r1 += 1
  63: (b5) if r1 <= 0x40 goto pc+1       ; to 65
  64: (b7) r1 = 64
  65: (67) r1 <<= 3
  66: (0f) r0 += r1
  67: (79) r1 = *(u64 *)(r0 +0)
  68: (07) r1 += 1
  69: (7b) *(u64 *)(r0 +0) = r1
; 20: @calls = count()
  70: (7a) *(u64 *)(r10 -32) = 0
  71: (18) r1 = map[m0_calls]
  73: (bf) r2 = r10
  74: (07) r2 += -32
  75: (85) call bpf_map_lookup_elem#1
  76: (15) if r0 == 0x0 goto pc+3        ; to 80
  77: (79) r1 = *(u64 *)(r0 +0)
  78: (07) r1 += 1
  79: (7b) *(u64 *)(r0 +0) = r1
; 21: delete(@start[tid])
  80: (85) call bpf_get_current_pid_tgid#14
  81: (bc) w0 = w0
  82: (7b) *(u64 *)(r10 -32) = r0
  83: (18) r1 = map[m2_start]
  85: (bf) r2 = r10
  86: (07) r2 += -32
  87: (85) call bpf_map_delete_elem#3
; 16: uretprobe:./uprobe:add ...
  88: (b7) r0 = 0
  89: (95) exit
