program tt_p0_0: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 13 instructions)
; uprobe at ./test-server-bounded file offset 0x123e (USDT test_grp:test_idx at address 0x123e), args -4@-4(%rbp)
; 12: usdt:./test-server-bounded:test_grp:test_idx ...
   0: (bf) r6 = r1
; 14: @calls = count()
   1: (7a) *(u64 *)(r10 -32) = 0
   2: (18) r1 = map[m0_calls]
   4: (bf) r2 = r10
   5: (07) r2 += -32
   6: (85) call bpf_map_lookup_elem#1
   7: (15) if r0 == 0x0 goto pc+3        ; to 11
   8: (79) r1 = *(u64 *)(r0 +0)
   9: (07) r1 += 1
  10: (7b) *(u64 *)(r0 +0) = r1
; 12: usdt:./test-server-bounded:test_grp:test_idx ...
  11: (b7) r0 = 0
  12: (95) exit
