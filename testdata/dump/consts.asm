program tt_p0_0: usdt:./args12:tt:consts (kprobe, 41 instructions)
; uprobe at ./args12 file offset 0x1147 (USDT tt:consts at address 0x1147), args -4@$5 -4@$-1 4@$-1 -1@$-3 8@$1311768467463790320 -4@40+Stats(%rip)
; 13: usdt:./args12:tt:consts ...
   0: (bf) r6 = r1
; 15: printf("%d %d %u %d 0x%x hits=%d\n", arg0, arg1, arg2, arg3, arg4, arg5)
   1: (18) r1 = map[events]
   3: (b7) r2 = 56
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+28       ; to 35
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (bf) r9 = r0
; 15: arg0 = -4@$5: the constant 5, folded into the program
   9: (b7) r0 = 5
  10: (7b) *(u64 *)(r9 +8) = r0
; 15: arg1 = -4@$-1: the constant -1, folded into the program
  11: (b7) r0 = -1
  12: (7b) *(u64 *)(r9 +16) = r0
; 15: arg2 = 4@$-1: the constant -1 as a 4-byte unsigned value is 4294967295, folded into the program
  13: (18) r0 = 0xffffffff
  15: (7b) *(u64 *)(r9 +24) = r0
; 15: arg3 = -1@$-3: the constant -3, folded into the program
  16: (b7) r0 = -3
  17: (7b) *(u64 *)(r9 +32) = r0
; 15: arg4 = 8@$1311768467463790320: the constant 1311768467463790320, folded into the program
  18: (18) r0 = 0x123456789abcdef0
  20: (7b) *(u64 *)(r9 +40) = r0
; 15: arg5 = -4@40+Stats(%rip): load rip (the probe site) from pt_regs, add the distance from the site to 40+Stats, read 4 bytes, sign-extend
  21: (79) r3 = *(u64 *)(r6 +128)        ; pt_regs.rip
  22: (07) r3 += 12129
  23: (bf) r1 = r10
  24: (07) r1 += -8
  25: (b7) r2 = 4
  26: (85) call bpf_probe_read_user#112
  27: (61) r0 = *(u32 *)(r10 -8)
  28: (67) r0 <<= 32
  29: (c7) r0 s>>= 32
  30: (7b) *(u64 *)(r9 +48) = r0
; 15: printf("%d %d %u %d 0x%x hits=%d\n", arg0, arg1, arg2, arg3, arg4, arg5)
  31: (bf) r1 = r9
  32: (b7) r2 = 1
  33: (85) call bpf_ringbuf_submit#132
  34: (05) goto pc+4                     ; to 39
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  35: (18) r1 = map[lost][0]+0
  37: (b7) r2 = 1
  38: (db) lock *(u64 *)(r1 +0) += r2
; 13: usdt:./args12:tt:consts ...
  39: (b7) r0 = 0
  40: (95) exit
