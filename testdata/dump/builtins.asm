program tt_p0_0: uprobe:./uprobe:add (kprobe, 117 instructions)
; uprobe at ./uprobe file offset 0x1159
; 14: uprobe:./uprobe:add ...
   0: (bf) r6 = r1
; 16: printf("%s pid=%d tid=%d comm=%s t=%d.%03ds\n", comm, pid, tid, comm, ...
   1: (18) r1 = map[events]
   3: (b7) r2 = 72
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+33       ; to 40
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
  15: (79) r1 = *(u64 *)(r10 -24)
  16: (7b) *(u64 *)(r1 +24) = r0
; 16: tid
  17: (85) call bpf_get_current_pid_tgid#14
  18: (bc) w0 = w0
  19: (79) r1 = *(u64 *)(r10 -24)
  20: (7b) *(u64 *)(r1 +32) = r0
; 16: comm
  21: (79) r1 = *(u64 *)(r10 -24)
  22: (07) r1 += 40
  23: (b7) r2 = 16
  24: (85) call bpf_get_current_comm#16
; 17: nsecs / 1000000000
  25: (85) call bpf_ktime_get_ns#5
  26: (bf) r7 = r0
  27: (37) r7 /= 1000000000
  28: (79) r1 = *(u64 *)(r10 -24)
  29: (7b) *(u64 *)(r1 +56) = r7
; 17: nsecs / 1000000 % 1000
  30: (85) call bpf_ktime_get_ns#5
  31: (bf) r7 = r0
  32: (37) r7 /= 1000000
  33: (97) r7 %= 1000
  34: (79) r1 = *(u64 *)(r10 -24)
  35: (7b) *(u64 *)(r1 +64) = r7
; 16: printf("%s pid=%d tid=%d comm=%s t=%d.%03ds\n", comm, pid, tid, comm, ...
  36: (79) r1 = *(u64 *)(r10 -24)
  37: (b7) r2 = 1
  38: (85) call bpf_ringbuf_submit#132
  39: (05) goto pc+4                     ; to 44
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  40: (18) r1 = map[lost][0]+0
  42: (b7) r2 = 1
  43: (db) lock *(u64 *)(r1 +0) += r2
; 18: printf("a+b=%d a*b=%d b/a=%d b%%a=%d a<<4|1=%d ~a&0xff=%d -a=%d a<b&&b<10=%d\n", ...
  44: (18) r1 = map[events]
  46: (b7) r2 = 72
  47: (b7) r3 = 0
  48: (85) call bpf_ringbuf_reserve#131
  49: (15) if r0 == 0x0 goto pc+61       ; to 111
  50: (7a) *(u64 *)(r0 +0) = 1
  51: (7b) *(u64 *)(r10 -24) = r0
; 19: arg0 = rdi (1st integer argument, System V ABI)
  52: (79) r7 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg1 = rsi (2nd integer argument, System V ABI)
  53: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg0 + arg1
  54: (0f) r7 += r0
  55: (79) r1 = *(u64 *)(r10 -24)
  56: (7b) *(u64 *)(r1 +8) = r7
; 19: arg0 = rdi (1st integer argument, System V ABI)
  57: (79) r7 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg1 = rsi (2nd integer argument, System V ABI)
  58: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg0 * arg1
  59: (2f) r7 *= r0
  60: (79) r1 = *(u64 *)(r10 -24)
  61: (7b) *(u64 *)(r1 +16) = r7
; 19: arg1 = rsi (2nd integer argument, System V ABI)
  62: (79) r7 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg0 = rdi (1st integer argument, System V ABI)
  63: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg1 / arg0
  64: (3f) r7 /= r0
  65: (79) r1 = *(u64 *)(r10 -24)
  66: (7b) *(u64 *)(r1 +24) = r7
; 19: arg1 = rsi (2nd integer argument, System V ABI)
  67: (79) r7 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 19: arg0 = rdi (1st integer argument, System V ABI)
  68: (79) r8 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg1 % arg0
  69: (55) if r8 != 0x0 goto pc+2        ; to 72
  70: (b7) r7 = 0
  71: (05) goto pc+1                     ; to 73
  72: (9f) r7 %= r8
  73: (79) r1 = *(u64 *)(r10 -24)
  74: (7b) *(u64 *)(r1 +32) = r7
; 19: arg0 = rdi (1st integer argument, System V ABI)
  75: (79) r7 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 19: arg0 << 4 | 1
  76: (67) r7 <<= 4
  77: (47) r7 |= 1
  78: (79) r1 = *(u64 *)(r10 -24)
  79: (7b) *(u64 *)(r1 +40) = r7
; 20: arg0 = rdi (1st integer argument, System V ABI)
  80: (79) r7 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 20: ~arg0 & 0xff
  81: (a7) r7 ^= -1
  82: (57) r7 &= 255
  83: (79) r1 = *(u64 *)(r10 -24)
  84: (7b) *(u64 *)(r1 +48) = r7
; 20: arg0 = rdi (1st integer argument, System V ABI)
  85: (79) r7 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 20: -arg0
  86: (87) r7 = -r7
  87: (79) r1 = *(u64 *)(r10 -24)
  88: (7b) *(u64 *)(r1 +56) = r7
; 20: arg0 = rdi (1st integer argument, System V ABI)
  89: (79) r7 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 20: arg1 = rsi (2nd integer argument, System V ABI)
  90: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 20: arg0 < arg1 && arg1 < 10
  91: (ad) if r7 < r0 goto pc+2          ; to 94
  92: (b7) r7 = 0
  93: (05) goto pc+1                     ; to 95
  94: (b7) r7 = 1
  95: (15) if r7 == 0x0 goto pc+8        ; to 104
; 20: arg1 = rsi (2nd integer argument, System V ABI)
  96: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
; 20: arg0 < arg1 && arg1 < 10
  97: (a5) if r0 < 0xa goto pc+2         ; to 100
  98: (b7) r7 = 0
  99: (05) goto pc+1                     ; to 101
 100: (b7) r7 = 1
 101: (15) if r7 == 0x0 goto pc+2        ; to 104
 102: (b7) r7 = 1
 103: (05) goto pc+1                     ; to 105
 104: (b7) r7 = 0
 105: (79) r1 = *(u64 *)(r10 -24)
 106: (7b) *(u64 *)(r1 +64) = r7
; 18: printf("a+b=%d a*b=%d b/a=%d b%%a=%d a<<4|1=%d ~a&0xff=%d -a=%d a<b&&b<10=%d\n", ...
 107: (79) r1 = *(u64 *)(r10 -24)
 108: (b7) r2 = 1
 109: (85) call bpf_ringbuf_submit#132
 110: (05) goto pc+4                     ; to 115
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
 111: (18) r1 = map[lost][0]+0
 113: (b7) r2 = 1
 114: (db) lock *(u64 *)(r1 +0) += r2
; 14: uprobe:./uprobe:add ...
 115: (b7) r0 = 0
 116: (95) exit
