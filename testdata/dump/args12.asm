program tt_p0_0: usdt:./args12:tt:args12 (kprobe, 93 instructions)
; uprobe at ./args12 file offset 0x1146 (USDT tt:args12 at address 0x1146), args -1@%dl 1@%cl -2@%r12w 2@%si -4@%edi 4@%r10d -8@%r11 8@%rbx -4@$-1 -4@gval(%rip) -8@(%r9,%rax,8) -8@-112(%rbp,%rax,8)
; 17: usdt:./args12:tt:args12 ...
   0: (bf) r6 = r1
; 19: printf("%d %u %d %u %d %u\n", arg0, arg1, arg2, arg3, arg4, arg5)
   1: (18) r1 = map[events]
   3: (b7) r2 = 56
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+27       ; to 34
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (bf) r9 = r0
; 19: arg0 = -1@%dl: load rdx from pt_regs, sign-extend
   9: (79) r0 = *(u64 *)(r6 +96)         ; pt_regs.rdx
  10: (67) r0 <<= 56
  11: (c7) r0 s>>= 56
  12: (7b) *(u64 *)(r9 +8) = r0
; 19: arg1 = 1@%cl: load rcx from pt_regs, zero-extend
  13: (79) r0 = *(u64 *)(r6 +88)         ; pt_regs.rcx
  14: (57) r0 &= 255
  15: (7b) *(u64 *)(r9 +16) = r0
; 19: arg2 = -2@%r12w: load r12 from pt_regs, sign-extend
  16: (79) r0 = *(u64 *)(r6 +24)         ; pt_regs.r12
  17: (67) r0 <<= 48
  18: (c7) r0 s>>= 48
  19: (7b) *(u64 *)(r9 +24) = r0
; 19: arg3 = 2@%si: load rsi from pt_regs, zero-extend
  20: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
  21: (57) r0 &= 65535
  22: (7b) *(u64 *)(r9 +32) = r0
; 19: arg4 = -4@%edi: load rdi from pt_regs, sign-extend
  23: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
  24: (67) r0 <<= 32
  25: (c7) r0 s>>= 32
  26: (7b) *(u64 *)(r9 +40) = r0
; 19: arg5 = 4@%r10d: load r10 from pt_regs, zero-extend
  27: (79) r0 = *(u64 *)(r6 +56)         ; pt_regs.r10
  28: (bc) w0 = w0
  29: (7b) *(u64 *)(r9 +48) = r0
; 19: printf("%d %u %d %u %d %u\n", arg0, arg1, arg2, arg3, arg4, arg5)
  30: (bf) r1 = r9
  31: (b7) r2 = 1
  32: (85) call bpf_ringbuf_submit#132
  33: (05) goto pc+4                     ; to 38
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  34: (18) r1 = map[lost][0]+0
  36: (b7) r2 = 1
  37: (db) lock *(u64 *)(r1 +0) += r2
; 20: printf("%d %x %d %d %d %d\n", arg6, arg7, arg8, arg9, arg10, arg11)
  38: (18) r1 = map[events]
  40: (b7) r2 = 56
  41: (b7) r3 = 0
  42: (85) call bpf_ringbuf_reserve#131
  43: (15) if r0 == 0x0 goto pc+43       ; to 87
  44: (7a) *(u64 *)(r0 +0) = 1
  45: (bf) r9 = r0
; 20: arg6 = -8@%r11: load r11 from pt_regs
  46: (79) r0 = *(u64 *)(r6 +48)         ; pt_regs.r11
  47: (7b) *(u64 *)(r9 +8) = r0
; 20: arg7 = 8@%rbx: load rbx from pt_regs
  48: (79) r0 = *(u64 *)(r6 +40)         ; pt_regs.rbx
  49: (7b) *(u64 *)(r9 +16) = r0
; 20: arg8 = -4@$-1: the constant -1, folded into the program
  50: (b7) r0 = -1
  51: (7b) *(u64 *)(r9 +24) = r0
; 20: arg9 = -4@gval(%rip): load rip (the probe site) from pt_regs, add the distance from the site to gval, read 4 bytes, sign-extend
  52: (79) r3 = *(u64 *)(r6 +128)        ; pt_regs.rip
  53: (07) r3 += 12138
  54: (bf) r1 = r10
  55: (07) r1 += -8
  56: (b7) r2 = 4
  57: (85) call bpf_probe_read_user#112
  58: (61) r0 = *(u32 *)(r10 -8)
  59: (67) r0 <<= 32
  60: (c7) r0 s>>= 32
  61: (7b) *(u64 *)(r9 +32) = r0
; 20: arg10 = -8@(%r9,%rax,8): load r9 from pt_regs, add rax*8, read 8 bytes
  62: (79) r3 = *(u64 *)(r6 +64)         ; pt_regs.r9
  63: (79) r1 = *(u64 *)(r6 +80)         ; pt_regs.rax
  64: (27) r1 *= 8
  65: (0f) r3 += r1
  66: (bf) r1 = r10
  67: (07) r1 += -8
  68: (b7) r2 = 8
  69: (85) call bpf_probe_read_user#112
  70: (79) r0 = *(u64 *)(r10 -8)
  71: (7b) *(u64 *)(r9 +40) = r0
; 20: arg11 = -8@-112(%rbp,%rax,8): load rbp from pt_regs, add -112, add rax*8, read 8 bytes
  72: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  73: (07) r3 += -112
  74: (79) r1 = *(u64 *)(r6 +80)         ; pt_regs.rax
  75: (27) r1 *= 8
  76: (0f) r3 += r1
  77: (bf) r1 = r10
  78: (07) r1 += -8
  79: (b7) r2 = 8
  80: (85) call bpf_probe_read_user#112
  81: (79) r0 = *(u64 *)(r10 -8)
  82: (7b) *(u64 *)(r9 +48) = r0
; 20: printf("%d %x %d %d %d %d\n", arg6, arg7, arg8, arg9, arg10, arg11)
  83: (bf) r1 = r9
  84: (b7) r2 = 1
  85: (85) call bpf_ringbuf_submit#132
  86: (05) goto pc+4                     ; to 91
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  87: (18) r1 = map[lost][0]+0
  89: (b7) r2 = 1
  90: (db) lock *(u64 *)(r1 +0) += r2
; 17: usdt:./args12:tt:args12 ...
  91: (b7) r0 = 0
  92: (95) exit
