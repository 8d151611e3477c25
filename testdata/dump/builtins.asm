program tt_p0_0: uprobe:./uprobe:add (kprobe, 133 instructions)
; uprobe at ./uprobe file offset 0x1159
; 14: uprobe:./uprobe:add ...
   0: (bf) r6 = r1
; 16: printf("%s pid=%d tid=%d comm=%s t=%d.%03ds\n", comm, pid, tid, comm, ...
   1: (18) r1 = map[events]
   3: (b7) r2 = 72
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+35       ; to 42
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (7b) *(u64 *)(r10 -24) = r0
; 16: comm
   9: (79) r1 = *(u64 *)(r10 -24)
  10: (07) r1 += 8
  11: (b7) r2 = 16
  12: (85) call bpf_get_current_comm#16
; 16: pid
  13: (85) call bpf_get_current_pid_tgid#14
  14: (77) r0 >>= 32
  15: (bf) r7 = r0
  16: (79) r1 = *(u64 *)(r10 -24)
  17: (7b) *(u64 *)(r1 +24) = r7
; 16: tid
  18: (85) call bpf_get_current_pid_tgid#14
  19: (bc) w0 = w0
  20: (bf) r7 = r0
  21: (79) r1 = *(u64 *)(r10 -24)
  22: (7b) *(u64 *)(r1 +32) = r7
; 16: comm
  23: (79) r1 = *(u64 *)(r10 -24)
  24: (07) r1 += 40
  25: (b7) r2 = 16
  26: (85) call bpf_get_current_comm#16
; 17: nsecs / 1000000000
  27: (85) call bpf_ktime_get_ns#5
  28: (bf) r7 = r0
  29: (37) r7 /= 1000000000
  30: (79) r1 = *(u64 *)(r10 -24)
  31: (7b) *(u64 *)(r1 +56) = r7
; 17: nsecs / 1000000 % 1000
  32: (85) call bpf_ktime_get_ns#5
  33: (bf) r7 = r0
  34: (37) r7 /= 1000000
  35: (97) r7 %= 1000
  36: (79) r1 = *(u64 *)(r10 -24)
  37: (7b) *(u64 *)(r1 +64) = r7
; 16: printf("%s pid=%d tid=%d comm=%s t=%d.%03ds\n", comm, pid, tid, comm, ...
  38: (79) r1 = *(u64 *)(r10 -24)
  39: (b7) r2 = 1
  40: (85) call bpf_ringbuf_submit#132
  41: (05) goto pc+4                     ; to 46
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  42: (18) r1 = map[lost][0]+0
  44: (b7) r2 = 1
  45: (db) lock *(u64 *)(r1 +0) += r2
; 18: printf("a+b=%d a*b=%d b/a=%d b%%a=%d a<<4|1=%d ~a&0xff=%d -a=%d a<b&&b<10=%d\n", ...
  46: (18) r1 = map[events]
  48: (b7) r2 = 72
  49: (b7) r3 = 0
  50: (85) call bpf_ringbuf_reserve#131
  51: (15) if r0 == 0x0 goto pc+75       ; to 127
  52: (7a) *(u64 *)(r0 +0) = 1
  53: (7b) *(u64 *)(r10 -24) = r0
; 19: arg0 = rdi (1st integer argument, System V ABI)
  54: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg0 + arg1
  55: (bf) r7 = r0
; 19: arg1 = rsi (2nd integer argument, System V ABI)
  56: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg0 + arg1
  57: (bf) r8 = r0
  58: (0f) r7 += r8
  59: (79) r1 = *(u64 *)(r10 -24)
  60: (7b) *(u64 *)(r1 +8) = r7
; 19: arg0 = rdi (1st integer argument, System V ABI)
  61: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg0 * arg1
  62: (bf) r7 = r0
; 19: arg1 = rsi (2nd integer argument, System V ABI)
  63: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg0 * arg1
  64: (bf) r8 = r0
  65: (2f) r7 *= r8
  66: (79) r1 = *(u64 *)(r10 -24)
  67: (7b) *(u64 *)(r1 +16) = r7
; 19: arg1 = rsi (2nd integer argument, System V ABI)
  68: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg1 / arg0
  69: (bf) r7 = r0
; 19: arg0 = rdi (1st integer argument, System V ABI)
  70: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg1 / arg0
  71: (bf) r8 = r0
  72: (3f) r7 /= r8
  73: (79) r1 = *(u64 *)(r10 -24)
  74: (7b) *(u64 *)(r1 +24) = r7
; 19: arg1 = rsi (2nd integer argument, System V ABI)
  75: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg1 % arg0
  76: (bf) r7 = r0
; 19: arg0 = rdi (1st integer argument, System V ABI)
  77: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg1 % arg0
  78: (bf) r8 = r0
  79: (55) if r8 != 0x0 goto pc+2        ; to 82
  80: (b7) r7 = 0
  81: (05) goto pc+1                     ; to 83
  82: (9f) r7 %= r8
  83: (79) r1 = *(u64 *)(r10 -24)
  84: (7b) *(u64 *)(r1 +32) = r7
; 19: arg0 = rdi (1st integer argument, System V ABI)
  85: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg0 << 4 | 1
  86: (bf) r7 = r0
  87: (67) r7 <<= 4
  88: (47) r7 |= 1
  89: (79) r1 = *(u64 *)(r10 -24)
  90: (7b) *(u64 *)(r1 +40) = r7
; 20: arg0 = rdi (1st integer argument, System V ABI)
  91: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 20: ~arg0 & 0xff
  92: (bf) r7 = r0
  93: (a7) r7 ^= -1
  94: (57) r7 &= 255
  95: (79) r1 = *(u64 *)(r10 -24)
  96: (7b) *(u64 *)(r1 +48) = r7
; 20: arg0 = rdi (1st integer argument, System V ABI)
  97: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 20: -arg0
  98: (bf) r7 = r0
  99: (87) r7 = -r7
 100: (79) r1 = *(u64 *)(r10 -24)
 101: (7b) *(u64 *)(r1 +56) = r7
; 20: arg0 = rdi (1st integer argument, System V ABI)
 102: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 20: arg0 < arg1 && arg1 < 10
 103: (bf) r7 = r0
; 20: arg1 = rsi (2nd integer argument, System V ABI)
 104: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 20: arg0 < arg1 && arg1 < 10
 105: (bf) r8 = r0
 106: (ad) if r7 < r8 goto pc+2          ; to 109
 107: (b7) r7 = 0
 108: (05) goto pc+1                     ; to 110
 109: (b7) r7 = 1
 110: (15) if r7 == 0x0 goto pc+9        ; to 120
; 20: arg1 = rsi (2nd integer argument, System V ABI)
 111: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 20: arg0 < arg1 && arg1 < 10
 112: (bf) r7 = r0
 113: (a5) if r7 < 0xa goto pc+2         ; to 116
 114: (b7) r7 = 0
 115: (05) goto pc+1                     ; to 117
 116: (b7) r7 = 1
 117: (15) if r7 == 0x0 goto pc+2        ; to 120
 118: (b7) r7 = 1
 119: (05) goto pc+1                     ; to 121
 120: (b7) r7 = 0
 121: (79) r1 = *(u64 *)(r10 -24)
 122: (7b) *(u64 *)(r1 +64) = r7
; 18: printf("a+b=%d a*b=%d b/a=%d b%%a=%d a<<4|1=%d ~a&0xff=%d -a=%d a<b&&b<10=%d\n", ...
 123: (79) r1 = *(u64 *)(r10 -24)
 124: (b7) r2 = 1
 125: (85) call bpf_ringbuf_submit#132
 126: (05) goto pc+4                     ; to 131
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
 127: (18) r1 = map[lost][0]+0
 129: (b7) r2 = 1
 130: (db) lock *(u64 *)(r1 +0) += r2
; 14: uprobe:./uprobe:add ...
 131: (b7) r0 = 0
 132: (95) exit
