program tt_p0_0: uprobe:/lib/x86_64-linux-gnu/libc.so.6:nanosleep (kprobe, 22 instructions)
; uprobe at /lib/x86_64-linux-gnu/libc.so.6 file offset <system library>
; 18: @start[tid] = nsecs
   0: (85) call bpf_ktime_get_ns#5
   1: (bf) r7 = r0
   2: (85) call bpf_get_current_pid_tgid#14
   3: (bc) w0 = w0
   4: (bf) r8 = r0
   5: (7b) *(u64 *)(r10 -40) = r8
   6: (7b) *(u64 *)(r10 -16) = r7
   7: (18) r1 = map[m2_start]
   9: (bf) r2 = r10
  10: (07) r2 += -40
  11: (bf) r3 = r10
  12: (07) r3 += -16
  13: (b7) r4 = 0
  14: (85) call bpf_map_update_elem#2
  15: (15) if r0 == 0x0 goto pc+4        ; to 20
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  16: (18) r1 = map[dropped][0]+0
  18: (b7) r2 = 1
  19: (db) lock *(u64 *)(r1 +0) += r2
; 16: uprobe:libc:nanosleep ...
  20: (b7) r0 = 0
  21: (95) exit

program tt_p1_1: uretprobe:/lib/x86_64-linux-gnu/libc.so.6:nanosleep (kprobe, 112 instructions)
; uretprobe at /lib/x86_64-linux-gnu/libc.so.6 file offset <system library>
; 22: @start[tid]
   0: (85) call bpf_get_current_pid_tgid#14
   1: (bc) w0 = w0
   2: (bf) r7 = r0
   3: (7b) *(u64 *)(r10 -40) = r7
   4: (18) r1 = map[m2_start]
   6: (bf) r2 = r10
   7: (07) r2 += -40
   8: (85) call bpf_map_lookup_elem#1
   9: (15) if r0 == 0x0 goto pc+2        ; to 12
  10: (79) r0 = *(u64 *)(r0 +0)
  11: (05) goto pc+1                     ; to 13
  12: (b7) r0 = 0
  13: (bf) r7 = r0
  14: (15) if r7 == 0x0 goto pc+95       ; to 110
; 24: @ms = hist((nsecs - @start[tid]) / 1000000)
  15: (85) call bpf_ktime_get_ns#5
  16: (bf) r7 = r0
  17: (85) call bpf_get_current_pid_tgid#14
  18: (bc) w0 = w0
  19: (bf) r8 = r0
  20: (7b) *(u64 *)(r10 -40) = r8
  21: (18) r1 = map[m2_start]
  23: (bf) r2 = r10
  24: (07) r2 += -40
  25: (85) call bpf_map_lookup_elem#1
  26: (15) if r0 == 0x0 goto pc+2        ; to 29
  27: (79) r0 = *(u64 *)(r0 +0)
  28: (05) goto pc+1                     ; to 30
  29: (b7) r0 = 0
  30: (bf) r8 = r0
  31: (1f) r7 -= r8
  32: (37) r7 /= 1000000
  33: (7a) *(u64 *)(r10 -40) = 0
  34: (18) r1 = map[m1_ms]
  36: (bf) r2 = r10
  37: (07) r2 += -40
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
; 25: @calls[comm] = count()
  73: (bf) r1 = r10
  74: (07) r1 += -40
  75: (b7) r2 = 16
  76: (85) call bpf_get_current_comm#16
  77: (18) r1 = map[m0_calls]
  79: (bf) r2 = r10
  80: (07) r2 += -40
  81: (85) call bpf_map_lookup_elem#1
  82: (55) if r0 != 0x0 goto pc+15       ; to 98
  83: (7a) *(u64 *)(r10 -16) = 1
  84: (18) r1 = map[m0_calls]
  86: (bf) r2 = r10
  87: (07) r2 += -40
  88: (bf) r3 = r10
  89: (07) r3 += -16
  90: (b7) r4 = 0
  91: (85) call bpf_map_update_elem#2
  92: (15) if r0 == 0x0 goto pc+8        ; to 101
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  93: (18) r1 = map[dropped][0]+0
  95: (b7) r2 = 1
  96: (db) lock *(u64 *)(r1 +0) += r2
  97: (05) goto pc+3                     ; to 101
  98: (79) r1 = *(u64 *)(r0 +0)
  99: (07) r1 += 1
 100: (7b) *(u64 *)(r0 +0) = r1
; 26: delete(@start[tid])
 101: (85) call bpf_get_current_pid_tgid#14
 102: (bc) w0 = w0
 103: (bf) r7 = r0
 104: (7b) *(u64 *)(r10 -40) = r7
 105: (18) r1 = map[m2_start]
 107: (bf) r2 = r10
 108: (07) r2 += -40
 109: (85) call bpf_map_delete_elem#3
; 21: uretprobe:libc:nanosleep ...
 110: (b7) r0 = 0
 111: (95) exit
