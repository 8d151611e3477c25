program tt_p0_0: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 12 instructions)
; uprobe at ./test-server-bounded file offset 0x123e (USDT test_grp:test_idx at address 0x123e), args -4@-4(%rbp)
; 14: @calls = count()
   0: (7a) *(u64 *)(r10 -32) = 0
   1: (18) r1 = map[m0_calls]
   3: (bf) r2 = r10
   4: (07) r2 += -32
   5: (85) call bpf_map_lookup_elem#1
   6: (15) if r0 == 0x0 goto pc+3        ; to 10
   7: (79) r1 = *(u64 *)(r0 +0)
   8: (07) r1 += 1
   9: (7b) *(u64 *)(r0 +0) = r1
; 12: usdt:./test-server-bounded:test_grp:test_idx ...
  10: (b7) r0 = 0
  11: (95) exit
