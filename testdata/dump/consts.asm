program tt_p0_0: usdt:./args12:tt:consts (kprobe, 61 instructions)
; uprobe at ./args12 file offset 0x1147 (USDT tt:consts at address 0x1147), args -4@$5 -4@$-1 4@$-1 -1@$-3 8@$1311768467463790320 -4@40+Stats(%rip)
; 13: usdt:./args12:tt:consts ...
   0: (bf) r6 = r1
; 15: printf("%d %d %u %d 0x%x hits=%d\n", arg0, arg1, arg2, arg3, arg4, arg5)
   1: (18) r1 = map[events]
   3: (b7) r2 = 56
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+41       ; to 48
   7: (b7) r1 = 0
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7b) *(u64 *)(r10 -24) = r0
; 15: arg0 = -4@$5: the constant 5, folded into the program
  10: (b7) r0 = 5
  11: (bf) r7 = r0
  12: (79) r1 = *(u64 *)(r10 -24)
  13: (7b) *(u64 *)(r1 +8) = r7
; 15: arg1 = -4@$-1: the constant -1, folded into the program
  14: (b7) r0 = -1
  15: (bf) r7 = r0
  16: (79) r1 = *(u64 *)(r10 -24)
  17: (7b) *(u64 *)(r1 +16) = r7
; 15: arg2 = 4@$-1: the constant -1 as a 4-byte unsigned value is 4294967295, folded into the program
  18: (18) r0 = 0xffffffff
  20: (bf) r7 = r0
  21: (79) r1 = *(u64 *)(r10 -24)
  22: (7b) *(u64 *)(r1 +24) = r7
; 15: arg3 = -1@$-3: the constant -3, folded into the program
  23: (b7) r0 = -3
  24: (bf) r7 = r0
  25: (79) r1 = *(u64 *)(r10 -24)
  26: (7b) *(u64 *)(r1 +32) = r7
; 15: arg4 = 8@$1311768467463790320: the constant 1311768467463790320, folded into the program
  27: (18) r0 = 0x123456789abcdef0
  29: (bf) r7 = r0
  30: (79) r1 = *(u64 *)(r10 -24)
  31: (7b) *(u64 *)(r1 +40) = r7
; 15: arg5 = -4@40+Stats(%rip): load rip (the probe site) from pt_regs, add the distance from the site to 40+Stats, read 4 bytes, sign-extend
  32: (79) r3 = *(u64 *)(r6 +128)        ; pt_regs.rip
  33: (07) r3 += 12129
  34: (bf) r1 = r10
  35: (07) r1 += -8
  36: (b7) r2 = 4
  37: (85) call bpf_probe_read_user#112
  38: (61) r0 = *(u32 *)(r10 -8)
  39: (67) r0 <<= 32
  40: (c7) r0 s>>= 32
  41: (bf) r7 = r0
  42: (79) r1 = *(u64 *)(r10 -24)
  43: (7b) *(u64 *)(r1 +48) = r7
; 15: printf("%d %d %u %d 0x%x hits=%d\n", arg0, arg1, arg2, arg3, arg4, arg5)
  44: (79) r1 = *(u64 *)(r10 -24)
  45: (b7) r2 = 0
  46: (85) call bpf_ringbuf_submit#132
  47: (05) goto pc+11                    ; to 59
  48: (b7) r1 = 0
  49: (63) *(u32 *)(r10 -8) = r1
  50: (18) r1 = map[lost]
  52: (bf) r2 = r10
  53: (07) r2 += -8
  54: (85) call bpf_map_lookup_elem#1
  55: (15) if r0 == 0x0 goto pc+3        ; to 59
  56: (79) r1 = *(u64 *)(r0 +0)
  57: (07) r1 += 1
  58: (7b) *(u64 *)(r0 +0) = r1
; 13: usdt:./args12:tt:consts ...
  59: (b7) r0 = 0
  60: (95) exit
