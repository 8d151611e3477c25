program tt_p0_0: usdt:./test-server:test_grp:test_idx (kprobe, 39 instructions)
; uprobe at ./test-server file offset 0x114c (USDT test_grp:test_idx at address 0x114c), args -4@-4(%rbp)
; 12: usdt:./test-server:test_grp:test_idx { printf("%d\n", arg0); }
   0: (bf) r6 = r1
; 12: printf("%d\n", arg0)
   1: (18) r1 = map[events]
   3: (b7) r2 = 16
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+19       ; to 26
   7: (b7) r1 = 0
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7b) *(u64 *)(r10 -24) = r0
; 12: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  10: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  11: (07) r3 += -4
  12: (bf) r1 = r10
  13: (07) r1 += -8
  14: (b7) r2 = 4
  15: (85) call bpf_probe_read_user#112
  16: (61) r0 = *(u32 *)(r10 -8)
  17: (67) r0 <<= 32
  18: (c7) r0 s>>= 32
  19: (bf) r7 = r0
  20: (79) r1 = *(u64 *)(r10 -24)
  21: (7b) *(u64 *)(r1 +8) = r7
; 12: printf("%d\n", arg0)
  22: (79) r1 = *(u64 *)(r10 -24)
  23: (b7) r2 = 0
  24: (85) call bpf_ringbuf_submit#132
  25: (05) goto pc+11                    ; to 37
  26: (b7) r1 = 0
  27: (63) *(u32 *)(r10 -8) = r1
  28: (18) r1 = map[lost]
  30: (bf) r2 = r10
  31: (07) r2 += -8
  32: (85) call bpf_map_lookup_elem#1
  33: (15) if r0 == 0x0 goto pc+3        ; to 37
  34: (79) r1 = *(u64 *)(r0 +0)
  35: (07) r1 += 1
  36: (7b) *(u64 *)(r0 +0) = r1
; 12: usdt:./test-server:test_grp:test_idx { printf("%d\n", arg0); }
  37: (b7) r0 = 0
  38: (95) exit
