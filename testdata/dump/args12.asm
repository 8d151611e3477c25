program tt_p0_0: usdt:./args12:tt:args12 (kprobe, 105 instructions)
; uprobe at ./args12 file offset 0x1146 (USDT tt:args12 at address 0x1146), args -1@%dl 1@%cl -2@%r12w 2@%si -4@%edi 4@%r10d -8@%r11 8@%rbx -4@$-1 -4@gval(%rip) -8@(%r9,%rax,8) -8@-112(%rbp,%rax,8)
; 17: usdt:./args12:tt:args12 ...
   0: (bf) r6 = r1
; 19: printf("%d %u %d %u %d %u\n", arg0, arg1, arg2, arg3, arg4, arg5)
   1: (18) r1 = map[events]
   3: (b7) r2 = 56
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+33       ; to 40
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (7b) *(u64 *)(r10 -24) = r0
; 19: arg0 = -1@%dl: load rdx from pt_regs, sign-extend
   9: (79) r0 = *(u64 *)(r6 +96)         ; pt_regs.rdx
  10: (67) r0 <<= 56
  11: (c7) r0 s>>= 56
  12: (79) r1 = *(u64 *)(r10 -24)
  13: (7b) *(u64 *)(r1 +8) = r0
; 19: arg1 = 1@%cl: load rcx from pt_regs, zero-extend
  14: (79) r0 = *(u64 *)(r6 +88)         ; pt_regs.rcx
  15: (57) r0 &= 255
  16: (79) r1 = *(u64 *)(r10 -24)
  17: (7b) *(u64 *)(r1 +16) = r0
; 19: arg2 = -2@%r12w: load r12 from pt_regs, sign-extend
  18: (79) r0 = *(u64 *)(r6 +24)         ; pt_regs.r12
  19: (67) r0 <<= 48
  20: (c7) r0 s>>= 48
  21: (79) r1 = *(u64 *)(r10 -24)
  22: (7b) *(u64 *)(r1 +24) = r0
; 19: arg3 = 2@%si: load rsi from pt_regs, zero-extend
  23: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
  24: (57) r0 &= 65535
  25: (79) r1 = *(u64 *)(r10 -24)
  26: (7b) *(u64 *)(r1 +32) = r0
; 19: arg4 = -4@%edi: load rdi from pt_regs, sign-extend
  27: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
  28: (67) r0 <<= 32
  29: (c7) r0 s>>= 32
  30: (79) r1 = *(u64 *)(r10 -24)
  31: (7b) *(u64 *)(r1 +40) = r0
; 19: arg5 = 4@%r10d: load r10 from pt_regs, zero-extend
  32: (79) r0 = *(u64 *)(r6 +56)         ; pt_regs.r10
  33: (bc) w0 = w0
  34: (79) r1 = *(u64 *)(r10 -24)
  35: (7b) *(u64 *)(r1 +48) = r0
; 19: printf("%d %u %d %u %d %u\n", arg0, arg1, arg2, arg3, arg4, arg5)
  36: (79) r1 = *(u64 *)(r10 -24)
  37: (b7) r2 = 1
  38: (85) call bpf_ringbuf_submit#132
  39: (05) goto pc+4                     ; to 44
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  40: (18) r1 = map[lost][0]+0
  42: (b7) r2 = 1
  43: (db) lock *(u64 *)(r1 +0) += r2
; 20: printf("%d %x %d %d %d %d\n", arg6, arg7, arg8, arg9, arg10, arg11)
  44: (18) r1 = map[events]
  46: (b7) r2 = 56
  47: (b7) r3 = 0
  48: (85) call bpf_ringbuf_reserve#131
  49: (15) if r0 == 0x0 goto pc+49       ; to 99
  50: (7a) *(u64 *)(r0 +0) = 1
  51: (7b) *(u64 *)(r10 -24) = r0
; 20: arg6 = -8@%r11: load r11 from pt_regs
  52: (79) r0 = *(u64 *)(r6 +48)         ; pt_regs.r11
  53: (79) r1 = *(u64 *)(r10 -24)
  54: (7b) *(u64 *)(r1 +8) = r0
; 20: arg7 = 8@%rbx: load rbx from pt_regs
  55: (79) r0 = *(u64 *)(r6 +40)         ; pt_regs.rbx
  56: (79) r1 = *(u64 *)(r10 -24)
  57: (7b) *(u64 *)(r1 +16) = r0
; 20: arg8 = -4@$-1: the constant -1, folded into the program
  58: (b7) r0 = -1
  59: (79) r1 = *(u64 *)(r10 -24)
  60: (7b) *(u64 *)(r1 +24) = r0
; 20: arg9 = -4@gval(%rip): load rip (the probe site) from pt_regs, add the distance from the site to gval, read 4 bytes, sign-extend
  61: (79) r3 = *(u64 *)(r6 +128)        ; pt_regs.rip
  62: (07) r3 += 12138
  63: (bf) r1 = r10
  64: (07) r1 += -8
  65: (b7) r2 = 4
  66: (85) call bpf_probe_read_user#112
  67: (61) r0 = *(u32 *)(r10 -8)
  68: (67) r0 <<= 32
  69: (c7) r0 s>>= 32
  70: (79) r1 = *(u64 *)(r10 -24)
  71: (7b) *(u64 *)(r1 +32) = r0
; 20: arg10 = -8@(%r9,%rax,8): load r9 from pt_regs, add rax*8, read 8 bytes
  72: (79) r3 = *(u64 *)(r6 +64)         ; pt_regs.r9
  73: (79) r1 = *(u64 *)(r6 +80)         ; pt_regs.rax
  74: (27) r1 *= 8
  75: (0f) r3 += r1
  76: (bf) r1 = r10
  77: (07) r1 += -8
  78: (b7) r2 = 8
  79: (85) call bpf_probe_read_user#112
  80: (79) r0 = *(u64 *)(r10 -8)
  81: (79) r1 = *(u64 *)(r10 -24)
  82: (7b) *(u64 *)(r1 +40) = r0
; 20: arg11 = -8@-112(%rbp,%rax,8): load rbp from pt_regs, add -112, add rax*8, read 8 bytes
  83: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  84: (07) r3 += -112
  85: (79) r1 = *(u64 *)(r6 +80)         ; pt_regs.rax
  86: (27) r1 *= 8
  87: (0f) r3 += r1
  88: (bf) r1 = r10
  89: (07) r1 += -8
  90: (b7) r2 = 8
  91: (85) call bpf_probe_read_user#112
  92: (79) r0 = *(u64 *)(r10 -8)
  93: (79) r1 = *(u64 *)(r10 -24)
  94: (7b) *(u64 *)(r1 +48) = r0
; 20: printf("%d %x %d %d %d %d\n", arg6, arg7, arg8, arg9, arg10, arg11)
  95: (79) r1 = *(u64 *)(r10 -24)
  96: (b7) r2 = 1
  97: (85) call bpf_ringbuf_submit#132
  98: (05) goto pc+4                     ; to 103
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  99: (18) r1 = map[lost][0]+0
 101: (b7) r2 = 1
 102: (db) lock *(u64 *)(r1 +0) += r2
; 17: usdt:./args12:tt:args12 ...
 103: (b7) r0 = 0
 104: (95) exit
