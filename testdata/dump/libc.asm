program tt_p0_0: uprobe:/lib/x86_64-linux-gnu/libc.so.6:nanosleep (kprobe, 32 instructions)
; uprobe at /lib/x86_64-linux-gnu/libc.so.6 file offset <system library>
; 16: uprobe:libc:nanosleep ...
   0: (bf) r6 = r1
; 18: @start[tid] = nsecs
   1: (85) call bpf_ktime_get_ns#5
   2: (bf) r7 = r0
   3: (85) call bpf_get_current_pid_tgid#14
   4: (bc) w0 = w0
   5: (bf) r8 = r0
   6: (b7) r1 = 0
   7: (7b) *(u64 *)(r10 -40) = r1
   8: (7b) *(u64 *)(r10 -40) = r8
   9: (7b) *(u64 *)(r10 -16) = r7
  10: (18) r1 = map[m2_start]
  12: (bf) r2 = r10
  13: (07) r2 += -40
  14: (bf) r3 = r10
  15: (07) r3 += -16
  16: (b7) r4 = 0
  17: (85) call bpf_map_update_elem#2
  18: (15) if r0 == 0x0 goto pc+11       ; to 30
  19: (b7) r1 = 0
  20: (63) *(u32 *)(r10 -8) = r1
  21: (18) r1 = map[dropped]
  23: (bf) r2 = r10
  24: (07) r2 += -8
  25: (85) call bpf_map_lookup_elem#1
  26: (15) if r0 == 0x0 goto pc+3        ; to 30
  27: (79) r1 = *(u64 *)(r0 +0)
  28: (07) r1 += 1
  29: (7b) *(u64 *)(r0 +0) = r1
; 16: uprobe:libc:nanosleep ...
  30: (b7) r0 = 0
  31: (95) exit

program tt_p1_1: uretprobe:/lib/x86_64-linux-gnu/libc.so.6:nanosleep (kprobe, 184 instructions)
; uretprobe at /lib/x86_64-linux-gnu/libc.so.6 file offset <system library>
; 21: uretprobe:libc:nanosleep ...
   0: (bf) r6 = r1
; 22: @start[tid]
   1: (85) call bpf_get_current_pid_tgid#14
   2: (bc) w0 = w0
   3: (bf) r7 = r0
   4: (b7) r1 = 0
   5: (7b) *(u64 *)(r10 -40) = r1
   6: (7b) *(u64 *)(r10 -40) = r7
   7: (18) r1 = map[m2_start]
   9: (bf) r2 = r10
  10: (07) r2 += -40
  11: (85) call bpf_map_lookup_elem#1
  12: (15) if r0 == 0x0 goto pc+2        ; to 15
  13: (79) r0 = *(u64 *)(r0 +0)
  14: (05) goto pc+1                     ; to 16
  15: (b7) r0 = 0
  16: (bf) r7 = r0
  17: (15) if r7 == 0x0 goto pc+164      ; to 182
; 24: @ms = hist((nsecs - @start[tid]) / 1000000)
  18: (85) call bpf_ktime_get_ns#5
  19: (bf) r7 = r0
  20: (85) call bpf_get_current_pid_tgid#14
  21: (bc) w0 = w0
  22: (bf) r8 = r0
  23: (b7) r1 = 0
  24: (7b) *(u64 *)(r10 -40) = r1
  25: (7b) *(u64 *)(r10 -40) = r8
  26: (18) r1 = map[m2_start]
  28: (bf) r2 = r10
  29: (07) r2 += -40
  30: (85) call bpf_map_lookup_elem#1
  31: (15) if r0 == 0x0 goto pc+2        ; to 34
  32: (79) r0 = *(u64 *)(r0 +0)
  33: (05) goto pc+1                     ; to 35
  34: (b7) r0 = 0
  35: (bf) r8 = r0
  36: (1f) r7 -= r8
  37: (37) r7 /= 1000000
  38: (b7) r1 = 0
  39: (7b) *(u64 *)(r10 -40) = r1
  40: (18) r1 = map[m1_ms]
  42: (bf) r2 = r10
  43: (07) r2 += -40
  44: (85) call bpf_map_lookup_elem#1
  45: (55) if r0 != 0x0 goto pc+33       ; to 79
  46: (b7) r1 = 0
  47: (63) *(u32 *)(r10 -16) = r1
  48: (18) r1 = map[zeroes]
  50: (bf) r2 = r10
  51: (07) r2 += -16
  52: (85) call bpf_map_lookup_elem#1
  53: (15) if r0 == 0x0 goto pc+68       ; to 122
  54: (bf) r3 = r0
  55: (18) r1 = map[m1_ms]
  57: (bf) r2 = r10
  58: (07) r2 += -40
  59: (b7) r4 = 1
  60: (85) call bpf_map_update_elem#2
  61: (18) r1 = map[m1_ms]
  63: (bf) r2 = r10
  64: (07) r2 += -40
  65: (85) call bpf_map_lookup_elem#1
  66: (55) if r0 != 0x0 goto pc+12       ; to 79
  67: (b7) r1 = 0
  68: (63) *(u32 *)(r10 -8) = r1
  69: (18) r1 = map[dropped]
  71: (bf) r2 = r10
  72: (07) r2 += -8
  73: (85) call bpf_map_lookup_elem#1
  74: (15) if r0 == 0x0 goto pc+3        ; to 78
  75: (79) r1 = *(u64 *)(r0 +0)
  76: (07) r1 += 1
  77: (7b) *(u64 *)(r0 +0) = r1
  78: (05) goto pc+43                    ; to 122
  79: (b7) r1 = 0
  80: (c5) if r7 s< 0x0 goto pc+34       ; to 115
  81: (b7) r1 = 1
  82: (15) if r7 == 0x0 goto pc+32       ; to 115
  83: (bf) r2 = r7
  84: (b7) r1 = 2
  85: (bf) r3 = r2
  86: (77) r3 >>= 32
  87: (15) if r3 == 0x0 goto pc+2        ; to 90
  88: (bf) r2 = r3
  89: (07) r1 += 32
  90: (bf) r3 = r2
  91: (77) r3 >>= 16
  92: (15) if r3 == 0x0 goto pc+2        ; to 95
  93: (bf) r2 = r3
  94: (07) r1 += 16
  95: (bf) r3 = r2
  96: (77) r3 >>= 8
  97: (15) if r3 == 0x0 goto pc+2        ; to 100
  98: (bf) r2 = r3
  99: (07) r1 += 8
 100: (bf) r3 = r2
 101: (77) r3 >>= 4
 102: (15) if r3 == 0x0 goto pc+2        ; to 105
 103: (bf) r2 = r3
 104: (07) r1 += 4
 105: (bf) r3 = r2
 106: (77) r3 >>= 2
 107: (15) if r3 == 0x0 goto pc+2        ; to 110
 108: (bf) r2 = r3
 109: (07) r1 += 2
 110: (bf) r3 = r2
 111: (77) r3 >>= 1
 112: (15) if r3 == 0x0 goto pc+2        ; to 115
 113: (bf) r2 = r3
 114: (07) r1 += 1
 115: (b5) if r1 <= 0x40 goto pc+1       ; to 117
 116: (b7) r1 = 64
 117: (67) r1 <<= 3
 118: (0f) r0 += r1
 119: (79) r1 = *(u64 *)(r0 +0)
 120: (07) r1 += 1
 121: (7b) *(u64 *)(r0 +0) = r1
; 25: @calls[comm] = count()
 122: (b7) r1 = 0
 123: (7b) *(u64 *)(r10 -40) = r1
 124: (7b) *(u64 *)(r10 -32) = r1
 125: (bf) r1 = r10
 126: (07) r1 += -40
 127: (b7) r2 = 16
 128: (85) call bpf_get_current_comm#16
 129: (18) r1 = map[m0_calls]
 131: (bf) r2 = r10
 132: (07) r2 += -40
 133: (85) call bpf_map_lookup_elem#1
 134: (55) if r0 != 0x0 goto pc+33       ; to 168
 135: (b7) r1 = 0
 136: (63) *(u32 *)(r10 -16) = r1
 137: (18) r1 = map[zeroes]
 139: (bf) r2 = r10
 140: (07) r2 += -16
 141: (85) call bpf_map_lookup_elem#1
 142: (15) if r0 == 0x0 goto pc+28       ; to 171
 143: (bf) r3 = r0
 144: (18) r1 = map[m0_calls]
 146: (bf) r2 = r10
 147: (07) r2 += -40
 148: (b7) r4 = 1
 149: (85) call bpf_map_update_elem#2
 150: (18) r1 = map[m0_calls]
 152: (bf) r2 = r10
 153: (07) r2 += -40
 154: (85) call bpf_map_lookup_elem#1
 155: (55) if r0 != 0x0 goto pc+12       ; to 168
 156: (b7) r1 = 0
 157: (63) *(u32 *)(r10 -8) = r1
 158: (18) r1 = map[dropped]
 160: (bf) r2 = r10
 161: (07) r2 += -8
 162: (85) call bpf_map_lookup_elem#1
 163: (15) if r0 == 0x0 goto pc+3        ; to 167
 164: (79) r1 = *(u64 *)(r0 +0)
 165: (07) r1 += 1
 166: (7b) *(u64 *)(r0 +0) = r1
 167: (05) goto pc+3                     ; to 171
 168: (79) r1 = *(u64 *)(r0 +0)
 169: (07) r1 += 1
 170: (7b) *(u64 *)(r0 +0) = r1
; 26: delete(@start[tid])
 171: (85) call bpf_get_current_pid_tgid#14
 172: (bc) w0 = w0
 173: (bf) r7 = r0
 174: (b7) r1 = 0
 175: (7b) *(u64 *)(r10 -40) = r1
 176: (7b) *(u64 *)(r10 -40) = r7
 177: (18) r1 = map[m2_start]
 179: (bf) r2 = r10
 180: (07) r2 += -40
 181: (85) call bpf_map_delete_elem#3
; 21: uretprobe:libc:nanosleep ...
 182: (b7) r0 = 0
 183: (95) exit
