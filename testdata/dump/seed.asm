program tt_p0_0: usdt:./test-server:test_grp:test_idx (kprobe, 31 instructions)
; uprobe at ./test-server file offset 0x114c (USDT test_grp:test_idx at address 0x114c), args -4@-4(%rbp)
; 12: usdt:./test-server:test_grp:test_idx { printf("%d\n", arg0); }
   0: (bf) r6 = r1
; 12: printf("%d\n", arg0)
   1: (18) r1 = map[events]
   3: (b7) r2 = 16
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+18       ; to 25
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (7b) *(u64 *)(r10 -24) = r0
; 12: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
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
; 12: printf("%d\n", arg0)
  21: (79) r1 = *(u64 *)(r10 -24)
  22: (b7) r2 = 1
  23: (85) call bpf_ringbuf_submit#132
  24: (05) goto pc+4                     ; to 29
  25: (18) r1 = map[lost][0]+0
  27: (b7) r2 = 1
  28: (db) lock *(u64 *)(r1 +0) += r2
; 12: usdt:./test-server:test_grp:test_idx { printf("%d\n", arg0); }
  29: (b7) r0 = 0
  30: (95) exit
