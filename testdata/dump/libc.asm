program tt_p0_0: uprobe:/lib/x86_64-linux-gnu/libc.so.6:nanosleep (kprobe, 23 instructions)
; uprobe at /lib/x86_64-linux-gnu/libc.so.6 file offset <system library>
; 16: uprobe:libc:nanosleep ...
   0: (bf) r6 = r1
; 18: @start[tid] = nsecs
   1: (85) call bpf_ktime_get_ns#5
   2: (bf) r7 = r0
   3: (85) call bpf_get_current_pid_tgid#14
   4: (bc) w0 = w0
   5: (bf) r8 = r0
   6: (7b) *(u64 *)(r10 -40) = r8
   7: (7b) *(u64 *)(r10 -16) = r7
   8: (18) r1 = map[m2_start]
  10: (bf) r2 = r10
  11: (07) r2 += -40
  12: (bf) r3 = r10
  13: (07) r3 += -16
  14: (b7) r4 = 0
  15: (85) call bpf_map_update_elem#2
  16: (15) if r0 == 0x0 goto pc+4        ; to 21
  17: (18) r1 = map[dropped][0]+0
  19: (b7) r2 = 1
  20: (db) lock *(u64 *)(r1 +0) += r2
; 16: uprobe:libc:nanosleep ...
  21: (b7) r0 = 0
  22: (95) exit

program tt_p1_1: uretprobe:/lib/x86_64-linux-gnu/libc.so.6:nanosleep (kprobe, 118 instructions)
; uretprobe at /lib/x86_64-linux-gnu/libc.so.6 file offset <system library>
; 21: uretprobe:libc:nanosleep ...
   0: (bf) r6 = r1
; 22: @start[tid]
   1: (85) call bpf_get_current_pid_tgid#14
   2: (bc) w0 = w0
   3: (bf) r7 = r0
   4: (7b) *(u64 *)(r10 -40) = r7
   5: (18) r1 = map[m2_start]
   7: (bf) r2 = r10
   8: (07) r2 += -40
   9: (85) call bpf_map_lookup_elem#1
  10: (15) if r0 == 0x0 goto pc+2        ; to 13
  11: (79) r0 = *(u64 *)(r0 +0)
  12: (05) goto pc+1                     ; to 14
  13: (b7) r0 = 0
  14: (bf) r7 = r0
  15: (15) if r7 == 0x0 goto pc+100      ; to 116
; 24: @ms = hist((nsecs - @start[tid]) / 1000000)
  16: (85) call bpf_ktime_get_ns#5
  17: (bf) r7 = r0
  18: (85) call bpf_get_current_pid_tgid#14
  19: (bc) w0 = w0
  20: (bf) r8 = r0
  21: (7b) *(u64 *)(r10 -40) = r8
  22: (18) r1 = map[m2_start]
  24: (bf) r2 = r10
  25: (07) r2 += -40
  26: (85) call bpf_map_lookup_elem#1
  27: (15) if r0 == 0x0 goto pc+2        ; to 30
  28: (79) r0 = *(u64 *)(r0 +0)
  29: (05) goto pc+1                     ; to 31
  30: (b7) r0 = 0
  31: (bf) r8 = r0
  32: (1f) r7 -= r8
  33: (37) r7 /= 1000000
  34: (7a) *(u64 *)(r10 -40) = 0
  35: (18) r1 = map[m1_ms]
  37: (bf) r2 = r10
  38: (07) r2 += -40
  39: (85) call bpf_map_lookup_elem#1
  40: (15) if r0 == 0x0 goto pc+33       ; to 74
  41: (7a) *(u64 *)(r0 +520) = 1
  42: (b7) r1 = 0
  43: (c5) if r7 s< 0x0 goto pc+23       ; to 67
  44: (b7) r1 = 1
  45: (15) if r7 == 0x0 goto pc+21       ; to 67
  46: (b7) r1 = 2
  47: (bf) r2 = r7
  48: (77) r2 >>= 32
  49: (15) if r2 == 0x0 goto pc+2        ; to 52
  50: (bf) r7 = r2
  51: (07) r1 += 32
  52: (a5) if r7 < 0x10000 goto pc+2     ; to 55
  53: (77) r7 >>= 16
  54: (07) r1 += 16
  55: (a5) if r7 < 0x100 goto pc+2       ; to 58
  56: (77) r7 >>= 8
  57: (07) r1 += 8
  58: (a5) if r7 < 0x10 goto pc+2        ; to 61
  59: (77) r7 >>= 4
  60: (07) r1 += 4
  61: (a5) if r7 < 0x4 goto pc+2         ; to 64
  62: (77) r7 >>= 2
  63: (07) r1 += 2
  64: (a5) if r7 < 0x2 goto pc+2         ; to 67
  65: (77) r7 >>= 1
  66: (07) r1 += 1
  67: (b5) if r1 <= 0x40 goto pc+1       ; to 69
  68: (b7) r1 = 64
  69: (67) r1 <<= 3
  70: (0f) r0 += r1
  71: (79) r1 = *(u64 *)(r0 +0)
  72: (07) r1 += 1
  73: (7b) *(u64 *)(r0 +0) = r1
; 25: @calls[comm] = count()
  74: (bf) r1 = r10
  75: (07) r1 += -40
  76: (b7) r2 = 16
  77: (85) call bpf_get_current_comm#16
  78: (18) r1 = map[m0_calls]
  80: (bf) r2 = r10
  81: (07) r2 += -40
  82: (85) call bpf_map_lookup_elem#1
  83: (55) if r0 != 0x0 goto pc+20       ; to 104
  84: (7a) *(u64 *)(r10 -16) = 0
  85: (bf) r3 = r10
  86: (07) r3 += -16
  87: (18) r1 = map[m0_calls]
  89: (bf) r2 = r10
  90: (07) r2 += -40
  91: (b7) r4 = 1
  92: (85) call bpf_map_update_elem#2
  93: (18) r1 = map[m0_calls]
  95: (bf) r2 = r10
  96: (07) r2 += -40
  97: (85) call bpf_map_lookup_elem#1
  98: (55) if r0 != 0x0 goto pc+5        ; to 104
  99: (18) r1 = map[dropped][0]+0
 101: (b7) r2 = 1
 102: (db) lock *(u64 *)(r1 +0) += r2
 103: (05) goto pc+3                     ; to 107
 104: (79) r1 = *(u64 *)(r0 +0)
 105: (07) r1 += 1
 106: (7b) *(u64 *)(r0 +0) = r1
; 26: delete(@start[tid])
 107: (85) call bpf_get_current_pid_tgid#14
 108: (bc) w0 = w0
 109: (bf) r7 = r0
 110: (7b) *(u64 *)(r10 -40) = r7
 111: (18) r1 = map[m2_start]
 113: (bf) r2 = r10
 114: (07) r2 += -40
 115: (85) call bpf_map_delete_elem#3
; 21: uretprobe:libc:nanosleep ...
 116: (b7) r0 = 0
 117: (95) exit
