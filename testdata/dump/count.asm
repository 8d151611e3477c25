program tt_p0_0: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 47 instructions)
; uprobe at ./test-server-bounded file offset 0x123e (USDT test_grp:test_idx at address 0x123e), args -4@-4(%rbp)
; 12: usdt:./test-server-bounded:test_grp:test_idx ...
   0: (bf) r6 = r1
; 14: @calls = count()
   1: (b7) r1 = 0
   2: (7b) *(u64 *)(r10 -32) = r1
   3: (18) r1 = map[m0_calls]
   5: (bf) r2 = r10
   6: (07) r2 += -32
   7: (85) call bpf_map_lookup_elem#1
   8: (55) if r0 != 0x0 goto pc+33       ; to 42
   9: (b7) r1 = 0
  10: (63) *(u32 *)(r10 -16) = r1
  11: (18) r1 = map[zeroes]
  13: (bf) r2 = r10
  14: (07) r2 += -16
  15: (85) call bpf_map_lookup_elem#1
  16: (15) if r0 == 0x0 goto pc+28       ; to 45
  17: (bf) r3 = r0
  18: (18) r1 = map[m0_calls]
  20: (bf) r2 = r10
  21: (07) r2 += -32
  22: (b7) r4 = 1
  23: (85) call bpf_map_update_elem#2
  24: (18) r1 = map[m0_calls]
  26: (bf) r2 = r10
  27: (07) r2 += -32
  28: (85) call bpf_map_lookup_elem#1
  29: (55) if r0 != 0x0 goto pc+12       ; to 42
  30: (b7) r1 = 0
  31: (63) *(u32 *)(r10 -8) = r1
  32: (18) r1 = map[dropped]
  34: (bf) r2 = r10
  35: (07) r2 += -8
  36: (85) call bpf_map_lookup_elem#1
  37: (15) if r0 == 0x0 goto pc+3        ; to 41
  38: (79) r1 = *(u64 *)(r0 +0)
  39: (07) r1 += 1
  40: (7b) *(u64 *)(r0 +0) = r1
  41: (05) goto pc+3                     ; to 45
  42: (79) r1 = *(u64 *)(r0 +0)
  43: (07) r1 += 1
  44: (7b) *(u64 *)(r0 +0) = r1
; 12: usdt:./test-server-bounded:test_grp:test_idx ...
  45: (b7) r0 = 0
  46: (95) exit
