program tt_p0_0: usdt:./args12:tt:args12 (kprobe, 133 instructions)
; uprobe at ./args12 file offset 0x1146 (USDT tt:args12 at address 0x1146), args -1@%dl 1@%cl -2@%r12w 2@%si -4@%edi 4@%r10d -8@%r11 8@%rbx -4@$-1 -4@gval(%rip) -8@(%r9,%rax,8) -8@-112(%rbp,%rax,8)
; 17: usdt:./args12:tt:args12 ...
   0: (bf) r6 = r1
; 19: printf("%d %u %d %u %d %u\n", arg0, arg1, arg2, arg3, arg4, arg5)
   1: (18) r1 = map[events]
   3: (b7) r2 = 56
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+40       ; to 47
   7: (b7) r1 = 0
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7b) *(u64 *)(r10 -24) = r0
; 19: arg0 = -1@%dl: load rdx from pt_regs, sign-extend
  10: (79) r0 = *(u64 *)(r6 +96)         ; pt_regs.rdx
  11: (67) r0 <<= 56
  12: (c7) r0 s>>= 56
  13: (bf) r7 = r0
  14: (79) r1 = *(u64 *)(r10 -24)
  15: (7b) *(u64 *)(r1 +8) = r7
; 19: arg1 = 1@%cl: load rcx from pt_regs, zero-extend
  16: (79) r0 = *(u64 *)(r6 +88)         ; pt_regs.rcx
  17: (57) r0 &= 255
  18: (bf) r7 = r0
  19: (79) r1 = *(u64 *)(r10 -24)
  20: (7b) *(u64 *)(r1 +16) = r7
; 19: arg2 = -2@%r12w: load r12 from pt_regs, sign-extend
  21: (79) r0 = *(u64 *)(r6 +24)         ; pt_regs.r12
  22: (67) r0 <<= 48
  23: (c7) r0 s>>= 48
  24: (bf) r7 = r0
  25: (79) r1 = *(u64 *)(r10 -24)
  26: (7b) *(u64 *)(r1 +24) = r7
; 19: arg3 = 2@%si: load rsi from pt_regs, zero-extend
  27: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
  28: (57) r0 &= 65535
  29: (bf) r7 = r0
  30: (79) r1 = *(u64 *)(r10 -24)
  31: (7b) *(u64 *)(r1 +32) = r7
; 19: arg4 = -4@%edi: load rdi from pt_regs, sign-extend
  32: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
  33: (67) r0 <<= 32
  34: (c7) r0 s>>= 32
  35: (bf) r7 = r0
  36: (79) r1 = *(u64 *)(r10 -24)
  37: (7b) *(u64 *)(r1 +40) = r7
; 19: arg5 = 4@%r10d: load r10 from pt_regs, zero-extend
  38: (79) r0 = *(u64 *)(r6 +56)         ; pt_regs.r10
  39: (bc) w0 = w0
  40: (bf) r7 = r0
  41: (79) r1 = *(u64 *)(r10 -24)
  42: (7b) *(u64 *)(r1 +48) = r7
; 19: printf("%d %u %d %u %d %u\n", arg0, arg1, arg2, arg3, arg4, arg5)
  43: (79) r1 = *(u64 *)(r10 -24)
  44: (b7) r2 = 0
  45: (85) call bpf_ringbuf_submit#132
  46: (05) goto pc+11                    ; to 58
  47: (b7) r1 = 0
  48: (63) *(u32 *)(r10 -8) = r1
  49: (18) r1 = map[lost]
  51: (bf) r2 = r10
  52: (07) r2 += -8
  53: (85) call bpf_map_lookup_elem#1
  54: (15) if r0 == 0x0 goto pc+3        ; to 58
  55: (79) r1 = *(u64 *)(r0 +0)
  56: (07) r1 += 1
  57: (7b) *(u64 *)(r0 +0) = r1
; 20: printf("%d %x %d %d %d %d\n", arg6, arg7, arg8, arg9, arg10, arg11)
  58: (18) r1 = map[events]
  60: (b7) r2 = 56
  61: (b7) r3 = 0
  62: (85) call bpf_ringbuf_reserve#131
  63: (15) if r0 == 0x0 goto pc+56       ; to 120
  64: (b7) r1 = 1
  65: (7b) *(u64 *)(r0 +0) = r1
  66: (7b) *(u64 *)(r10 -24) = r0
; 20: arg6 = -8@%r11: load r11 from pt_regs
  67: (79) r0 = *(u64 *)(r6 +48)         ; pt_regs.r11
  68: (bf) r7 = r0
  69: (79) r1 = *(u64 *)(r10 -24)
  70: (7b) *(u64 *)(r1 +8) = r7
; 20: arg7 = 8@%rbx: load rbx from pt_regs
  71: (79) r0 = *(u64 *)(r6 +40)         ; pt_regs.rbx
  72: (bf) r7 = r0
  73: (79) r1 = *(u64 *)(r10 -24)
  74: (7b) *(u64 *)(r1 +16) = r7
; 20: arg8 = -4@$-1: the constant -1, folded into the program
  75: (b7) r0 = -1
  76: (bf) r7 = r0
  77: (79) r1 = *(u64 *)(r10 -24)
  78: (7b) *(u64 *)(r1 +24) = r7
; 20: arg9 = -4@gval(%rip): load rip (the probe site) from pt_regs, add the distance from the site to gval, read 4 bytes, sign-extend
  79: (79) r3 = *(u64 *)(r6 +128)        ; pt_regs.rip
  80: (07) r3 += 12138
  81: (bf) r1 = r10
  82: (07) r1 += -8
  83: (b7) r2 = 4
  84: (85) call bpf_probe_read_user#112
  85: (61) r0 = *(u32 *)(r10 -8)
  86: (67) r0 <<= 32
  87: (c7) r0 s>>= 32
  88: (bf) r7 = r0
  89: (79) r1 = *(u64 *)(r10 -24)
  90: (7b) *(u64 *)(r1 +32) = r7
; 20: arg10 = -8@(%r9,%rax,8): load r9 from pt_regs, add rax*8, read 8 bytes
  91: (79) r3 = *(u64 *)(r6 +64)         ; pt_regs.r9
  92: (79) r1 = *(u64 *)(r6 +80)         ; pt_regs.rax
  93: (27) r1 *= 8
  94: (0f) r3 += r1
  95: (bf) r1 = r10
  96: (07) r1 += -8
  97: (b7) r2 = 8
  98: (85) call bpf_probe_read_user#112
  99: (79) r0 = *(u64 *)(r10 -8)
 100: (bf) r7 = r0
 101: (79) r1 = *(u64 *)(r10 -24)
 102: (7b) *(u64 *)(r1 +40) = r7
; 20: arg11 = -8@-112(%rbp,%rax,8): load rbp from pt_regs, add -112, add rax*8, read 8 bytes
 103: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
 104: (07) r3 += -112
 105: (79) r1 = *(u64 *)(r6 +80)         ; pt_regs.rax
 106: (27) r1 *= 8
 107: (0f) r3 += r1
 108: (bf) r1 = r10
 109: (07) r1 += -8
 110: (b7) r2 = 8
 111: (85) call bpf_probe_read_user#112
 112: (79) r0 = *(u64 *)(r10 -8)
 113: (bf) r7 = r0
 114: (79) r1 = *(u64 *)(r10 -24)
 115: (7b) *(u64 *)(r1 +48) = r7
; 20: printf("%d %x %d %d %d %d\n", arg6, arg7, arg8, arg9, arg10, arg11)
 116: (79) r1 = *(u64 *)(r10 -24)
 117: (b7) r2 = 0
 118: (85) call bpf_ringbuf_submit#132
 119: (05) goto pc+11                    ; to 131
 120: (b7) r1 = 0
 121: (63) *(u32 *)(r10 -8) = r1
 122: (18) r1 = map[lost]
 124: (bf) r2 = r10
 125: (07) r2 += -8
 126: (85) call bpf_map_lookup_elem#1
 127: (15) if r0 == 0x0 goto pc+3        ; to 131
 128: (79) r1 = *(u64 *)(r0 +0)
 129: (07) r1 += 1
 130: (7b) *(u64 *)(r0 +0) = r1
; 17: usdt:./args12:tt:args12 ...
 131: (b7) r0 = 0
 132: (95) exit
