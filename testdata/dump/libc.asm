program tt_p0_0: uprobe:/lib/x86_64-linux-gnu/libc.so.6:nanosleep (kprobe, 21 instructions)
; uprobe at /lib/x86_64-linux-gnu/libc.so.6 file offset <system library>
; 18: @start[tid] = nsecs
   0: (85) call bpf_ktime_get_ns#5
   1: (bf) r7 = r0
   2: (85) call bpf_get_current_pid_tgid#14
   3: (bc) w0 = w0
   4: (7b) *(u64 *)(r10 -40) = r0
   5: (7b) *(u64 *)(r10 -16) = r7
   6: (18) r1 = map[m2_start]
   8: (bf) r2 = r10
   9: (07) r2 += -40
  10: (bf) r3 = r10
  11: (07) r3 += -16
  12: (b7) r4 = 0
  13: (85) call bpf_map_update_elem#2
  14: (15) if r0 == 0x0 goto pc+4        ; to 19
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  15: (18) r1 = map[dropped][0]+0
  17: (b7) r2 = 1
  18: (db) lock *(u64 *)(r1 +0) += r2
; 16: uprobe:libc:nanosleep ...
  19: (b7) r0 = 0
  20: (95) exit

program tt_p1_1: uretprobe:/lib/x86_64-linux-gnu/libc.so.6:nanosleep (kprobe, 109 instructions)
; uretprobe at /lib/x86_64-linux-gnu/libc.so.6 file offset <system library>
; 22: @start[tid]
   0: (85) call bpf_get_current_pid_tgid#14
   1: (bc) w0 = w0
   2: (7b) *(u64 *)(r10 -40) = r0
   3: (18) r1 = map[m2_start]
   5: (bf) r2 = r10
   6: (07) r2 += -40
   7: (85) call bpf_map_lookup_elem#1
   8: (15) if r0 == 0x0 goto pc+2        ; to 11
   9: (79) r0 = *(u64 *)(r0 +0)
  10: (05) goto pc+1                     ; to 12
  11: (b7) r0 = 0
  12: (bf) r7 = r0
  13: (15) if r7 == 0x0 goto pc+93       ; to 107
; 24: @ms = hist((nsecs - @start[tid]) / 1000000)
  14: (85) call bpf_ktime_get_ns#5
  15: (bf) r7 = r0
  16: (85) call bpf_get_current_pid_tgid#14
  17: (bc) w0 = w0
  18: (7b) *(u64 *)(r10 -40) = r0
  19: (18) r1 = map[m2_start]
  21: (bf) r2 = r10
  22: (07) r2 += -40
  23: (85) call bpf_map_lookup_elem#1
  24: (15) if r0 == 0x0 goto pc+2        ; to 27
  25: (79) r0 = *(u64 *)(r0 +0)
  26: (05) goto pc+1                     ; to 28
  27: (b7) r0 = 0
  28: (bf) r8 = r0
  29: (1f) r7 -= r8
  30: (37) r7 /= 1000000
  31: (7a) *(u64 *)(r10 -40) = 0
  32: (18) r1 = map[m1_ms]
  34: (bf) r2 = r10
  35: (07) r2 += -40
  36: (85) call bpf_map_lookup_elem#1
  37: (15) if r0 == 0x0 goto pc+33       ; to 71
  38: (7a) *(u64 *)(r0 +520) = 1
  39: (b7) r1 = 0
  40: (c5) if r7 s< 0x0 goto pc+23       ; to 64
  41: (b7) r1 = 1
  42: (15) if r7 == 0x0 goto pc+21       ; to 64
  43: (b7) r1 = 2
  44: (bf) r2 = r7
  45: (77) r2 >>= 32
  46: (15) if r2 == 0x0 goto pc+2        ; to 49
  47: (bf) r7 = r2
  48: (07) r1 += 32
  49: (a5) if r7 < 0x10000 goto pc+2     ; to 52
  50: (77) r7 >>= 16
  51: (07) r1 += 16
  52: (a5) if r7 < 0x100 goto pc+2       ; to 55
  53: (77) r7 >>= 8
  54: (07) r1 += 8
  55: (a5) if r7 < 0x10 goto pc+2        ; to 58
  56: (77) r7 >>= 4
  57: (07) r1 += 4
  58: (a5) if r7 < 0x4 goto pc+2         ; to 61
  59: (77) r7 >>= 2
  60: (07) r1 += 2
  61: (a5) if r7 < 0x2 goto pc+2         ; to 64
  62: (77) r7 >>= 1
  63: (07) r1 += 1
  64: (b5) if r1 <= 0x40 goto pc+1       ; to 66
  65: (b7) r1 = 64
  66: (67) r1 <<= 3
  67: (0f) r0 += r1
  68: (79) r1 = *(u64 *)(r0 +0)
  69: (07) r1 += 1
  70: (7b) *(u64 *)(r0 +0) = r1
; 25: @calls[comm] = count()
  71: (bf) r1 = r10
  72: (07) r1 += -40
  73: (b7) r2 = 16
  74: (85) call bpf_get_current_comm#16
  75: (18) r1 = map[m0_calls]
  77: (bf) r2 = r10
  78: (07) r2 += -40
  79: (85) call bpf_map_lookup_elem#1
  80: (55) if r0 != 0x0 goto pc+15       ; to 96
  81: (7a) *(u64 *)(r10 -16) = 1
  82: (18) r1 = map[m0_calls]
  84: (bf) r2 = r10
  85: (07) r2 += -40
  86: (bf) r3 = r10
  87: (07) r3 += -16
  88: (b7) r4 = 0
  89: (85) call bpf_map_update_elem#2
  90: (15) if r0 == 0x0 goto pc+8        ; to 99
; note: these 4 instructions, and the branch that reaches or skips them, count the updates a full map refused, which tinytrace reports; bpftrace 0.17's programs do not check map updates
  91: (18) r1 = map[dropped][0]+0
  93: (b7) r2 = 1
  94: (db) lock *(u64 *)(r1 +0) += r2
  95: (05) goto pc+3                     ; to 99
  96: (79) r1 = *(u64 *)(r0 +0)
  97: (07) r1 += 1
  98: (7b) *(u64 *)(r0 +0) = r1
; 26: delete(@start[tid])
  99: (85) call bpf_get_current_pid_tgid#14
 100: (bc) w0 = w0
 101: (7b) *(u64 *)(r10 -40) = r0
 102: (18) r1 = map[m2_start]
 104: (bf) r2 = r10
 105: (07) r2 += -40
 106: (85) call bpf_map_delete_elem#3
; 21: uretprobe:libc:nanosleep ...
 107: (b7) r0 = 0
 108: (95) exit
