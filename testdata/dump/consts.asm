program tt_p0_0: usdt:./args12:tt:consts (kprobe, 53 instructions)
; uprobe at ./args12 file offset 0x1147 (USDT tt:consts at address 0x1147), args -4@$5 -4@$-1 4@$-1 -1@$-3 8@$1311768467463790320 -4@40+Stats(%rip)
; 13: usdt:./args12:tt:consts ...
   0: (bf) r6 = r1
; 15: printf("%d %d %u %d 0x%x hits=%d\n", arg0, arg1, arg2, arg3, arg4, arg5)
   1: (18) r1 = map[events]
   3: (b7) r2 = 56
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+40       ; to 47
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (7b) *(u64 *)(r10 -24) = r0
; 15: arg0 = -4@$5: the constant 5, folded into the program
   9: (b7) r0 = 5
  10: (bf) r7 = r0
  11: (79) r1 = *(u64 *)(r10 -24)
  12: (7b) *(u64 *)(r1 +8) = r7
; 15: arg1 = -4@$-1: the constant -1, folded into the program
  13: (b7) r0 = -1
  14: (bf) r7 = r0
  15: (79) r1 = *(u64 *)(r10 -24)
  16: (7b) *(u64 *)(r1 +16) = r7
; 15: arg2 = 4@$-1: the constant -1 as a 4-byte unsigned value is 4294967295, folded into the program
  17: (18) r0 = 0xffffffff
  19: (bf) r7 = r0
  20: (79) r1 = *(u64 *)(r10 -24)
  21: (7b) *(u64 *)(r1 +24) = r7
; 15: arg3 = -1@$-3: the constant -3, folded into the program
  22: (b7) r0 = -3
  23: (bf) r7 = r0
  24: (79) r1 = *(u64 *)(r10 -24)
  25: (7b) *(u64 *)(r1 +32) = r7
; 15: arg4 = 8@$1311768467463790320: the constant 1311768467463790320, folded into the program
  26: (18) r0 = 0x123456789abcdef0
  28: (bf) r7 = r0
  29: (79) r1 = *(u64 *)(r10 -24)
  30: (7b) *(u64 *)(r1 +40) = r7
; 15: arg5 = -4@40+Stats(%rip): load rip (the probe site) from pt_regs, add the distance from the site to 40+Stats, read 4 bytes, sign-extend
  31: (79) r3 = *(u64 *)(r6 +128)        ; pt_regs.rip
  32: (07) r3 += 12129
  33: (bf) r1 = r10
  34: (07) r1 += -8
  35: (b7) r2 = 4
  36: (85) call bpf_probe_read_user#112
  37: (61) r0 = *(u32 *)(r10 -8)
  38: (67) r0 <<= 32
  39: (c7) r0 s>>= 32
  40: (bf) r7 = r0
  41: (79) r1 = *(u64 *)(r10 -24)
  42: (7b) *(u64 *)(r1 +48) = r7
; 15: printf("%d %d %u %d 0x%x hits=%d\n", arg0, arg1, arg2, arg3, arg4, arg5)
  43: (79) r1 = *(u64 *)(r10 -24)
  44: (b7) r2 = 1
  45: (85) call bpf_ringbuf_submit#132
  46: (05) goto pc+4                     ; to 51
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  47: (18) r1 = map[lost][0]+0
  49: (b7) r2 = 1
  50: (db) lock *(u64 *)(r1 +0) += r2
; 13: usdt:./args12:tt:consts ...
  51: (b7) r0 = 0
  52: (95) exit
