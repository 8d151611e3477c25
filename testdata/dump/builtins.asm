program tt_p0_0: uprobe:./uprobe:add (kprobe, 109 instructions)
; uprobe at ./uprobe file offset 0x1159
; 14: uprobe:./uprobe:add ...
   0: (bf) r6 = r1
; 16: printf("%s pid=%d tid=%d comm=%s t=%d.%03ds\n", comm, pid, tid, comm, ...
   1: (18) r1 = map[events]
   3: (b7) r2 = 72
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+31       ; to 38
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (bf) r9 = r0
; 16: comm
   9: (bf) r1 = r9
  10: (07) r1 += 8
  11: (b7) r2 = 16
  12: (85) call bpf_get_current_comm#16
; 16: pid
  13: (85) call bpf_get_current_pid_tgid#14
  14: (77) r0 >>= 32
  15: (bf) r1 = r9
  16: (7b) *(u64 *)(r1 +24) = r0
; 16: tid
  17: (85) call bpf_get_current_pid_tgid#14
  18: (bc) w0 = w0
  19: (7b) *(u64 *)(r9 +32) = r0
; 16: comm
  20: (bf) r1 = r9
  21: (07) r1 += 40
  22: (b7) r2 = 16
  23: (85) call bpf_get_current_comm#16
; 17: nsecs / 1000000000
  24: (85) call bpf_ktime_get_ns#5
  25: (bf) r7 = r0
  26: (37) r7 /= 1000000000
  27: (bf) r1 = r9
  28: (7b) *(u64 *)(r1 +56) = r7
; 17: nsecs / 1000000 % 1000
  29: (85) call bpf_ktime_get_ns#5
  30: (bf) r7 = r0
  31: (37) r7 /= 1000000
  32: (97) r7 %= 1000
  33: (7b) *(u64 *)(r9 +64) = r7
; 16: printf("%s pid=%d tid=%d comm=%s t=%d.%03ds\n", comm, pid, tid, comm, ...
  34: (bf) r1 = r9
  35: (b7) r2 = 1
  36: (85) call bpf_ringbuf_submit#132
  37: (05) goto pc+4                     ; to 42
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  38: (18) r1 = map[lost][0]+0
  40: (b7) r2 = 1
  41: (db) lock *(u64 *)(r1 +0) += r2
; 18: printf("a+b=%d a*b=%d b/a=%d b%%a=%d a<<4|1=%d ~a&0xff=%d -a=%d a<b&&b<10=%d\n", ...
  42: (18) r1 = map[events]
  44: (b7) r2 = 72
  45: (b7) r3 = 0
  46: (85) call bpf_ringbuf_reserve#131
  47: (15) if r0 == 0x0 goto pc+55       ; to 103
  48: (7a) *(u64 *)(r0 +0) = 1
  49: (bf) r9 = r0
; 19: arg0 = rdi (1st integer argument, System V ABI)
  50: (79) r7 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg1 = rsi (2nd integer argument, System V ABI)
  51: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg0 + arg1
  52: (0f) r7 += r0
  53: (7b) *(u64 *)(r9 +8) = r7
; 19: arg0 = rdi (1st integer argument, System V ABI)
  54: (79) r7 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg1 = rsi (2nd integer argument, System V ABI)
  55: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg0 * arg1
  56: (2f) r7 *= r0
  57: (7b) *(u64 *)(r9 +16) = r7
; 19: arg1 = rsi (2nd integer argument, System V ABI)
  58: (79) r7 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg0 = rdi (1st integer argument, System V ABI)
  59: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg1 / arg0
  60: (3f) r7 /= r0
  61: (7b) *(u64 *)(r9 +24) = r7
; 19: arg1 = rsi (2nd integer argument, System V ABI)
  62: (79) r7 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg0 = rdi (1st integer argument, System V ABI)
  63: (79) r8 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg1 % arg0
  64: (55) if r8 != 0x0 goto pc+2        ; to 67
  65: (b7) r7 = 0
  66: (05) goto pc+1                     ; to 68
  67: (9f) r7 %= r8
  68: (bf) r1 = r9
  69: (7b) *(u64 *)(r1 +32) = r7
; 19: arg0 = rdi (1st integer argument, System V ABI)
  70: (79) r7 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg0 << 4 | 1
  71: (67) r7 <<= 4
  72: (47) r7 |= 1
  73: (7b) *(u64 *)(r9 +40) = r7
; 20: arg0 = rdi (1st integer argument, System V ABI)
  74: (79) r7 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 20: ~arg0 & 0xff
  75: (a7) r7 ^= -1
  76: (57) r7 &= 255
  77: (7b) *(u64 *)(r9 +48) = r7
; 20: arg0 = rdi (1st integer argument, System V ABI)
  78: (79) r7 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 20: -arg0
  79: (87) r7 = -r7
  80: (7b) *(u64 *)(r9 +56) = r7
; 20: arg0 = rdi (1st integer argument, System V ABI)
  81: (79) r7 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 20: arg1 = rsi (2nd integer argument, System V ABI)
  82: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 20: arg0 < arg1 && arg1 < 10
  83: (ad) if r7 < r0 goto pc+2          ; to 86
  84: (b7) r7 = 0
  85: (05) goto pc+1                     ; to 87
  86: (b7) r7 = 1
  87: (15) if r7 == 0x0 goto pc+8        ; to 96
; 20: arg1 = rsi (2nd integer argument, System V ABI)
  88: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 20: arg0 < arg1 && arg1 < 10
  89: (a5) if r0 < 0xa goto pc+2         ; to 92
  90: (b7) r7 = 0
  91: (05) goto pc+1                     ; to 93
  92: (b7) r7 = 1
  93: (15) if r7 == 0x0 goto pc+2        ; to 96
  94: (b7) r7 = 1
  95: (05) goto pc+1                     ; to 97
  96: (b7) r7 = 0
  97: (bf) r1 = r9
  98: (7b) *(u64 *)(r1 +64) = r7
; 18: printf("a+b=%d a*b=%d b/a=%d b%%a=%d a<<4|1=%d ~a&0xff=%d -a=%d a<b&&b<10=%d\n", ...
  99: (bf) r1 = r9
 100: (b7) r2 = 1
 101: (85) call bpf_ringbuf_submit#132
 102: (05) goto pc+4                     ; to 107
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
 103: (18) r1 = map[lost][0]+0
 105: (b7) r2 = 1
 106: (db) lock *(u64 *)(r1 +0) += r2
; 14: uprobe:./uprobe:add ...
 107: (b7) r0 = 0
 108: (95) exit
