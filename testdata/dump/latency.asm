program tt_p0_0: uprobe:./uprobe:add (kprobe, 32 instructions)
; uprobe at ./uprobe file offset 0x1159
; 11: uprobe:./uprobe:add ...
   0: (bf) r6 = r1
; 13: @start[tid] = nsecs
   1: (85) call bpf_ktime_get_ns#5
   2: (bf) r7 = r0
   3: (85) call bpf_get_current_pid_tgid#14
   4: (bc) w0 = w0
   5: (bf) r8 = r0
   6: (b7) r1 = 0
   7: (7b) *(u64 *)(r10 -32) = r1
   8: (7b) *(u64 *)(r10 -32) = r8
   9: (7b) *(u64 *)(r10 -16) = r7
  10: (18) r1 = map[m2_start]
  12: (bf) r2 = r10
  13: (07) r2 += -32
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
; 11: uprobe:./uprobe:add ...
  30: (b7) r0 = 0
  31: (95) exit

program tt_p1_1: uretprobe:./uprobe:add (kprobe, 178 instructions)
; uretprobe at ./uprobe file offset 0x1159
; 16: uretprobe:./uprobe:add ...
   0: (bf) r6 = r1
; 17: @start[tid]
   1: (85) call bpf_get_current_pid_tgid#14
   2: (bc) w0 = w0
   3: (bf) r7 = r0
   4: (b7) r1 = 0
   5: (7b) *(u64 *)(r10 -32) = r1
   6: (7b) *(u64 *)(r10 -32) = r7
   7: (18) r1 = map[m2_start]
   9: (bf) r2 = r10
  10: (07) r2 += -32
  11: (85) call bpf_map_lookup_elem#1
  12: (15) if r0 == 0x0 goto pc+2        ; to 15
  13: (79) r0 = *(u64 *)(r0 +0)
  14: (05) goto pc+1                     ; to 16
  15: (b7) r0 = 0
  16: (bf) r7 = r0
  17: (15) if r7 == 0x0 goto pc+158      ; to 176
; 19: @ns = hist(nsecs - @start[tid])
  18: (85) call bpf_ktime_get_ns#5
  19: (bf) r7 = r0
  20: (85) call bpf_get_current_pid_tgid#14
  21: (bc) w0 = w0
  22: (bf) r8 = r0
  23: (b7) r1 = 0
  24: (7b) *(u64 *)(r10 -32) = r1
  25: (7b) *(u64 *)(r10 -32) = r8
  26: (18) r1 = map[m2_start]
  28: (bf) r2 = r10
  29: (07) r2 += -32
  30: (85) call bpf_map_lookup_elem#1
  31: (15) if r0 == 0x0 goto pc+2        ; to 34
  32: (79) r0 = *(u64 *)(r0 +0)
  33: (05) goto pc+1                     ; to 35
  34: (b7) r0 = 0
  35: (bf) r8 = r0
  36: (1f) r7 -= r8
  37: (b7) r1 = 0
  38: (7b) *(u64 *)(r10 -32) = r1
  39: (18) r1 = map[m1_ns]
  41: (bf) r2 = r10
  42: (07) r2 += -32
  43: (85) call bpf_map_lookup_elem#1
  44: (55) if r0 != 0x0 goto pc+33       ; to 78
  45: (b7) r1 = 0
  46: (63) *(u32 *)(r10 -16) = r1
  47: (18) r1 = map[zeroes]
  49: (bf) r2 = r10
  50: (07) r2 += -16
  51: (85) call bpf_map_lookup_elem#1
  52: (15) if r0 == 0x0 goto pc+68       ; to 121
  53: (bf) r3 = r0
  54: (18) r1 = map[m1_ns]
  56: (bf) r2 = r10
  57: (07) r2 += -32
  58: (b7) r4 = 1
  59: (85) call bpf_map_update_elem#2
  60: (18) r1 = map[m1_ns]
  62: (bf) r2 = r10
  63: (07) r2 += -32
  64: (85) call bpf_map_lookup_elem#1
  65: (55) if r0 != 0x0 goto pc+12       ; to 78
  66: (b7) r1 = 0
  67: (63) *(u32 *)(r10 -8) = r1
  68: (18) r1 = map[dropped]
  70: (bf) r2 = r10
  71: (07) r2 += -8
  72: (85) call bpf_map_lookup_elem#1
  73: (15) if r0 == 0x0 goto pc+3        ; to 77
  74: (79) r1 = *(u64 *)(r0 +0)
  75: (07) r1 += 1
  76: (7b) *(u64 *)(r0 +0) = r1
  77: (05) goto pc+43                    ; to 121
  78: (b7) r1 = 0
  79: (c5) if r7 s< 0x0 goto pc+34       ; to 114
  80: (b7) r1 = 1
  81: (15) if r7 == 0x0 goto pc+32       ; to 114
  82: (bf) r2 = r7
  83: (b7) r1 = 2
  84: (bf) r3 = r2
  85: (77) r3 >>= 32
  86: (15) if r3 == 0x0 goto pc+2        ; to 89
  87: (bf) r2 = r3
  88: (07) r1 += 32
  89: (bf) r3 = r2
  90: (77) r3 >>= 16
  91: (15) if r3 == 0x0 goto pc+2        ; to 94
  92: (bf) r2 = r3
  93: (07) r1 += 16
  94: (bf) r3 = r2
  95: (77) r3 >>= 8
  96: (15) if r3 == 0x0 goto pc+2        ; to 99
  97: (bf) r2 = r3
  98: (07) r1 += 8
  99: (bf) r3 = r2
 100: (77) r3 >>= 4
 101: (15) if r3 == 0x0 goto pc+2        ; to 104
 102: (bf) r2 = r3
 103: (07) r1 += 4
 104: (bf) r3 = r2
 105: (77) r3 >>= 2
 106: (15) if r3 == 0x0 goto pc+2        ; to 109
 107: (bf) r2 = r3
 108: (07) r1 += 2
 109: (bf) r3 = r2
 110: (77) r3 >>= 1
 111: (15) if r3 == 0x0 goto pc+2        ; to 114
 112: (bf) r2 = r3
 113: (07) r1 += 1
 114: (b5) if r1 <= 0x40 goto pc+1       ; to 116
 115: (b7) r1 = 64
 116: (67) r1 <<= 3
 117: (0f) r0 += r1
 118: (79) r1 = *(u64 *)(r0 +0)
 119: (07) r1 += 1
 120: (7b) *(u64 *)(r0 +0) = r1
; 20: @calls = count()
 121: (b7) r1 = 0
 122: (7b) *(u64 *)(r10 -32) = r1
 123: (18) r1 = map[m0_calls]
 125: (bf) r2 = r10
 126: (07) r2 += -32
 127: (85) call bpf_map_lookup_elem#1
 128: (55) if r0 != 0x0 goto pc+33       ; to 162
 129: (b7) r1 = 0
 130: (63) *(u32 *)(r10 -16) = r1
 131: (18) r1 = map[zeroes]
 133: (bf) r2 = r10
 134: (07) r2 += -16
 135: (85) call bpf_map_lookup_elem#1
 136: (15) if r0 == 0x0 goto pc+28       ; to 165
 137: (bf) r3 = r0
 138: (18) r1 = map[m0_calls]
 140: (bf) r2 = r10
 141: (07) r2 += -32
 142: (b7) r4 = 1
 143: (85) call bpf_map_update_elem#2
 144: (18) r1 = map[m0_calls]
 146: (bf) r2 = r10
 147: (07) r2 += -32
 148: (85) call bpf_map_lookup_elem#1
 149: (55) if r0 != 0x0 goto pc+12       ; to 162
 150: (b7) r1 = 0
 151: (63) *(u32 *)(r10 -8) = r1
 152: (18) r1 = map[dropped]
 154: (bf) r2 = r10
 155: (07) r2 += -8
 156: (85) call bpf_map_lookup_elem#1
 157: (15) if r0 == 0x0 goto pc+3        ; to 161
 158: (79) r1 = *(u64 *)(r0 +0)
 159: (07) r1 += 1
 160: (7b) *(u64 *)(r0 +0) = r1
 161: (05) goto pc+3                     ; to 165
 162: (79) r1 = *(u64 *)(r0 +0)
 163: (07) r1 += 1
 164: (7b) *(u64 *)(r0 +0) = r1
; 21: delete(@start[tid])
 165: (85) call bpf_get_current_pid_tgid#14
 166: (bc) w0 = w0
 167: (bf) r7 = r0
 168: (b7) r1 = 0
 169: (7b) *(u64 *)(r10 -32) = r1
 170: (7b) *(u64 *)(r10 -32) = r7
 171: (18) r1 = map[m2_start]
 173: (bf) r2 = r10
 174: (07) r2 += -32
 175: (85) call bpf_map_delete_elem#3
; 16: uretprobe:./uprobe:add ...
 176: (b7) r0 = 0
 177: (95) exit
