program tt_p0_0: uprobe:./uprobe:add (kprobe, 149 instructions)
; uprobe at ./uprobe file offset 0x1159
; 14: uprobe:./uprobe:add ...
   0: (bf) r6 = r1
; 16: printf("%s pid=%d tid=%d comm=%s t=%d.%03ds\n", comm, pid, tid, comm, ...
   1: (18) r1 = map[events]
   3: (b7) r2 = 72
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+36       ; to 43
   7: (b7) r1 = 0
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7b) *(u64 *)(r10 -24) = r0
; 16: comm
  10: (79) r1 = *(u64 *)(r10 -24)
  11: (07) r1 += 8
  12: (b7) r2 = 16
  13: (85) call bpf_get_current_comm#16
; 16: pid
  14: (85) call bpf_get_current_pid_tgid#14
  15: (77) r0 >>= 32
  16: (bf) r7 = r0
  17: (79) r1 = *(u64 *)(r10 -24)
  18: (7b) *(u64 *)(r1 +24) = r7
; 16: tid
  19: (85) call bpf_get_current_pid_tgid#14
  20: (bc) w0 = w0
  21: (bf) r7 = r0
  22: (79) r1 = *(u64 *)(r10 -24)
  23: (7b) *(u64 *)(r1 +32) = r7
; 16: comm
  24: (79) r1 = *(u64 *)(r10 -24)
  25: (07) r1 += 40
  26: (b7) r2 = 16
  27: (85) call bpf_get_current_comm#16
; 17: nsecs / 1000000000
  28: (85) call bpf_ktime_get_ns#5
  29: (bf) r7 = r0
  30: (37) r7 /= 1000000000
  31: (79) r1 = *(u64 *)(r10 -24)
  32: (7b) *(u64 *)(r1 +56) = r7
; 17: nsecs / 1000000 % 1000
  33: (85) call bpf_ktime_get_ns#5
  34: (bf) r7 = r0
  35: (37) r7 /= 1000000
  36: (97) r7 %= 1000
  37: (79) r1 = *(u64 *)(r10 -24)
  38: (7b) *(u64 *)(r1 +64) = r7
; 16: printf("%s pid=%d tid=%d comm=%s t=%d.%03ds\n", comm, pid, tid, comm, ...
  39: (79) r1 = *(u64 *)(r10 -24)
  40: (b7) r2 = 0
  41: (85) call bpf_ringbuf_submit#132
  42: (05) goto pc+11                    ; to 54
  43: (b7) r1 = 0
  44: (63) *(u32 *)(r10 -8) = r1
  45: (18) r1 = map[lost]
  47: (bf) r2 = r10
  48: (07) r2 += -8
  49: (85) call bpf_map_lookup_elem#1
  50: (15) if r0 == 0x0 goto pc+3        ; to 54
  51: (79) r1 = *(u64 *)(r0 +0)
  52: (07) r1 += 1
  53: (7b) *(u64 *)(r0 +0) = r1
; 18: printf("a+b=%d a*b=%d b/a=%d b%%a=%d a<<4|1=%d ~a&0xff=%d -a=%d a<b&&b<10=%d\n", ...
  54: (18) r1 = map[events]
  56: (b7) r2 = 72
  57: (b7) r3 = 0
  58: (85) call bpf_ringbuf_reserve#131
  59: (15) if r0 == 0x0 goto pc+76       ; to 136
  60: (b7) r1 = 1
  61: (7b) *(u64 *)(r0 +0) = r1
  62: (7b) *(u64 *)(r10 -24) = r0
; 19: arg0
  63: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg0 + arg1
  64: (bf) r7 = r0
; 19: arg1
  65: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg0 + arg1
  66: (bf) r8 = r0
  67: (0f) r7 += r8
  68: (79) r1 = *(u64 *)(r10 -24)
  69: (7b) *(u64 *)(r1 +8) = r7
; 19: arg0
  70: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg0 * arg1
  71: (bf) r7 = r0
; 19: arg1
  72: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg0 * arg1
  73: (bf) r8 = r0
  74: (2f) r7 *= r8
  75: (79) r1 = *(u64 *)(r10 -24)
  76: (7b) *(u64 *)(r1 +16) = r7
; 19: arg1
  77: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg1 / arg0
  78: (bf) r7 = r0
; 19: arg0
  79: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg1 / arg0
  80: (bf) r8 = r0
  81: (3f) r7 /= r8
  82: (79) r1 = *(u64 *)(r10 -24)
  83: (7b) *(u64 *)(r1 +24) = r7
; 19: arg1
  84: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg1 % arg0
  85: (bf) r7 = r0
; 19: arg0
  86: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg1 % arg0
  87: (bf) r8 = r0
  88: (55) if r8 != 0x0 goto pc+2        ; to 91
  89: (b7) r7 = 0
  90: (05) goto pc+1                     ; to 92
  91: (9f) r7 %= r8
  92: (79) r1 = *(u64 *)(r10 -24)
  93: (7b) *(u64 *)(r1 +32) = r7
; 19: arg0
  94: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg0 << 4 | 1
  95: (bf) r7 = r0
  96: (67) r7 <<= 4
  97: (47) r7 |= 1
  98: (79) r1 = *(u64 *)(r10 -24)
  99: (7b) *(u64 *)(r1 +40) = r7
; 20: arg0
 100: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 20: ~arg0 & 0xff
 101: (bf) r7 = r0
 102: (a7) r7 ^= -1
 103: (57) r7 &= 255
 104: (79) r1 = *(u64 *)(r10 -24)
 105: (7b) *(u64 *)(r1 +48) = r7
; 20: arg0
 106: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 20: -arg0
 107: (bf) r7 = r0
 108: (87) r7 = -r7
 109: (79) r1 = *(u64 *)(r10 -24)
 110: (7b) *(u64 *)(r1 +56) = r7
; 20: arg0
 111: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 20: arg0 < arg1 && arg1 < 10
 112: (bf) r7 = r0
; 20: arg1
 113: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 20: arg0 < arg1 && arg1 < 10
 114: (bf) r8 = r0
 115: (ad) if r7 < r8 goto pc+2          ; to 118
 116: (b7) r7 = 0
 117: (05) goto pc+1                     ; to 119
 118: (b7) r7 = 1
 119: (15) if r7 == 0x0 goto pc+9        ; to 129
; 20: arg1
 120: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 20: arg0 < arg1 && arg1 < 10
 121: (bf) r7 = r0
 122: (a5) if r7 < 0xa goto pc+2         ; to 125
 123: (b7) r7 = 0
 124: (05) goto pc+1                     ; to 126
 125: (b7) r7 = 1
 126: (15) if r7 == 0x0 goto pc+2        ; to 129
 127: (b7) r7 = 1
 128: (05) goto pc+1                     ; to 130
 129: (b7) r7 = 0
 130: (79) r1 = *(u64 *)(r10 -24)
 131: (7b) *(u64 *)(r1 +64) = r7
; 18: printf("a+b=%d a*b=%d b/a=%d b%%a=%d a<<4|1=%d ~a&0xff=%d -a=%d a<b&&b<10=%d\n", ...
 132: (79) r1 = *(u64 *)(r10 -24)
 133: (b7) r2 = 0
 134: (85) call bpf_ringbuf_submit#132
 135: (05) goto pc+11                    ; to 147
 136: (b7) r1 = 0
 137: (63) *(u32 *)(r10 -8) = r1
 138: (18) r1 = map[lost]
 140: (bf) r2 = r10
 141: (07) r2 += -8
 142: (85) call bpf_map_lookup_elem#1
 143: (15) if r0 == 0x0 goto pc+3        ; to 147
 144: (79) r1 = *(u64 *)(r0 +0)
 145: (07) r1 += 1
 146: (7b) *(u64 *)(r0 +0) = r1
; 14: uprobe:./uprobe:add ...
 147: (b7) r0 = 0
 148: (95) exit
