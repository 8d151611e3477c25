program tt_p0_0: usdt:./args12:tt:args12 (kprobe, 117 instructions)
; uprobe at ./args12 file offset 0x1146 (USDT tt:args12 at address 0x1146), args -1@%dl 1@%cl -2@%r12w 2@%si -4@%edi 4@%r10d -8@%r11 8@%rbx -4@$-1 -4@gval(%rip) -8@(%r9,%rax,8) -8@-112(%rbp,%rax,8)
; 17: usdt:./args12:tt:args12 ...
   0: (bf) r6 = r1
; 19: printf("%d %u %d %u %d %u\n", arg0, arg1, arg2, arg3, arg4, arg5)
   1: (18) r1 = map[events]
   3: (b7) r2 = 56
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+39       ; to 46
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (7b) *(u64 *)(r10 -24) = r0
; 19: arg0 = -1@%dl: load rdx from pt_regs, sign-extend
   9: (79) r0 = *(u64 *)(r6 +96)         ; pt_regs.rdx
  10: (67) r0 <<= 56
  11: (c7) r0 s>>= 56
  12: (bf) r7 = r0
  13: (79) r1 = *(u64 *)(r10 -24)
  14: (7b) *(u64 *)(r1 +8) = r7
; 19: arg1 = 1@%cl: load rcx from pt_regs, zero-extend
  15: (79) r0 = *(u64 *)(r6 +88)         ; pt_regs.rcx
  16: (57) r0 &= 255
  17: (bf) r7 = r0
  18: (79) r1 = *(u64 *)(r10 -24)
  19: (7b) *(u64 *)(r1 +16) = r7
; 19: arg2 = -2@%r12w: load r12 from pt_regs, sign-extend
  20: (79) r0 = *(u64 *)(r6 +24)         ; pt_regs.r12
  21: (67) r0 <<= 48
  22: (c7) r0 s>>= 48
  23: (bf) r7 = r0
  24: (79) r1 = *(u64 *)(r10 -24)
  25: (7b) *(u64 *)(r1 +24) = r7
; 19: arg3 = 2@%si: load rsi from pt_regs, zero-extend
  26: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
  27: (57) r0 &= 65535
  28: (bf) r7 = r0
  29: (79) r1 = *(u64 *)(r10 -24)
  30: (7b) *(u64 *)(r1 +32) = r7
; 19: arg4 = -4@%edi: load rdi from pt_regs, sign-extend
  31: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
  32: (67) r0 <<= 32
  33: (c7) r0 s>>= 32
  34: (bf) r7 = r0
  35: (79) r1 = *(u64 *)(r10 -24)
  36: (7b) *(u64 *)(r1 +40) = r7
; 19: arg5 = 4@%r10d: load r10 from pt_regs, zero-extend
  37: (79) r0 = *(u64 *)(r6 +56)         ; pt_regs.r10
  38: (bc) w0 = w0
  39: (bf) r7 = r0
  40: (79) r1 = *(u64 *)(r10 -24)
  41: (7b) *(u64 *)(r1 +48) = r7
; 19: printf("%d %u %d %u %d %u\n", arg0, arg1, arg2, arg3, arg4, arg5)
  42: (79) r1 = *(u64 *)(r10 -24)
  43: (b7) r2 = 1
  44: (85) call bpf_ringbuf_submit#132
  45: (05) goto pc+4                     ; to 50
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  46: (18) r1 = map[lost][0]+0
  48: (b7) r2 = 1
  49: (db) lock *(u64 *)(r1 +0) += r2
; 20: printf("%d %x %d %d %d %d\n", arg6, arg7, arg8, arg9, arg10, arg11)
  50: (18) r1 = map[events]
  52: (b7) r2 = 56
  53: (b7) r3 = 0
  54: (85) call bpf_ringbuf_reserve#131
  55: (15) if r0 == 0x0 goto pc+55       ; to 111
  56: (7a) *(u64 *)(r0 +0) = 1
  57: (7b) *(u64 *)(r10 -24) = r0
; 20: arg6 = -8@%r11: load r11 from pt_regs
  58: (79) r0 = *(u64 *)(r6 +48)         ; pt_regs.r11
  59: (bf) r7 = r0
  60: (79) r1 = *(u64 *)(r10 -24)
  61: (7b) *(u64 *)(r1 +8) = r7
; 20: arg7 = 8@%rbx: load rbx from pt_regs
  62: (79) r0 = *(u64 *)(r6 +40)         ; pt_regs.rbx
  63: (bf) r7 = r0
  64: (79) r1 = *(u64 *)(r10 -24)
  65: (7b) *(u64 *)(r1 +16) = r7
; 20: arg8 = -4@$-1: the constant -1, folded into the program
  66: (b7) r0 = -1
  67: (bf) r7 = r0
  68: (79) r1 = *(u64 *)(r10 -24)
  69: (7b) *(u64 *)(r1 +24) = r7
; 20: arg9 = -4@gval(%rip): load rip (the probe site) from pt_regs, add the distance from the site to gval, read 4 bytes, sign-extend
  70: (79) r3 = *(u64 *)(r6 +128)        ; pt_regs.rip
  71: (07) r3 += 12138
  72: (bf) r1 = r10
  73: (07) r1 += -8
  74: (b7) r2 = 4
  75: (85) call bpf_probe_read_user#112
  76: (61) r0 = *(u32 *)(r10 -8)
  77: (67) r0 <<= 32
  78: (c7) r0 s>>= 32
  79: (bf) r7 = r0
  80: (79) r1 = *(u64 *)(r10 -24)
  81: (7b) *(u64 *)(r1 +32) = r7
; 20: arg10 = -8@(%r9,%rax,8): load r9 from pt_regs, add rax*8, read 8 bytes
  82: (79) r3 = *(u64 *)(r6 +64)         ; pt_regs.r9
  83: (79) r1 = *(u64 *)(r6 +80)         ; pt_regs.rax
  84: (27) r1 *= 8
  85: (0f) r3 += r1
  86: (bf) r1 = r10
  87: (07) r1 += -8
  88: (b7) r2 = 8
  89: (85) call bpf_probe_read_user#112
  90: (79) r0 = *(u64 *)(r10 -8)
  91: (bf) r7 = r0
  92: (79) r1 = *(u64 *)(r10 -24)
  93: (7b) *(u64 *)(r1 +40) = r7
; 20: arg11 = -8@-112(%rbp,%rax,8): load rbp from pt_regs, add -112, add rax*8, read 8 bytes
  94: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  95: (07) r3 += -112
  96: (79) r1 = *(u64 *)(r6 +80)         ; pt_regs.rax
  97: (27) r1 *= 8
  98: (0f) r3 += r1
  99: (bf) r1 = r10
 100: (07) r1 += -8
 101: (b7) r2 = 8
 102: (85) call bpf_probe_read_user#112
 103: (79) r0 = *(u64 *)(r10 -8)
 104: (bf) r7 = r0
 105: (79) r1 = *(u64 *)(r10 -24)
 106: (7b) *(u64 *)(r1 +48) = r7
; 20: printf("%d %x %d %d %d %d\n", arg6, arg7, arg8, arg9, arg10, arg11)
 107: (79) r1 = *(u64 *)(r10 -24)
 108: (b7) r2 = 1
 109: (85) call bpf_ringbuf_submit#132
 110: (05) goto pc+4                     ; to 115
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
 111: (18) r1 = map[lost][0]+0
 113: (b7) r2 = 1
 114: (db) lock *(u64 *)(r1 +0) += r2
; 17: usdt:./args12:tt:args12 ...
 115: (b7) r0 = 0
 116: (95) exit
