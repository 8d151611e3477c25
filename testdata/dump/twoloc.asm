program tt_p0_0: usdt:./twoloc:tt:twoloc (kprobe, 31 instructions)
; uprobe at ./twoloc file offset 0x1160 (USDT tt:twoloc at address 0x1160), args -4@-4(%rbp)
; 16: usdt:./twoloc:tt:twoloc ...
   0: (bf) r6 = r1
; 18: printf("twoloc %d\n", arg0)
   1: (18) r1 = map[events]
   3: (b7) r2 = 16
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+18       ; to 25
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (7b) *(u64 *)(r10 -24) = r0
; 18: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
   9: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  10: (07) r3 += -4
  11: (bf) r1 = r10
  12: (07) r1 += -8
  13: (b7) r2 = 4
  14: (85) call bpf_probe_read_user#112
  15: (61) r0 = *(u32 *)(r10 -8)
  16: (67) r0 <<= 32
  17: (c7) r0 s>>= 32
  18: (bf) r7 = r0
  19: (79) r1 = *(u64 *)(r10 -24)
  20: (7b) *(u64 *)(r1 +8) = r7
; 18: printf("twoloc %d\n", arg0)
  21: (79) r1 = *(u64 *)(r10 -24)
  22: (b7) r2 = 1
  23: (85) call bpf_ringbuf_submit#132
  24: (05) goto pc+4                     ; to 29
  25: (18) r1 = map[lost][0]+0
  27: (b7) r2 = 1
  28: (db) lock *(u64 *)(r1 +0) += r2
; 16: usdt:./twoloc:tt:twoloc ...
  29: (b7) r0 = 0
  30: (95) exit

program tt_p0_1: usdt:./twoloc:tt:twoloc (kprobe, 23 instructions)
; uprobe at ./twoloc file offset 0x1168 (USDT tt:twoloc at address 0x1168), args -4@$7
; 16: usdt:./twoloc:tt:twoloc ...
   0: (bf) r6 = r1
; 18: printf("twoloc %d\n", arg0)
   1: (18) r1 = map[events]
   3: (b7) r2 = 16
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+10       ; to 17
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (7b) *(u64 *)(r10 -24) = r0
; 18: arg0 = -4@$7: the constant 7, folded into the program
   9: (b7) r0 = 7
  10: (bf) r7 = r0
  11: (79) r1 = *(u64 *)(r10 -24)
  12: (7b) *(u64 *)(r1 +8) = r7
; 18: printf("twoloc %d\n", arg0)
  13: (79) r1 = *(u64 *)(r10 -24)
  14: (b7) r2 = 1
  15: (85) call bpf_ringbuf_submit#132
  16: (05) goto pc+4                     ; to 21
  17: (18) r1 = map[lost][0]+0
  19: (b7) r2 = 1
  20: (db) lock *(u64 *)(r1 +0) += r2
; 16: usdt:./twoloc:tt:twoloc ...
  21: (b7) r0 = 0
  22: (95) exit
