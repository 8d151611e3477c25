program tt_p0_0: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 13 instructions)
; uprobe at ./test-server-bounded file offset 0x123e (USDT test_grp:test_idx at address 0x123e), args -4@-4(%rbp)
; 21: usdt:./test-server-bounded:test_grp:test_idx ...
   0: (bf) r6 = r1
; 23: @per_second = count()
   1: (7a) *(u64 *)(r10 -32) = 0
   2: (18) r1 = map[m0_per_second]
   4: (bf) r2 = r10
   5: (07) r2 += -32
   6: (85) call bpf_map_lookup_elem#1
   7: (15) if r0 == 0x0 goto pc+3        ; to 11
   8: (79) r1 = *(u64 *)(r0 +0)
   9: (07) r1 += 1
  10: (7b) *(u64 *)(r0 +0) = r1
; 21: usdt:./test-server-bounded:test_grp:test_idx ...
  11: (b7) r0 = 0
  12: (95) exit

program tt_p1_1: interval:s:1 (perf_event, 55 instructions)
; runs every 1s on one CPU (perf event timer)
; 26: interval:s:1 ...
   0: (bf) r6 = r1
; 28: print(@per_second)
   1: (18) r1 = map[events]
   3: (b7) r2 = 40
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+16       ; to 23
   7: (18) r1 = 0xfffffffe
   9: (7b) *(u64 *)(r0 +0) = r1
  10: (b7) r1 = 1
  11: (7b) *(u64 *)(r0 +8) = r1
  12: (b7) r1 = 0
  13: (7b) *(u64 *)(r0 +16) = r1
  14: (b7) r1 = 0
  15: (7b) *(u64 *)(r0 +24) = r1
  16: (b7) r1 = 0
  17: (7b) *(u64 *)(r0 +32) = r1
  18: (7b) *(u64 *)(r10 -24) = r0
  19: (79) r1 = *(u64 *)(r10 -24)
  20: (b7) r2 = 1
  21: (85) call bpf_ringbuf_submit#132
  22: (05) goto pc+4                     ; to 27
  23: (18) r1 = map[lost][0]+0
  25: (b7) r2 = 1
  26: (db) lock *(u64 *)(r1 +0) += r2
; 29: clear(@per_second)
  27: (18) r1 = map[events]
  29: (b7) r2 = 40
  30: (b7) r3 = 0
  31: (85) call bpf_ringbuf_reserve#131
  32: (15) if r0 == 0x0 goto pc+16       ; to 49
  33: (18) r1 = 0xfffffffe
  35: (7b) *(u64 *)(r0 +0) = r1
  36: (b7) r1 = 2
  37: (7b) *(u64 *)(r0 +8) = r1
  38: (b7) r1 = 0
  39: (7b) *(u64 *)(r0 +16) = r1
  40: (b7) r1 = 0
  41: (7b) *(u64 *)(r0 +24) = r1
  42: (b7) r1 = 0
  43: (7b) *(u64 *)(r0 +32) = r1
  44: (7b) *(u64 *)(r10 -24) = r0
  45: (79) r1 = *(u64 *)(r10 -24)
  46: (b7) r2 = 1
  47: (85) call bpf_ringbuf_submit#132
  48: (05) goto pc+4                     ; to 53
  49: (18) r1 = map[lost][0]+0
  51: (b7) r2 = 1
  52: (db) lock *(u64 *)(r1 +0) += r2
; 26: interval:s:1 ...
  53: (b7) r0 = 0
  54: (95) exit
